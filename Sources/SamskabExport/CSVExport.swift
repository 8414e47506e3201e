import CSV
import Foundation
import SamskabModel
import SamskabSession

/// A row per note, for spreadsheets, with the gallery walk's +1s and comments and the note's
/// cluster in the last three columns. RFC 4180 quoting and CRLF line ends. For a Danish workshop: UTF-8 with a byte-order
/// mark and `;` between fields, so Danish Excel opens it in columns with æøå intact; `,` otherwise. Cells a spreadsheet would run as a formula are
/// neutralised with a leading apostrophe.
public enum CSVExport {
    public static func render(_ summary: DaySummary, separator: String? = nil) -> [UInt8] {
        let words = ExportStrings(summary.workshop.language)
        let danish = summary.workshop.language == .danish
        let delimiter = separator ?? (danish ? ";" : ",")
        // The writer fails only when its stream does, and this one is memory.
        let data = (try? encoded([words.csvHeader] + noteRows(summary, words: words), delimiter: delimiter)) ?? Data()
        return (danish ? [0xEF, 0xBB, 0xBF] : []) + Array(data) + Array("\r\n".utf8)
    }

    /// A row per note, item by item, each question's notes oldest first, then the notes answering
    /// none. A note in a cluster has its cluster's votes (the cluster was voted on as one) and name.
    static func noteRows(_ summary: DaySummary, words: ExportStrings) -> [[String]] {
        var rows: [[String]] = []
        for item in summary.items {
            // Every note is a row, those merged into a key point too (marked in the key point column).
            // A note is listed under the question it answers, even where its cluster stands under another.
            let notes = (item.questions.flatMap { $0.notes + $0.mergedAway } + item.general).sorted { $0.sequence < $1.sequence }
            let count = item.item.questions.count
            let answered = item.questions.flatMap { question in
                notes.filter { BoardModel.answers($0, question: question.number, of: count) }.map { ($0, question.number, question.text) }
            }
            let general = notes.filter { note in !item.questions.contains { BoardModel.answers(note, question: $0.number, of: count) } }
            for (note, number, question) in answered + general.map({ ($0, 0, "") }) {
                let row = [
                    String(item.index), item.item.title, number == 0 ? "" : String(number), question,
                    summary.state.groupName(of: note) ?? "", summary.author(of: note) ?? "", note.department ?? "",
                    localTime(note.time, summary: summary), String(summary.votes(of: note)),
                    keyPointCell(note, summary: summary, words: words),
                    note.text, note.id,
                    String(summary.plusOnes(of: note)), commentsCell(note, summary: summary),
                    summary.state.cluster(of: note.id)?.name ?? "",
                ]
                rows.append(row.map(neutralised))
            }
        }
        return rows
    }

    /// The rows quoted per RFC 4180, CRLF between them (none after the last).
    static func encoded(_ rows: [[String]], delimiter: String) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: delimiter, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    }

    /// `2019-08-30 09:41`, local time: what a spreadsheet reads as a date and time.
    static func localTime(_ moment: Timestamp, summary: DaySummary) -> String {
        let local = Timestamp(millisecondsSinceEpoch: moment.millisecondsSinceEpoch + Int64(summary.utcOffsetSeconds) * 1000)
        let iso = local.description // 2019-08-30T09:41:07.823Z
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }

    /// A cell starting with = + - @ (or a tab or carriage return) would be run as a formula by
    /// Excel, LibreOffice and Google Sheets; an apostrophe in front keeps it text.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    /// The gallery walk's comments on the note, oldest first, each on one line:
    /// "tekst — forfatter | tekst" (an anonymous comment without its author).
    static func commentsCell(_ note: Note, summary: DaySummary) -> String {
        summary.feedback.comments(on: note.id).map { comment in
            let text = String(comment.text.map { $0 == "\n" ? " " : $0 })
            return summary.state.authorName(of: comment).map { text + " — " + $0 } ?? text
        }.joined(separator: " | ")
    }

    /// "ja" for a key point, "samlet med n16" for a note merged into one, "nej" otherwise.
    static func keyPointCell(_ note: Note, summary: DaySummary, words: ExportStrings) -> String {
        if summary.state.keyPoints[note.id] != nil { return words.yes }
        if let point = summary.state.keyPoint(merging: note.id) { return words.merged + " " + point.note }
        return words.no
    }
}
