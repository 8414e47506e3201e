import Foundation
import Testing
@testable import SamskabModel

/// Random damage to the shipped definitions and roster, mixed with the shapes that have hurt
/// before (alias bombs, NUL bytes, huge texts, deep nesting, other encodings). For every input:
/// no crash, an answer within `timeBound`, and every problem located in the file it is about,
/// its message short.
///
/// - `seededHostileMutations` runs a fixed set, the same on every run.
/// - `fuzzForAWhile` runs fresh random inputs for `SAMSKAB_FUZZ_SECONDS` (2 by default), seeded
///   from `SAMSKAB_FUZZ_SEED` or the clock, and prints what it did. With `SAMSKAB_FUZZ_SAVE=1` it
///   adds inputs that produced a kind of message not seen before, or were slow, to FuzzCorpus/;
///   with `SAMSKAB_FUZZ_CRASH_FILE=path` it writes each input there before parsing it, so the
///   input that killed a run is left behind.
/// - `theCorpusReplays` runs every file in FuzzCorpus/: `.csv` files as the roster of a small
///   definition, all others as definitions.
///
///     SAMSKAB_FUZZ_SECONDS=600 SAMSKAB_FUZZ_SAVE=1 swift test --filter DefinitionFuzzTests
struct DefinitionFuzzTests {
    typealias SplitMix64 = MutationTests.SplitMix64

    /// The longest any one input may take (a debug build). The slowest shapes just under the caps
    /// take 0.3–0.6 s alone and 1.5 s on a busy 2-core machine; a blow-up (an alias bomb, quadratic
    /// nesting) takes minutes, so 3 s tells the two apart without failing on a loaded machine.
    static let timeBound = 3.0
    /// Inputs longer than these are not kept in the corpus, to keep the repository small: the
    /// first for inputs that only gave a new kind of message, the second for slow or failing ones.
    static let largestKeptNew = 8 * 1024
    static let largestKeptFinding = 64 * 1024
    /// At most this many inputs that only gave a new kind of message are kept a run.
    static let newKeptPerRun = 10

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    static func contents(_ path: String) -> [UInt8] {
        (try? Data(contentsOf: repository.appendingPathComponent(path))).map { [UInt8]($0) } ?? []
    }

    static let definitionSeeds: [[UInt8]] = [
        contents("Workshops/ledelse-af-samskabelse-2019-08-30.yaml"),
        contents("Workshops/team-retrospective.yaml"),
    ].filter { !$0.isEmpty }
    static let rosterSeed = contents("Workshops/deltagere-eksempel.csv")

    /// The definition a roster input is read with.
    static let rosterDefinition = Array(RosterCSVTests.definition.utf8)

    enum Input {
        case definition([UInt8])
        case roster([UInt8])

        var bytes: [UInt8] {
            switch self {
            case .definition(let bytes), .roster(let bytes): bytes
            }
        }
    }

    // MARK: Making inputs

    struct Mutator {
        var generator: SplitMix64

