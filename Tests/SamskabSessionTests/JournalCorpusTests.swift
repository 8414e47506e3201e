import Foundation
import Testing
import SamskabJournalLine
import SamskabSession

/// The fuzzer's corpus (Tests/SamskabSessionTests/JournalCorpus: seed lines and what libFuzzer
/// kept), replayed on every test run: every property of `JournalLineFormatCheck`
/// and `EventLineSelfCheck` holds for each.
struct JournalCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("JournalCorpus")

    @Test func everyCorpusInputKeepsTheReadersProperties() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files.count >= 8, "the seed lines at least")
        for file in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            #expect(JournalLineFormatCheck.check(Array(data)[...]) == nil, "\(file)")
            #expect(EventLineSelfCheck.check(Array(data)[...]) == nil, "\(file)")
        }
    }

    /// Damaged copies of the seeds, as a fuzzer would make them, without libFuzzer.
    @Test func randomDamageToTheSeedsKeepsThem() throws {
        var generator = SystemRandomNumberGenerator()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).prefix(64).map { file in
            Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
        }
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A], [0xE6], [0xC3], [0x00],
                                 Array("null".utf8), Array("-9223372036854775808".utf8), Array("\\u".utf8), Array("\\ud800".utf8),
                                 Array(#"[{"a":1}]"#.utf8), Array("99999999999999999999".utf8)]
        for _ in 0..<3000 {
            guard var bytes = seeds.randomElement(using: &generator), !bytes.isEmpty else { continue }
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0..<max(1, bytes.count), using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: if !bytes.isEmpty { bytes.remove(at: min(at, bytes.count - 1)) }
                case 1: bytes.insert(contentsOf: pieces.randomElement(using: &generator) ?? [], at: min(at, bytes.count))
                default: if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] = UInt8.random(in: 0...255, using: &generator) }
                }
            }
            let broken = JournalLineFormatCheck.check(bytes[...]) ?? EventLineSelfCheck.check(bytes[...])
            #expect(broken == nil, "\(String(decoding: bytes, as: UTF8.self)): \(broken ?? "")")
        }
    }
}
