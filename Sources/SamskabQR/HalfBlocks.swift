/// A QR code as text: two modules down in each character cell, with the upper and lower half
/// blocks, so a module is about square on a terminal (a cell is about twice as tall as wide).
/// Dark modules are drawn (▀ ▄ █), light ones are blank: the text must be shown dark on light.
extension QRMatrix {
    /// The rows of text, `quietZone` light modules all round (4 is what the standard asks for).
    /// Each row is `size + 2 × quietZone` columns; an odd count of module rows leaves the last
    /// row's lower half light.
    public func halfBlockRows(quietZone: Int = 4) -> [String] {
        let zone = max(0, min(quietZone, 16))
        let across = size + 2 * zone
        let down = (across + 1) / 2
        return (0..<down).map { row in
            let top = 2 * row - zone, bottom = 2 * row + 1 - zone
            return String((0..<across).map { column -> Character in
                let x = column - zone
                return switch (self[x, top], self[x, bottom]) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }

    /// Rows of text for a code `quietZone` all round: (columns, rows).
    public func halfBlockSize(quietZone: Int = 4) -> (width: Int, height: Int) {
        let zone = max(0, min(quietZone, 16))
        return (size + 2 * zone, (size + 2 * zone + 1) / 2)
    }
}
