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

    /// Paints a rectangle with blanks of `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: CellStyle = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
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
