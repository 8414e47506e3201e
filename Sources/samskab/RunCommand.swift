import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import SamskabTerminal

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The facilitator's projector screen: run the day.",
        discussion: """
            Give a workshop definition (the session is started, or resumed after a crash) or a \
            session folder. Press ? for the keys. Honours NO_COLOR; needs at least 60×20.
            """
    )

    @Argument(help: ArgumentHelp("A workshop definition or a session folder.", valueName: "file|dir"))
    var target: String

    @Option(help: ArgumentHelp("The session folder, when starting from a definition.", valueName: "dir"))
    var session: String?

    @Option(help: "Language of the screen (default: the workshop's).")
    var lang: LanguageOption?

    @Flag(help: "Draw only ASCII (Danish letters as ae, oe, aa), for a terminal that cannot show UTF-8. Without a locale set, samskab assumes UTF-8.")
    var ascii = false

    func run() throws {
        let (folder, changed) = try SessionOpening.openOrStart(target, session: session)
        try ProjectorLoop(folder: folder, language: lang?.language ?? folder.workshop.language, definitionChanged: changed, ascii: ascii).run()
    }
}

enum SessionOpening {
    /// A session folder is opened; a definition starts (or resumes) its session.
    /// Also says whether the definition changed since the session started (for the wall).
    static func openOrStart(_ target: String, session: String?) throws -> (SessionFolder, definitionChanged: Bool) {
        switch SessionPath.kind(target) {
        case .folder:
            return (try SessionAccess.open(target), false)
        case .missing where SessionPath.isDefinitionName(target):
            throw CommandFailure("there is no workshop definition '\(target)' (no such file); check the name and folder")
        case .missing:
            throw CommandFailure(SessionPath.noSuchFolder(target) + "; 'samskab run' takes a session folder or a "
                                 + "workshop definition (.yaml)")
        case .definition, .file, .unknown:
            break
        }
        do {
            let started = try SessionFolder.start(definition: target, at: session, today: SystemClock.today())
            for warning in started.warnings { Output.error("warning: \(warning)") }
            return (started.folder, started.definitionChanged)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

/// The projector's loop: follow the journal, draw, read a key, act — four times a second.
struct ProjectorLoop {
    let folder: SessionFolder
    let language: Language
    var definitionChanged = false
    /// Only ASCII, as asked (`--ascii`); a terminal of another character set forces it too.
    var ascii = false

    func run() throws {
        let terminal = try TerminalSetup.open(bracketedPaste: true, ascii: ascii)
        defer { terminal.stop() }
        var view = ProjectorView(language: language)
        view.ascii = !terminal.isUTF8
        if !terminal.isUTF8 && !ascii {
            view.message = language == .danish
                ? "Terminalen bruger ikke UTF-8: vises med ASCII (sæt LANG=da_DK.UTF-8)"
                : "The terminal is not UTF-8: shown in ASCII (set LANG=en_US.UTF-8)"
        }
        ProjectorChoices.load(into: &view, from: folder)
        if let other = ProjectorChoices.claim(folder, danish: language == .danish) { view.message = other }
        if definitionChanged {
            // Said on the wall too: a warning on standard error vanishes behind the full screen.
            view.message = language == .danish
                ? "Definitionen er ændret, siden sessionen startede; sessionen bruger sin egen kopi"
                : "The definition has changed since the session started; the session keeps its own copy"
        }
        for notice in folder.notices { view.message = notice }
        if let damage = folder.damage { view.message = damage.description }
        var bell = BellOnZero()
        var firstFrame = true
        var position = folder.state.position
        while true {
            _ = try? folder.refresh()
            var arrival: [ProjectorEffect] = []
            if folder.state.position != position {
                // Moved here or from any other terminal: a discussion with tables opens on its plan,
                // a gallery walk without pairs asks for them.
                position = folder.state.position
                ProjectorController.itemChanged(view: &view)
                arrival = ProjectorController.arrived(state: folder.state)
            }
            if !arrival.isEmpty, perform(arrival, view: &view, terminal: terminal) { return }
            let now = SystemClock.now()
            // A new round of a gallery walk: the bell, and SKIFT on the wall for a few seconds.
            let shifted = ProjectorController.tick(view: &view, state: folder.state, now: now)
            let frame = ProjectorFrame(state: folder.state, view: view, now: now,
                                       utcOffsetSeconds: SystemClock.utcOffset(at: now))
            let size = terminal.size
            terminal.paint(ProjectorScreen.render(frame, width: size.width, height: size.height))
            if firstFrame {
                firstFrame = false
                FaultHooks.afterFirstFrame()
            }
            if bell.shouldRing(frame) || shifted { terminal.bell() }
            guard let key = terminal.readKey(timeout: 250) else { continue }
            if key == .resize { terminal.forceRedraw() }
            let chosen = (view.showAuthors, view.arrangement)
            defer { if view.showAuthors != chosen.0 || view.arrangement != chosen.1 { ProjectorChoices.save(&view, to: folder) } }
            let effects = ProjectorController.handle(key, view: &view, state: folder.state, size: terminal.size)
            if perform(effects, view: &view, terminal: terminal) { return }
        }
    }

    /// Carries out what a key (or arriving on an item) asked for; true: quit.
    private func perform(_ effects: [ProjectorEffect], view: inout ProjectorView, terminal: Terminal) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return true
            case .redraw:
                terminal.forceRedraw()
            case .export:
                let target = folder.path + "/export"
                do {
                    _ = try SummaryFiles.writeAll(folder.state, to: target,
                                                  utcOffsetSeconds: SystemClock.utcOffset(at: SystemClock.now()))
                    view.message = Strings(language).exported(target)
                } catch {
                    view.message = error.text(danish: language == .danish)
                }
            case .submit(let command):
                let outcome = folder.outcome(of: command, by: .facilitator, writer: "samskab run", danish: language == .danish)
                var target: EventRecord?
                if case .saved(let record) = outcome,
                   let id = record.event.as(Undone.self)?.target ?? record.event.as(Redone.self)?.target {
                    target = folder.records.last { $0.id == id }
                }
                ProjectorController.receive(outcome, view: &view, target: target)
            }
        }
        return false
    }
}

/// Test-only: SAMSKAB_FAULT=crash-after-first-frame traps after the first frame is on screen,
/// so a test can check that a crash gives the terminal back.
enum FaultHooks {
    static func afterFirstFrame() {
        if ProcessInfo.processInfo.environment["SAMSKAB_FAULT"] == "crash-after-first-frame" {
            fatalError("injected crash (SAMSKAB_FAULT=crash-after-first-frame)")
        }
    }
}
