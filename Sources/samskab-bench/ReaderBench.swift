import SamskabModel
import SamskabSession

/// `samskab-bench readers`: the time each reader takes against the size of its input, doubling
/// by four up to just under the reader's cap, for the shapes that were once worse than linear
/// (issue 22). Each time is the fastest of three runs; `×` is the time over the time at a quarter
/// of the size: about 4 when linear, 16 when quadratic, about 1 where a bound refuses the input
/// after its first bytes.
enum ReaderBench {
    struct Shape {
        var reader: String
        var shape: String
        var cap: Int
        /// The input of about `bytes` bytes.
        var make: (Int) -> [UInt8]
        var read: ([UInt8]) -> Void
    }

    static let envelope = #"{"v":2,"seq":1,"id":"a","time":"2019-08-30T09:41:07.823Z","writer":"w","actor":"facilitator","type":"#

    static func journal(_ bytes: [UInt8]) { _ = try? EventRecord(line: bytes[...]) }

    static func definition(_ bytes: [UInt8]) {
        _ = WorkshopParser.parse(bytes: bytes, file: "w.yaml") { _ in .unreadable(reason: "none") }
    }

    static func roster(_ bytes: [UInt8]) {
        let definition = Array("title: Dag\nroster: folk.csv\nprogram:\n  - kind: break\n    minutes: 5\n".utf8)
        _ = WorkshopParser.parse(bytes: definition, file: "w.yaml") { _ in .contents(path: "folk.csv", bytes: bytes) }
    }

    /// `unit` repeated to about `bytes` bytes, between `head` and `tail`.
    static func repeated(_ head: String, _ unit: (Int) -> String, _ tail: String, bytes: Int) -> [UInt8] {
        var text = head
        var index = 0
        while text.utf8.count < bytes - tail.utf8.count { text += unit(index); index += 1 }
        return Array((text + tail).utf8)
    }

    static let journalCap = 4 * 1024 * 1024
    static var shapes: [Shape] { [
        Shape(reader: "journal line", shape: "extra keys", cap: journalCap,
              make: { repeated(envelope + #""timer.started","item":1"#, { #","k\#($0)":1"# }, "}", bytes: $0) }, read: journal),
        Shape(reader: "journal line", shape: "a table plan's seats", cap: journalCap,
              make: { repeated(envelope + #""tables.planned","item":2,"tables":[{"name":"Bord 1"}],"seats":["#,
                               { #"{"participant":"r\#($0 + 1)","table":1},"# }, #"{"participant":"x","table":1}]}"#, bytes: $0) },
              read: journal),
        Shape(reader: "journal line", shape: "keys in a row", cap: journalCap,
              make: { repeated(envelope + #""tables.planned","item":2,"tables":[{"name":"Bord 1""#, { #","k\#($0)":1"# }, "}]}", bytes: $0) },
              read: journal),
        Shape(reader: "journal line", shape: "escapes in a note", cap: journalCap,
              make: { repeated(envelope + #""note.added","item":1,"text":""#, { _ in ##"\u00e6\n\""## }, #""}"#, bytes: $0) },
              read: journal),
        Shape(reader: "definition", shape: "program items", cap: DefinitionLimits.definitionBytes,
              make: { repeated("title: Dag\nprogram:\n", { "  - kind: talk\n    title: Oplæg \($0)\n    minutes: 5\n" }, "", bytes: $0) },
              read: definition),
        Shape(reader: "definition", shape: "keys in one block", cap: DefinitionLimits.definitionBytes,
              make: { repeated("title: Dag\nprogram:\n  - kind: break\n    minutes: 5\n", { "    k\($0): 1\n" }, "", bytes: $0) },
              read: definition),
        Shape(reader: "definition", shape: "an inline roster", cap: DefinitionLimits.definitionBytes,
              make: { repeated("title: Dag\nprogram:\n  - kind: break\n    minutes: 5\nroster:\n", { "  - name: Person \($0)\n" }, "", bytes: $0) },
              read: definition),
        Shape(reader: "definition", shape: "a flow list of questions", cap: DefinitionLimits.definitionBytes,
              make: { repeated("title: Dag\nprogram:\n  - kind: discussion\n    title: Snak\n    minutes: 5\n    questions: [", { "q\($0), " }, "x]\n", bytes: $0) },
              read: definition),
        Shape(reader: "roster CSV", shape: "rows", cap: DefinitionLimits.rosterBytes,
              make: { repeated("name;department\n", { "Person \($0);\n" }, "", bytes: $0) }, read: roster),
        Shape(reader: "roster CSV", shape: "separators in the header", cap: DefinitionLimits.rosterBytes,
              make: { repeated("name;department", { _ in ";" }, "\nÅse;\n", bytes: $0) }, read: roster),
        Shape(reader: "roster CSV", shape: "separators in a row", cap: DefinitionLimits.rosterBytes,
              make: { repeated("name;department\nÅse;", { _ in ";" }, "\nBo;\n", bytes: $0) }, read: roster),
        Shape(reader: "roster CSV", shape: "bad rows (problems left out)", cap: DefinitionLimits.rosterBytes,
              make: { repeated("name;department\n", { "Person \($0);XYZ\n" }, "", bytes: $0) }, read: roster),
    ] }

    /// `readers [--up-to BYTES]`: stop at that size (to time a slower reader without waiting for its cap).
    static func run(_ arguments: [String]) -> Int32 {
        var upTo = Int.max
        if let flag = arguments.firstIndex(of: "--up-to") {
            guard arguments.indices.contains(flag + 1), let bytes = Int(arguments[flag + 1]), bytes > 0 else {
                print("usage: samskab-bench readers [--up-to BYTES]")
                return 2
            }
            upTo = bytes
        }
        print("| reader | shape | bytes | ms | × (vs a quarter of the size) |")
        print("|---|---|---|---|---|")
        for shape in shapes {
            var size = 1024
            var previous: Double?
            while size < shape.cap * 4, size <= upTo {
                // The last size just under the cap, so it is read, not refused for its size.
                let input = shape.make(min(size, shape.cap - 256))
                var fastest = Double.infinity
                for _ in 0..<3 { fastest = min(fastest, Stopwatch.measure { shape.read(input) }) }
                let ratio = previous.map { $0 > 0 ? String(format: "%.1f", fastest / $0) : "–" } ?? ""
                print("| \(shape.reader) | \(shape.shape) | \(input.count) | \(milliseconds(fastest)) | \(ratio) |")
                previous = fastest
                size *= 4
            }
        }
        return 0
    }
}
