/// What a cell means on screen; the backend maps each to attributes (and colours unless
/// NO_COLOR). Nothing is told by colour alone: every style also differs in shape or attribute.
public enum CellStyle: UInt8, Sendable, Hashable, CaseIterable {
    case plain
    case dim
    case bold
    /// The header and footer bars.
    case bar
    case title
    case keyHint
    case note
    /// The newest note: also marked by a ★ in its frame.
    case noteNewest
    /// The note selected with the arrows: reverse video.
    case selected
    case keyPoint
    case countdown
    /// Past the planned time: reverse video plus the + sign.
    case overrun
    case warning
    case input
    /// A QR code: its dark modules drawn as blocks, dark on light whatever the terminal's own
    /// colours (black on white; reverse video without colour).
    case qrCode
    /// A QR code's cells whose two modules are both dark (█): dark on dark, so no light line shows
    /// between rows where a font's block does not fill its cell.
    case qrDark
}

/// One terminal column. A wide cluster occupies its cell and marks the next as its continuation.
public struct Cell: Sendable, Hashable {
    /// One grapheme cluster, "" for the right half of a wide one.
    public var text: String
    public var style: CellStyle

    public static let blank = Cell(text: " ", style: .plain)
    public var isContinuation: Bool { text.isEmpty }
}

/// An in-memory grid of cells: what a screen draws and the backend paints.
public struct Canvas: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (for text input), if visible.
    public var cursor: (x: Int, y: Int)?
    /// For a terminal that shows only ASCII: text is written the Danish way (æ → ae, ø → oe,
    /// å → aa) instead of losing letters; what is left is the backend's to replace.
    public var transliteratesDanish = false

    /// Parts its screen can draw again on their own (a countdown), with what lies under them.
    public private(set) var marks: [Mark] = []

    /// A rectangle of cells.
    public struct Area: Sendable, Equatable {
        public let x: Int, y: Int, width: Int, height: Int

        public init(x: Int, y: Int, width: Int, height: Int) {
            (self.x, self.y, self.width, self.height) = (x, y, width, height)
        }
    }

    /// A rectangle of the canvas, named by the screen that drew it, and the cells it covered.
    public struct Mark: Sendable {
        public let name: String
        /// What the screen needs to draw the part again (a scale, say).
        public let parameters: [Int]
        public let x: Int, y: Int, width: Int, height: Int
        /// The cells under the part, row by row, before it was drawn.
        let under: [Cell]

        public var area: Area { Area(x: x, y: y, width: width, height: height) }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y) on one line, at most `limit` columns (to the right edge by
    /// default), cutting with "…" when it does not fit. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(limit ?? width, width - max(0, x))
        let fitted = TextLayout.truncate(transliteratesDanish ? Transliteration.danish(text) : text, to: room)
        var column = x
        for cluster in fitted {
            let columns = DisplayWidth.of(cluster)
            if columns == 0 { continue }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(text: String(cluster), style: style)
                if columns == 2, column + 1 < width {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell(text: "", style: style)
                }
            }
            column += columns
        }
        return column - x
    }

    /// Notes a part about to be drawn in this rectangle (clipped to the canvas), keeping what is
    /// under it, so that the part alone can be drawn again later (`restore`, then draw).
    public mutating func mark(_ name: String, parameters: [Int] = [], x: Int, y: Int, width w: Int, height h: Int) {
        let left = max(0, x), top = max(0, y)
        let right = min(width, x + w), bottom = min(height, y + h)
        guard right > left, bottom > top else { return }
        var under: [Cell] = []
        for row in top..<bottom { under += cells[(row * width + left)..<(row * width + right)] }
        marks.append(Mark(name: name, parameters: parameters, x: left, y: top, width: right - left, height: bottom - top,
                          under: under))
    }

    /// Forgets the marks (the parts are to be drawn, and marked, again).
    public mutating func clearMarks() { marks = [] }

    /// Puts back what was under a mark, as before its part was drawn.
    public mutating func restore(_ mark: Mark) {
        for row in 0..<mark.height {
            let start = (mark.y + row) * width + mark.x
            cells.replaceSubrange(start..<(start + mark.width), with: mark.under[(row * mark.width)..<((row + 1) * mark.width)])
        }
    }

    /// One character of one column at (x, y), quicker than `write` for drawing cell by cell
    /// (large digits); a wide one, or one to be transliterated, goes through `write`.
    public mutating func put(_ character: Character, x: Int, y: Int, style: CellStyle) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        guard character.isASCII || character == "█", !(transliteratesDanish && !character.isASCII) else {
            write(String(character), x: x, y: y, style: style, limit: 1)
            return
        }
        clearWide(at: x, y: y)
        self[x, y] = Cell(text: String(character), style: style)
    }

    /// Paints a rectangle with blanks of `style`.
    /// Only the part on the canvas: a rectangle partly or wholly off it (a card taller than the
    /// wall) paints what is on it, and nothing else.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: CellStyle = .plain) {
        let left = max(0, x), top = max(0, y)
        let right = min(width, x.addingReportingOverflow(max(0, w)).partialValue)
        let bottom = min(height, y.addingReportingOverflow(max(0, h)).partialValue)
        guard right > left, bottom > top else { return }
        for row in top..<bottom {
            for column in left..<right {
                clearWide(at: column, y: row)
                self[column, row] = Cell(text: " ", style: style)
            }
        }
    }

    /// Overwriting half of a wide cluster blanks its other half, so nothing dangles.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(text: " ", style: self[x - 1, y].style)
        } else if x + 1 < width, DisplayWidth.of(cell.text) == 2, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(text: " ", style: cell.style)
        }
    }

    /// The canvas as text lines, trailing blanks removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation { line += self[column, row].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The canvas as lines of style letters (one per column), for tests of emphasis.
    public func styleLines(_ letter: (CellStyle) -> Character) -> [String] {
        (0..<height).map { row in String((0..<width).map { letter(self[$0, row].style) }) }
    }
}
