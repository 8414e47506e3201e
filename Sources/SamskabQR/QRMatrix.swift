import CQREncode

/// A QR code as a square of modules (true: dark), made by libqrencode. Pure: no I/O.
public struct QRMatrix: Sendable, Equatable {
    /// Modules across (and down), without a quiet zone.
    public let size: Int
    /// Row by row, `size * size` modules.
    public let modules: [Bool]

    /// The longest text encoded: an address for the room, not a document. A longer one gives nil.
    public static let maximumBytes = 256

    /// The modules of `text` in 8-bit mode at error correction level M (15 % may be lost: a
    /// projected code is read from across a room, past heads and glare), the smallest version
    /// that holds it. Nil for an empty or over-long text, or if the library fails.
    public init?(encoding text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= Self.maximumBytes else { return nil }
        guard let code = bytes.withUnsafeBufferPointer({ buffer in
            QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, QR_ECLEVEL_M)
        }) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Version 40 is 177 modules; anything else is not a code this library made.
        guard (21...177).contains(width), let data = code.pointee.data else { return nil }
        size = width
        // The lowest bit of each byte is the module's colour; the rest is libqrencode's bookkeeping.
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    /// A matrix given module by module (for tests); nil unless `modules` fills a square of `size`.
    public init?(size: Int, modules: [Bool]) {
        guard size >= 0, size <= 177, modules.count == size * size else { return nil }
        self.size = size
        self.modules = modules
    }

    /// The module at (x, y); outside the code (the quiet zone): light.
    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }
}
