#if canImport(Glibc)
import Glibc
#endif
import CSQLite
import Foundation

/// SQLite in WAL mode with synchronous=FULL, one INSERT (one transaction) per note:
/// the durability baseline the journal is measured against.
final class SQLiteBaseline {
    private var db: OpaquePointer?
    private var insert: OpaquePointer?

    init(path: String) {
        guard sqlite3_open(path, &db) == SQLITE_OK else { fatalError("sqlite3_open \(path)") }
        sqlite3_busy_timeout(db, 60_000)
        execute("PRAGMA journal_mode=WAL")
        execute("PRAGMA synchronous=FULL")
        execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, line TEXT NOT NULL)")
        guard sqlite3_prepare_v2(db, "INSERT INTO notes (line) VALUES (?)", -1, &insert, nil) == SQLITE_OK else {
            fatalError("prepare: \(String(cString: sqlite3_errmsg(db)))")
        }
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_close(db)
    }

    func execute(_ sql: String) {
        var message: UnsafeMutablePointer<CChar>?
        while true {
            let code = sqlite3_exec(db, sql, nil, nil, &message)
            if code == SQLITE_OK { return }
            if code == SQLITE_BUSY { continue }
            fatalError("sqlite: \(sql): \(message.map { String(cString: $0) } ?? "\(code)")")
        }
    }

    /// One durable insert (autocommit: its own transaction).
    func insert(_ line: [UInt8]) {
        sqlite3_reset(insert)
        line.withUnsafeBytes { buffer in
            _ = sqlite3_bind_text(insert, 1, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                                  unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        while true {
            let code = sqlite3_step(insert)
            if code == SQLITE_DONE { return }
            if code == SQLITE_BUSY { sqlite3_reset(insert); continue }
            fatalError("insert: \(String(cString: sqlite3_errmsg(db)))")
        }
    }

    /// What a writer process stores: one note's text, as JSON.
    struct Row: Encodable {
        var text: String
    }

    static func writerMode(_ arguments: [String]) -> Int32 {
        guard arguments.count == 3, let count = Int(arguments[1]) else {
            printError("usage: samskab-bench sqlite-writer DB COUNT PREFIX\n")
            return 2
        }
        let database = SQLiteBaseline(path: arguments[0])
        let encoder = JSONEncoder()
        for index in 0..<count {
            guard let row = try? encoder.encode(Row(text: "\(arguments[2]) \(index) æøå")) else { continue }
            database.insert(Array(row))
        }
        return 0
    }
}
