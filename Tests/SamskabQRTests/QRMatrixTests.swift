import Foundation
import SamskabQR
import Testing

@Suite struct QRMatrixTests {
    static let address = "http://192.168.1.20:8080/"

    @Test func anAddressIsASmallCodeWithItsFinderPatterns() throws {
        let code = try #require(QRMatrix(encoding: Self.address))
        // 25 bytes at level M: version 2, 25 modules across.
        #expect(code.size == 25)
        // The three finder patterns: a dark 7×7 frame in three corners, light inside its border.
        for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            #expect((0..<7).allSatisfy { code[x + $0, y] && code[x + $0, y + 6] && code[x, y + $0] && code[x + 6, y + $0] })
            #expect(!code[x + 1, y + 1] && code[x + 2, y + 2] && code[x + 3, y + 3])
        }
        // Outside the code: light (the quiet zone).
        #expect(!code[-1, 0] && !code[0, code.size])
    }

    @Test func emptyAndOverlongTextsAreRefused() {
        #expect(QRMatrix(encoding: "") == nil)
        #expect(QRMatrix(encoding: String(repeating: "a", count: QRMatrix.maximumBytes + 1)) == nil)
        #expect(QRMatrix(encoding: "http://" + String(repeating: "a", count: QRMatrix.maximumBytes - 7)) != nil)
        #expect(QRMatrix(size: 3, modules: [true]) == nil)
    }

    @Test func halfBlocksPutTwoModulesInACellWithAQuietZone() throws {
        let code = try #require(QRMatrix(encoding: Self.address))
        let rows = code.halfBlockRows()
        #expect(code.halfBlockSize() == (33, 17))
        #expect(rows.count == 17 && rows.allSatisfy { $0.count == 33 })
        // Four light modules all round: two blank rows above, four blank columns each side.
        #expect(rows[0].allSatisfy { $0 == " " } && rows[1].allSatisfy { $0 == " " })
        #expect(rows.allSatisfy { $0.hasPrefix("    ") && $0.hasSuffix("    ") })
        // The top finder pattern: its first two module rows dark across seven modules.
        #expect(rows[2].dropFirst(4).prefix(7) == "█▀▀▀▀▀█")
        #expect(Self.modules(rows) == Self.modules(code, zone: 4))
    }

    @Test func aLargerScaleDrawsEachModuleAsABlockOfCells() throws {
        let code = try #require(QRMatrix(encoding: Self.address))
        // Twice: a module is two columns by one row, whole blocks only.
        let double = code.halfBlockRows(scale: 2)
        #expect(code.halfBlockSize(scale: 2) == (66, 33) && double.count == 33 && double.allSatisfy { $0.count == 66 })
        #expect(double.allSatisfy { $0.allSatisfy { $0 == "█" || $0 == " " } })
        #expect(double[4].dropFirst(8).prefix(14) == String(repeating: "█", count: 14))
        // Three times: each module three columns by three half rows.
        let triple = Self.modules(code.halfBlockRows(scale: 3))
        #expect(triple.count == 100)
        for y in 0..<99 {
            #expect(triple[y].count == 99)
            #expect((0..<99).allSatisfy { triple[y][$0] == code[$0 / 3 - 4, y / 3 - 4] })
        }
    }

    @Test(.needsZBar, arguments: [(address, 1), ("http://samskab-laptop.local:8080/", 1), ("http://10.0.0.7:49152/", 1),
                                  (address, 2), (address, 3)])
    func theHalfBlockTextDecodesToTheAddress(_ address: String, scale: Int) throws {
        let code = try #require(QRMatrix(encoding: address))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-qr-\(UUID().uuidString).pbm").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Read back from the text the terminal shows, not from the matrix: so the drawing is checked.
        try Self.pbm(Self.modules(code.halfBlockRows(scale: scale)), scale: 6).write(toFile: path, atomically: true, encoding: .ascii)
        #expect(try ZBar.decode(path) == address)
    }

    /// Modules (true: dark) back from half-block text.
    static func modules(_ rows: [String]) -> [[Bool]] {
        rows.flatMap { row -> [[Bool]] in
            [row.map { $0 == "█" || $0 == "▀" }, row.map { $0 == "█" || $0 == "▄" }]
        }
    }

    static func modules(_ code: QRMatrix, zone: Int) -> [[Bool]] {
        let across = code.size + 2 * zone
        return (0..<(across + 1) / 2 * 2).map { y in (0..<across).map { x in code[x - zone, y - zone] } }
    }

    /// A plain PBM (P1: 1 is black), each module `scale` pixels square.
    static func pbm(_ modules: [[Bool]], scale: Int) -> String {
        let width = (modules.first?.count ?? 0) * scale
        var text = "P1\n\(width) \(modules.count * scale)\n"
        for row in modules {
            let line = row.map { String(repeating: $0 ? "1 " : "0 ", count: scale) }.joined()
            for _ in 0..<scale { text += line + "\n" }
        }
        return text
    }
}
