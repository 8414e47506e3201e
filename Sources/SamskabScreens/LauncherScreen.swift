import SamskabModel

/// `samskab` with no arguments: the workshops and sessions in the current folder,
/// to start or resume with one key.
public struct LauncherEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case workshop
        case session
    }

    public var kind: Kind
    public var path: String
    public var title: String
    /// A short line under the title: the check summary, or where a session stands.
    public var detail: String
    /// For a session: the day it was started, and the workshop's own date, so a rehearsal
    /// (started on another day) is told from the day's session.
    public var started: CalendarDate?
    public var workshopDate: CalendarDate?

    public init(kind: Kind, path: String, title: String, detail: String, started: CalendarDate? = nil,
                workshopDate: CalendarDate? = nil) {
        self.kind = kind
        self.path = path
        self.title = title
        self.detail = detail
        self.started = started
        self.workshopDate = workshopDate
    }

    /// "startet 2019-08-28", with "(prøve?)" when that is not the workshop's date; nil for a workshop.
    func startedText(danish: Bool) -> String? {
        guard let started else { return nil }
        var text = (danish ? "startet " : "started ") + started.description
        if let day = workshopDate, day != started { text += danish ? " (prøve?)" : " (rehearsal?)" }
        return text
    }
}

public enum LauncherScreen {
    public static func render(_ entries: [LauncherEntry], selected: Int, language: Language, ascii: Bool,
                              width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        canvas.transliteratesDanish = ascii
        let da = language == .danish
        canvas.fill(x: 0, y: 0, width: width, height: 1, style: .bar)
        canvas.write("samskab", x: 1, y: 0, style: .bar)
        var y = 2
        if entries.isEmpty {
            canvas.write(da ? "Ingen workshops i Workshops/ og ingen sessioner i Sessions/."
                            : "No workshops in Workshops/ and no sessions in Sessions/.", x: 2, y: y, style: .warning)
            canvas.write(da ? "Skriv en definition (se docs/workshop-format.md) eller kør samskab --help."
                            : "Write a definition (see docs/workshop-format.md) or run samskab --help.", x: 2, y: y + 1)
        }
        var lastKind: LauncherEntry.Kind?
        // Keep the selected entry in view: each entry takes two rows, headings one more.
        let rowsPerEntry = 2, room = max(1, (height - 5) / rowsPerEntry - 1)
        let first = max(0, min(selected - room / 2, entries.count - room))
        for index in entries.indices.dropFirst(first) {
            let entry = entries[index]
            if entry.kind != lastKind {
                lastKind = entry.kind
                let heading = entry.kind == .session ? (da ? "Sessioner — fortsæt" : "Sessions — resume")
                                                     : (da ? "Workshops — start" : "Workshops — start")
                if y + 3 > height - 2 { break }
                canvas.write(heading, x: 1, y: y, style: .bold)
                y += 1
            }
            if y + 2 > height - 2 { break }
            let isSelected = index == selected
            let marker = isSelected ? (ascii ? ">" : "▶") : " "
            let style: CellStyle = isSelected ? .selected : .title
            // A session's start date at the right of its title line, so a rehearsal is told apart.
            let started = entry.startedText(danish: da) ?? ""
            let startedWidth = started.isEmpty ? 0 : DisplayWidth.of(started) + 2
            if isSelected { canvas.fill(x: 1, y: y, width: width - 2, height: 1, style: style) }
            canvas.write("\(marker) \(entry.title)", x: 1, y: y, style: style, limit: width - 2 - startedWidth)
            if !started.isEmpty, width - 2 - startedWidth >= 20 {
                canvas.write(started, x: width - 1 - DisplayWidth.of(started), y: y, style: style)
            }
            canvas.write("  \(entry.path) · \(entry.detail)", x: 1, y: y + 1, style: .dim, limit: width - 2)
            y += rowsPerEntry
        }
        canvas.fill(x: 0, y: height - 1, width: width, height: 1, style: .bar)
        canvas.write(da ? "↑↓ vælg  Enter start/fortsæt  q afslut" : "↑↓ select  Enter start/resume  q quit",
                     x: 1, y: height - 1, style: .bar)
        return canvas
    }
}
