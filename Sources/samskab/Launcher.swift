import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import SamskabTerminal

/// `samskab` with no arguments: Workshops/*.yaml to start and Sessions/* to resume.
enum Launcher {
    /// The entries, and the language to show them in: that of the first session or workshop.
    static func entries() -> (entries: [LauncherEntry], language: Language) {
        var entries: [LauncherEntry] = []
        var language: Language?
        let files = FileManager.default
        let sessions = ((try? files.contentsOfDirectory(atPath: "Sessions")) ?? []).sorted()
        for name in sessions where !name.hasPrefix(".") {
            let path = "Sessions/" + name
            guard let folder = try? SessionFolder(opening: path) else { continue }
            let state = folder.state
            let item = state.currentItem
            let notes = state.notes.values.filter { !$0.withdrawn }.count
            language = language ?? folder.workshop.language
            entries.append(LauncherEntry(kind: .session, path: path, title: folder.workshop.title,
                                         detail: "\(state.position + 1)/\(state.workshop.program.count): \(item.title) · \(notes) notes",
                                         started: RehearsalPolicy.startDate(folder), workshopDate: folder.workshop.date))
        }
        let definitions = ((try? files.contentsOfDirectory(atPath: "Workshops")) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        for name in definitions {
            let path = "Workshops/" + name
            let outcome = DefinitionFile.load(path)
            if let workshop = outcome.workshop {
                language = language ?? workshop.language
                entries.append(LauncherEntry(kind: .workshop, path: path, title: workshop.title,
                                             detail: WorkshopSummary(workshop).description))
            } else {
                entries.append(LauncherEntry(kind: .workshop, path: path, title: name,
                                             detail: "\(outcome.errors.count) error(s): samskab check \(path)"))
            }
        }
        return (entries, language ?? .danish)
    }

    static func run() throws {
        let (entries, language) = entries()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            // No terminal: list what there is, and how to go on.
            for entry in entries { try Output.line("\(entry.path)\t\(entry.title)\t\(entry.detail)") }
            try Output.line("start one with: samskab run FILE|DIR   (samskab --help for all commands)")
            return
        }
        var chosen: LauncherEntry?
        do {
            let terminal = try TerminalSetup.open()
            defer { terminal.stop() }
            var selected = 0
            loop: while true {
                let size = terminal.size
                terminal.paint(LauncherScreen.render(entries, selected: selected, language: language,
                                                     ascii: !terminal.isUTF8, width: size.width, height: size.height))
                guard let key = terminal.readKey(timeout: 1000) else {
                    if terminal.inputEnded { return }
                    continue
                }
                switch key {
                case .up: selected = max(0, selected - 1)
                case .down: selected = min(max(0, entries.count - 1), selected + 1)
                case .enter where !entries.isEmpty:
                    chosen = entries[selected]
                    break loop
                case .text("q"), .escape: break loop
                case .resize: terminal.forceRedraw()
                default: break
                }
            }
        }
        guard let chosen else { return }
        let (opened, changed) = try SessionOpening.openOrStart(chosen.path, session: nil)
        let wall = opened.workshop.language
        // A rehearsal resumed on the workshop's date: asked here too, with the launcher closed.
        let decided = try Rehearsal.decide(opened, target: chosen.path, answer: nil, danish: wall == .danish)
        try ProjectorLoop(folder: decided.folder, language: wall, definitionChanged: decided.fresh ? false : changed,
                          notice: decided.notice).run()
    }
}
