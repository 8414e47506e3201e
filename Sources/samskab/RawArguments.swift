#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamskabSession

/// Swift repairs invalid UTF-8 in command-line arguments with U+FFFD without saying so.
/// samskab refuses it instead: the raw bytes of argv are checked here.
enum RawArguments {
    /// The raw arguments that are not valid UTF-8, as their repaired strings.
    static let invalid: Set<String> = {
        var found: Set<String> = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                                  count: strlen(pointer)))
            if (try? NoteText.decode(bytes)) == nil { found.insert(String(decoding: bytes, as: UTF8.self)) }
        }
        return found
    }()

    /// `value` if it came in as valid UTF-8.
    static func checked(_ value: String, what: String) throws(SessionError) -> String {
        if invalid.contains(value) {
            throw SessionError("\(what) is not valid UTF-8 text; set your terminal to UTF-8 and type it again",
                               danish: "teksten er ikke gyldig UTF-8; sæt terminalen til UTF-8 og skriv den igen")
        }
        return value
    }
}