        static let pieces: [String] = [
            ":", ": ", " ", "\n", "\r\n", "\r", "\t", "-", "- ", "\"", "'", "#", "[", "]", "{", "}", ",", "?", "? ",
            "æ", "🍎", "\u{301}", "\u{202E}", "\u{FEFF}", "\u{85}", "\u{2028}", "0", "no", "~", "null", "kind: ", "minutes: ",
            "title: ", "roster: ", "questions:\n  - ", "  ", "&a ", "*a", "&b [*a, *a]", "<<: *a", "!!int ", "!!binary ",
            "!<tag:x> ", "|", ">-", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\u{0}", "\u{7}", "\u{1B}[2J",
            "\"\\e]0;x\\a\"", "\"\\0\"", "\"\\x80\"", "\"\\uD800\"", "\"\\U0010FFFF\"", "'''", ";", "navn;afdeling\n", "\"\"\"",
        ]

        mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &generator) }
        mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }

        mutating func hostileDefinition() -> [UInt8] {
            var bytes = DefinitionFuzzTests.definitionSeeds[int(0..<DefinitionFuzzTests.definitionSeeds.count)]
            for _ in 0..<int(1..<5) { mutate(&bytes, roster: false) }
            return bytes
        }

        mutating func hostileRoster() -> [UInt8] {
            var bytes = DefinitionFuzzTests.rosterSeed
            for _ in 0..<int(1..<5) { mutate(&bytes, roster: true) }
            return bytes
        }

        /// An offset in `bytes`, at a line start half the time.
        mutating func place(in bytes: [UInt8]) -> Int {
            let at = int(0..<(bytes.count + 1))
            guard chance(50) else { return at }
            return bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        }

        mutating func mutate(_ bytes: inout [UInt8], roster: Bool) {
            let at = place(in: bytes)
            switch int(0..<100) {
            case 0..<20:
                let end = min(bytes.count, at + int(1..<17))
                bytes.removeSubrange(at..<end)
            case 20..<45:
                bytes.insert(contentsOf: Array(Self.pieces[int(0..<Self.pieces.count)].utf8), at: at)
            case 45..<55:
                if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: int(0..<256)) }
            case 55..<62:
                // A run of lines repeated.
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                guard !lines.isEmpty else { return }
                let first = int(0..<lines.count), count = int(1..<9)
                let run = lines[first..<min(lines.count, first + count)].map { Array($0) + [0x0A] }.joined()
                for _ in 0..<int(1..<(chance(5) ? 2_000 : 4)) { bytes.insert(contentsOf: run, at: at) }
            case 62..<68:
                bytes.insert(contentsOf: Array(Self.aliasBomb(levels: int(2..<10), fanOut: int(2..<10),
                                                              asKey: chance(50)).utf8), at: at)
            case 68..<74:
                // A long text: usually short of the caps, sometimes over them.
                let lengths = [100, 501, 2_001, 10_000, 60_000, 250_000, 300_000]
                let length = lengths[int(0..<(chance(10) ? lengths.count : 4))]
                let unit = ["x", "æ", "🍎", " ", ":", "- ", "\"", "a\u{301}"][int(0..<8)]
                let text = String(repeating: unit, count: max(1, length / unit.utf8.count))
                bytes.insert(contentsOf: Array((roster ? text : "title: " + text + "\n").utf8), at: at)
            case 74..<80:
                bytes.insert(contentsOf: Array(Self.nesting(depth: int(1..<(chance(10) ? 100_000 : 60)),
                                                            shape: int(0..<4)).utf8), at: at)
            case 80..<84:
                let count = int(1..<(chance(10) ? 20_000 : 300))
                let keys = (0..<count).map { roster ? "Navn \($0);MBU\n" : "k\($0): v\n" }.joined()
                bytes.insert(contentsOf: Array(keys.utf8), at: at)
            case 84..<88:
                bytes = Self.reencoded(bytes, as: int(0..<4))
            case 88..<92:
                bytes.removeSubrange(min(at, bytes.count)...)
            case 92..<96:
                // A piece of another input spliced in.
                let other = roster ? DefinitionFuzzTests.definitionSeeds[0] : DefinitionFuzzTests.rosterSeed
                guard !other.isEmpty else { return }
                let start = int(0..<other.count), end = min(other.count, start + int(1..<200))
                bytes.insert(contentsOf: other[start..<end], at: at)
            default:
                bytes.insert(contentsOf: [0x00, 0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90][int(0..<10)...], at: at)
            }
        }

        /// Nine levels of nine, as in the report; the last used as a key or a value.
        static func aliasBomb(levels: Int, fanOut: Int, asKey: Bool) -> String {
            var lines = ["l0: &l0 [" + Array(repeating: "x", count: fanOut).joined(separator: ",") + "]"]
            for level in 1..<levels {
                lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: fanOut).joined(separator: ",") + "]")
            }
            lines.append(asKey ? "z:\n  *l\(levels - 1): 1" : "z: *l\(levels - 1)")
            return lines.joined(separator: "\n") + "\n"
        }

        static func nesting(depth: Int, shape: Int) -> String {
            switch shape {
            case 0: String(repeating: "[", count: depth) + String(repeating: "]", count: depth / 2)
            case 1: String(repeating: "{a: ", count: depth) + "x"
            case 2: String(repeating: "- ", count: depth) + "x\n"
            default: (0..<min(depth, 2_000)).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
            }
        }

        /// UTF-16 with either byte-order mark, without one, or Latin-1.
        static func reencoded(_ bytes: [UInt8], as form: Int) -> [UInt8] {
            let text = String(decoding: bytes, as: UTF8.self)
            switch form {
            case 0: return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case 1: return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            case 2: return text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            default: return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            }
        }
    }

    // MARK: Checking one input

    struct Result {
        var seconds: Double
        var problems: [String]
        /// The kinds of message given, with quoted parts and numbers masked.
        var kinds: Set<String>
    }

    static func run(_ input: Input) -> Result {
        var outcome: WorkshopParser.Outcome?
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            switch input {
            case .definition(let bytes):
                outcome = WorkshopParser.parse(bytes: bytes, file: "w.yaml") { _ in .unreadable(reason: "no files here") }
            case .roster(let bytes):
                outcome = WorkshopParser.parse(bytes: rosterDefinition, file: "w.yaml") { name in
                    name == "folk.csv" ? .contents(path: "folk.csv", bytes: bytes) : .unreadable(reason: "unexpected")
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var problems: [String] = []
        guard let outcome else { return Result(seconds: seconds, problems: ["no outcome"], kinds: []) }
        let (file, bytes): (String, [UInt8]) = switch input {
        case .definition(let bytes): ("w.yaml", bytes)
        case .roster(let bytes): ("folk.csv", bytes)
        }
        for diagnostic in outcome.diagnostics {
            let text = diagnostic.file == file ? bytes : rosterDefinition
            if diagnostic.file != file && diagnostic.file != "w.yaml" { problems.append("unknown file: \(diagnostic)") }
            if diagnostic.line < 1 || diagnostic.line > lineCount(text) + 1 || diagnostic.column < 1
                || diagnostic.column > text.count + 2 {
                problems.append("not located in the file: \(diagnostic.file):\(diagnostic.line):\(diagnostic.column)")
            }
            if diagnostic.message.isEmpty { problems.append("empty message at \(diagnostic.line):\(diagnostic.column)") }
            if diagnostic.message.count > 1_500 { problems.append("a \(diagnostic.message.count)-character message") }
        }
        if outcome.workshop == nil && outcome.errors.isEmpty { problems.append("no workshop and no error") }
        if outcome.workshop != nil && !outcome.errors.isEmpty { problems.append("a workshop despite errors") }
        return Result(seconds: seconds, problems: problems, kinds: Set(outcome.diagnostics.map(kind)))
    }

    /// Lines as an editor counts them, and as libyaml does: LF, CRLF, CR, NEL, LS and PS end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for index in bytes.indices {
            switch bytes[index] {
            case 0x0A: lines += 1
            case 0x0D where index + 1 == bytes.count || bytes[index + 1] != 0x0A: lines += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: lines += 1
            case 0xA8, 0xA9: if index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80 { lines += 1 }
            default: break
            }
        }
        return lines
    }

    static func kind(_ diagnostic: Diagnostic) -> String {
        var masked = "", quoted = false
        for character in diagnostic.message {
            if character == "'" {
                quoted.toggle()
                masked.append("'")
            } else if !quoted {
                masked.append(character.isNumber ? "0" : character)
            }
        }
        return "\(diagnostic.severity): " + masked
    }

    /// Checks an input, running it again if it was slow (a busy machine), and returns what is wrong.
    static func check(_ input: Input) -> (result: Result, problems: [String]) {
        var result = run(input)
        if result.seconds > timeBound { result.seconds = min(result.seconds, run(input).seconds) }
        var problems = result.problems
        if result.seconds > timeBound {
            problems.append("took \(String(format: "%.2f", result.seconds)) s, over \(timeBound) s")
        }
        return (result, problems)
    }

    // MARK: Tests

    @Test func seededHostileMutations() {
        var mutator = Mutator(generator: SplitMix64(state: 2025_11_30))
        var slowest = 0.0
        for round in 0..<400 {
            let input: Input = round % 4 == 3 ? .roster(mutator.hostileRoster()) : .definition(mutator.hostileDefinition())
            let (result, problems) = Self.check(input)
            slowest = max(slowest, result.seconds)
            #expect(problems.isEmpty, "round \(round) (\(input.bytes.count) bytes): \(problems)")
        }
        #expect(slowest < Self.timeBound)
    }

    @Test func theHostileShapesEachAnswerQuickly() {
        var inputs: [Input] = [
            .definition(Array(Mutator.aliasBomb(levels: 9, fanOut: 9, asKey: true).utf8)),
            .definition(Array(Mutator.aliasBomb(levels: 9, fanOut: 9, asKey: false).utf8)),
        ]
        for shape in 0..<4 { inputs.append(.definition(Array(Mutator.nesting(depth: 100_000, shape: shape).utf8))) }
        // Just under the cap: the slowest shapes a file can have and still be read.
        let cap = DefinitionLimits.definitionBytes
        let keys = (0..<(cap / 10)).map { "k\($0): v\n" }.joined()
        inputs.append(.definition(Array(("title: T\n" + keys).utf8.prefix(cap - 64))))
        let item = "  - kind: discussion\n    title: Drøftelse\n    questions:\n      - Hvordan?\n      - Hvorfor?\n    minutes: 30\n"
        let program = "title: T\nprogram:\n" + String(repeating: item, count: (cap - 32) / item.utf8.count)
        inputs.append(.definition(Array(program.utf8)))
        inputs.append(.definition(Array(("title: " + String(repeating: "æ", count: cap / 2 - 16) + "\n").utf8)))
        inputs.append(.definition(Array(String(repeating: "- x\n", count: cap / 4 - 4).utf8)))
        inputs.append(.definition(Array(String(repeating: "\u{301}", count: cap / 2 - 4).utf8)))
        let people = (0..<(DefinitionLimits.rosterBytes / 16)).map { "Navn \($0);MBU\n" }.joined()
        inputs.append(.roster(Array(("navn;afdeling\n" + people).utf8.prefix(DefinitionLimits.rosterBytes - 8))))
        inputs.append(.roster(Array(("navn;afdeling\n" + String(repeating: "\"", count: DefinitionLimits.rosterBytes - 32)).utf8)))
        for (index, input) in inputs.enumerated() {
            let (result, problems) = Self.check(input)
            #expect(problems.isEmpty, "shape \(index) (\(input.bytes.count) bytes, \(result.seconds) s): \(problems)")
        }
    }

    @Test func theCorpusReplays() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)) ?? []
        #expect(names.count >= 8, "FuzzCorpus/ should hold the hand-made hostile files")
        for name in names.sorted() where !name.hasPrefix(".") {
            let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
            let (_, problems) = Self.check(name.hasSuffix(".csv") ? .roster(bytes) : .definition(bytes))
            #expect(problems.isEmpty, "FuzzCorpus/\(name): \(problems)")
        }
    }

    @Test func fuzzForAWhile() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["SAMSKAB_FUZZ_SECONDS"].flatMap(Double.init) ?? 2
        let seed = environment["SAMSKAB_FUZZ_SEED"].flatMap(UInt64.init)
            ?? UInt64(Date().timeIntervalSince1970 * 1000)
        let save = environment["SAMSKAB_FUZZ_SAVE"] == "1"
        let crashFile = environment["SAMSKAB_FUZZ_CRASH_FILE"]

        var known = Set<String>()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            guard let data = try? Data(contentsOf: Self.corpus.appendingPathComponent(name)) else { continue }
            known.formUnion(Self.run(name.hasSuffix(".csv") ? .roster([UInt8](data)) : .definition([UInt8](data))).kinds)
        }

        var mutator = Mutator(generator: SplitMix64(state: seed))
        let deadline = Date().addingTimeInterval(seconds)
        var executions = 0, saved = 0, findings = 0, slowest = 0.0
        while Date() < deadline {
            let isRoster = mutator.chance(25)
            let input: Input = isRoster ? .roster(mutator.hostileRoster()) : .definition(mutator.hostileDefinition())
            if let crashFile { try Data(input.bytes).write(to: URL(fileURLWithPath: crashFile)) }
            let (result, problems) = Self.check(input)
            executions += 1
            slowest = max(slowest, result.seconds)
            let fresh = result.kinds.subtracting(known)
            known.formUnion(result.kinds)
            if !problems.isEmpty {
                findings += 1
                Issue.record("seed \(seed), execution \(executions) (\(input.bytes.count) bytes): \(problems)")
            }
            let prefix = !problems.isEmpty ? "finding" : (result.seconds > Self.timeBound / 4 ? "slow" : "new")
            let keep = prefix == "new"
                ? !fresh.isEmpty && input.bytes.count <= Self.largestKeptNew && saved < Self.newKeptPerRun
                : input.bytes.count <= Self.largestKeptFinding
            if save, keep {
                let name = "\(prefix)-\(Self.hash(input.bytes)).\(isRoster ? "csv" : "yaml")"
                try Data(input.bytes).write(to: Self.corpus.appendingPathComponent(name))
                if prefix == "new" { saved += 1 }
            }
        }
        print("definition fuzz: seed \(seed), \(executions) executions in \(Int(seconds)) s, slowest "
              + "\(String(format: "%.3f", slowest)) s, \(known.count) kinds of message, \(findings) findings, \(saved) saved")
    }

    /// FNV-1a, as hex: a stable name for a corpus file.
    static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
