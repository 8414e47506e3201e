import SamskabQR

/// The address of the web server for participants' phones (`samskab serve`), as the wall shows it.
public struct JoinAddress: Sendable, Equatable {
    /// The whole address, as the QR code holds it: `http://192.168.1.20:8080/`.
    public var url: String
    /// The room code.
    public var code: String

    public init(url: String, code: String) {
        self.url = url
        self.code = code
    }

    /// What a person types: `192.168.1.20:8080` (a browser adds the rest); the whole address
    /// where it has a path or is not plain http.
    public var shortAddress: String {
        guard url.hasPrefix("http://") else { return url }
        var rest = url.dropFirst("http://".count)
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        return rest.isEmpty || rest.contains("/") ? url : String(rest)
    }
}

/// `J`: the join card — the address in large type, a QR code phones read, and the room code;
/// or, with no server running, how to start one. A pure function of the frame, like the rest.
public enum JoinCard {
    static func isShown(_ view: ProjectorView) -> Bool {
        view.showJoin && view.attendance == nil
    }

    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        guard let web = frame.web else {
            drawNoServer(strings: strings, rows: rows, on: &canvas)
            return
        }
        let layout = Layout.best(web, ascii: frame.view.ascii, strings: strings,
                                 width: canvas.width, height: rows.bottom - rows.top + 1)
        var y = rows.top + max(0, (rows.bottom - rows.top + 1 - layout.height) / 2)
        if layout.heading {
            canvas.centred(layout.width >= DisplayWidth.of(strings.joinTitle + strings.joinSameNetwork) + 3
                           ? strings.joinTitle + " (" + strings.joinSameNetwork + ")" : strings.joinTitle, y: y, style: .title)
            y += 2
        }
        var x = max(0, (canvas.width - layout.width) / 2)
        let textHeight = Layout.height(layout.lines)
        if let qr = layout.qr {
            let rows = qr.code.halfBlockRows(scale: qr.scale)
            for (offset, row) in rows.enumerated() {
                for (column, cell) in row.enumerated() {
                    canvas.write(String(cell), x: x + column, y: y + offset, style: cell == "█" ? .qrDark : .qrCode)
                }
            }
            x += qr.code.halfBlockSize(scale: qr.scale).width + Layout.gap
        }
        let qrHeight = layout.qr.map { $0.code.halfBlockSize(scale: $0.scale).height } ?? 0
        var lineY = y + max(0, (qrHeight - textHeight) / 2)
        for line in layout.lines {
            switch line {
            case .gap:
                lineY += 1
            case .text(let text, let style):
                canvas.write(text, x: x, y: lineY, style: style)
                lineY += 1
            case .big(let text):
                canvas.bigText(text, x: x, y: lineY, style: .countdown, ascii: frame.view.ascii)
                lineY += BigDigits.height
            }
        }
    }

    private static func drawNoServer(strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        let lines = [strings.joinNoServer, ""] + strings.joinHowToStart
        var y = rows.top + max(0, (rows.bottom - rows.top + 1 - lines.count) / 2)
        for (index, line) in lines.enumerated() where y <= rows.bottom {
            canvas.centred(line, y: y, style: index == 0 ? .title : index == 3 || index == 5 ? .bold : .plain)
            y += 1
        }
    }

    /// The line at the foot of every board while a server runs, shortened to `room` columns
    /// (nil where not even the short form fits).
    static func footerLine(_ frame: ProjectorFrame, strings: Strings, room: Int) -> String? {
        guard let web = frame.web else { return nil }
        let long = strings.joinFooter(web.shortAddress, code: web.code)
        if DisplayWidth.of(long) <= room { return long }
        let short = strings.joinFooterShort(web.shortAddress, code: web.code)
        return DisplayWidth.of(short) <= room ? short : nil
    }

    /// Where the card's parts go: the QR code on the left at the largest scale that leaves room,
    /// the steps beside it (the address and the code large where they fit).
    struct Layout {
        enum Line: Equatable {
            case text(String, CellStyle)
            case big(String)
            case gap
        }

        static let gap = 4
        var qr: (code: QRMatrix, scale: Int)?
        var lines: [Line]
        var heading: Bool
        var width: Int
        var height: Int

        static func height(_ lines: [Line]) -> Int {
            lines.reduce(0) { total, line in
                if case .big = line { return total + BigDigits.height }
                return total + 1
            }
        }

        static func width(_ lines: [Line]) -> Int {
            lines.map { line in
                switch line {
                case .text(let text, _): DisplayWidth.of(text)
                case .big(let text): BigDigits.width(text)
                case .gap: 0
                }
            }.max() ?? 0
        }

        static func steps(_ web: JoinAddress, bigAddress: Bool, bigCode: Bool, note: String?, strings: Strings) -> [Line] {
            var lines: [Line] = [.text("1. " + strings.joinGoTo, .bold),
                                 bigAddress ? .big(web.shortAddress) : .text(web.shortAddress, .title), .gap,
                                 .text("2. " + strings.joinTypeCode, .bold), bigCode ? .big(web.code) : .text(web.code, .title)]
            if let note { lines += [.gap, .text(note, .plain)] }
            return lines
        }

        static func best(_ web: JoinAddress, ascii: Bool, strings: Strings, width: Int, height: Int) -> Layout {
            let code = ascii ? nil : QRMatrix(encoding: web.url)
            let sizes: [(Bool, Bool)] = [(true, true), (false, true), (false, false)].filter { bigAddress, bigCode in
                (!bigAddress || BigDigits.canDraw(web.shortAddress)) && (!bigCode || BigDigits.canDraw(web.code))
            }
            // With the QR code: the largest scale first, the address large before the code.
            if let code {
                for scale in [3, 2, 1] {
                    let qr = code.halfBlockSize(scale: scale)
                    for (bigAddress, bigCode) in sizes {
                        for note in [strings.joinOrScan, nil] {
                            let lines = steps(web, bigAddress: bigAddress, bigCode: bigCode, note: note, strings: strings)
                            let across = qr.width + gap + Self.width(lines)
                            let down = max(qr.height, Self.height(lines))
                            guard across <= width, down <= height else { continue }
                            let heading = down + 2 <= height && DisplayWidth.of(strings.joinTitle) <= width
                            return Layout(qr: (code, scale), lines: lines, heading: heading, width: across,
                                          height: down + (heading ? 2 : 0))
                        }
                    }
                }
            }
            // Without: the steps alone, and why there is no QR code.
            let note = ascii ? strings.joinASCIINoQR : strings.joinLargerForQR
            for (bigAddress, bigCode) in sizes + [(false, false)] {
                let lines = steps(web, bigAddress: bigAddress, bigCode: bigCode, note: note, strings: strings)
                let down = Self.height(lines)
                guard Self.width(lines) <= width, down <= height else { continue }
                let heading = down + 2 <= height
                return Layout(qr: nil, lines: lines, heading: heading, width: Self.width(lines), height: down + (heading ? 2 : 0))
            }
            let lines = steps(web, bigAddress: false, bigCode: false, note: nil, strings: strings)
            return Layout(qr: nil, lines: lines, heading: false, width: min(width, Self.width(lines)), height: Self.height(lines))
        }
    }
}
