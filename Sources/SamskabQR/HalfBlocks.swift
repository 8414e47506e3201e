/// A QR code as text: two modules down in each character cell, with the upper and lower half
/// blocks, so a module is about square on a terminal (a cell is about twice as tall as wide).
/// Dark modules are drawn (▀ ▄ █), light ones are blank: the text must be shown dark on light.
extension QRMatrix {
    /// The rows of text, `quietZone` light modules all round (4 is what the standard asks for),
    /// each module `scale` columns wide and `scale` half rows tall (1 to 8). An odd count of half
    /// rows leaves the last row's lower half light.
    public func halfBlockRows(quietZone: Int = 4, scale: Int = 1) -> [String] {
        let zone = Self.clampedZone(quietZone), k = Self.clampedScale(scale)
        let size = halfBlockSize(quietZone: zone, scale: k)
        return (0..<size.height).map { row in
            let top = 2 * row / k - zone, bottom = (2 * row + 1) / k - zone
            return String((0..<size.width).map { column -> Character in
                let x = column / k - zone
                return switch (self[x, top], self[x, bottom]) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }

    /// The text's columns and rows for a code `quietZone` all round at `scale`.
    public func halfBlockSize(quietZone: Int = 4, scale: Int = 1) -> (width: Int, height: Int) {
        let modules = size + 2 * Self.clampedZone(quietZone), k = Self.clampedScale(scale)
        return (modules * k, (modules * k + 1) / 2)
    }

    private static func clampedZone(_ zone: Int) -> Int { max(0, min(zone, 16)) }
    private static func clampedScale(_ scale: Int) -> Int { max(1, min(scale, 8)) }
}
