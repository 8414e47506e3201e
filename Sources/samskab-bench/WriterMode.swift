#if canImport(Glibc)
import Glibc
#endif
import SamskabFiles
import SamskabSession

/// One writer process: appends notes to the current item through the engine, printing each
/// note's id to standard output (unbuffered) only after the append returned, i.e. once durable.
enum WriterMode {
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 3, let count = Int(arguments[1]) else {
            printError("usage: samskab-bench writer SESSION COUNT PREFIX\n")
            return 2
        }
        let (session, prefix) = (arguments[0], arguments[2])
        do {
            let folder = try SessionFolder(opening: session)
            // A count of 0 means: keep writing until killed (the crash tests do that).
            for index in 0..<(count > 0 ? count : Int.max) {
                let record = try folder.submit(.addNote(NoteRequest(text: "\(prefix) \(index) æøå")),
                                               by: .participant(id: nil), writer: "bench-writer \(prefix)")
                FileBytes.write(Array("\(SessionState.noteID(sequence: record.sequence))\n".utf8), to: STDOUT_FILENO)
            }
            return 0
        } catch {
            printError("error: \(error)\n")
            return 1
        }
    }
}
