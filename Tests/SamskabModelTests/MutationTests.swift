import Foundation
import Testing
@testable import SamskabModel

/// Thousands of damaged definitions: the parser never crashes, and every problem it reports
/// points at a real place in the file.
struct MutationTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seedDay = try! String(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Workshops/ledelse-af-samskabelse-2019-08-30.yaml"), encoding: .utf8)

    static let pieces = [":", " ", "\n", "\t", "-", "\"", "'", "#", "[", "]", "{", "}", "æ", "🍎", "0", "no", "kind: ",
                         "minutes: ", "  ", "&a", "*a", "!!int", "|", ">", "---", "\u{0}", "title: "]

    @Test func damagedDefinitionsGetLocatedErrorsNeverACrash() {
        var generator = SplitMix64(state: 2019_08_30)
        let original = Array(Self.seedDay)
        for round in 0..<800 {
            var text = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0..<text.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: text.remove(at: at)
                case 1: text.insert(contentsOf: Array(Self.pieces.randomElement(using: &generator)!), at: at)
                default: text[at] = Array(Self.pieces.randomElement(using: &generator)!).first ?? " "
                }
            }
            let damaged = String(text)
            let outcome = WorkshopParser.parse(text: damaged, file: "w.yaml")
            let lines = damaged.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in outcome.diagnostics {
                #expect(diagnostic.line >= 1 && diagnostic.line <= lines + 1, "round \(round): \(diagnostic)")
                #expect(diagnostic.column >= 1, "round \(round): \(diagnostic)")
                #expect(!diagnostic.message.isEmpty)
            }
            #expect(outcome.workshop != nil || !outcome.errors.isEmpty, "round \(round): no workshop and no error")
        }
    }
}
