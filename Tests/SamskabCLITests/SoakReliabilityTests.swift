import Foundation
import Testing

/// `samskab-bench soak` for a few seconds: the seed day with the projector in tmux, `samskab
/// serve` with phones, CLI writers killed with `kill -9`, and the server and projector killed and
/// restarted once; every acknowledged write must be in the journal exactly once.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct SoakReliabilityTests {
    @Test func aShortSoakLosesNothingAcknowledged() throws {
        let result = try BinaryRunner.run(executable: try BinaryRunner.bench, ["soak", "--minutes", "0.12", "--writers", "3", "--phones", "3"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let last = try #require(lines.last)
        let figures = last.split(separator: ",").compactMap { Int($0.split(separator: " ").last ?? "") }
        #expect(last.hasPrefix("acknowledged: ") && figures.count == 3, "the last line is the contract's: \(last)")
        #expect(figures.first ?? 0 > 10, "the soak got writes through: \(last)")
        #expect(figures.count == 3 && figures[0] == figures[1] && figures[2] == 0, "\(last)")
        #expect(lines.contains("  server and projector killed with kill -9 and restarted: 1"))
        #expect(lines.contains { $0.hasPrefix("  phase moves: 13;") && $0.hasSuffix("never: 0") }, "the projector followed every move")
        #expect(lines.contains("  found twice: 0"))
    }

    @Test func theMinutesAreRangeChecked() throws {
        for bad in ["0", "-1", "nan", "601", "zwei"] {
            let result = try BinaryRunner.run(executable: try BinaryRunner.bench, ["soak", "--minutes", bad])
            #expect(result.status == 2, "--minutes \(bad)")
            #expect(result.stderr == "--minutes must be a number from 0.05 to 600, not '\(bad)'\n")
        }
    }
}
