import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import SamskabTerminal

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
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

    @Flag(help: ArgumentHelp("On the workshop's date, for a session started on another day (a rehearsal): start a new session folder beside it (the old one is kept) without asking."))
    var fresh = false

    @Flag(help: ArgumentHelp("On the workshop's date, for a session started on another day (a rehearsal): resume it without asking."))
    var resume = false

    @Flag(help: ArgumentHelp("Start the web server for participants' phones ('samskab serve DIR') beside the projector, as a child process that ends with it; its output goes to serve.log in the session folder."))
    var serve = false

    func validate() throws {
        if fresh && resume { throw ValidationError("--fresh and --resume exclude each other: give one") }
    }

    func run() throws {
        let (opened, changed) = try SessionOpening.openOrStart(target, session: session)
        let language = lang?.language ?? opened.workshop.language
        let chosen = try Rehearsal.decide(opened, target: target, answer: fresh ? .fresh : resume ? .resume : nil,
                                          danish: language == .danish)
        var notice = chosen.notice
        var server: ServeChild?
        if serve, let running = WebAnnouncement.read(inFolder: chosen.folder.path) {
            // One server a session: the one running (from another terminal) is the one the wall shows.
            notice = language == .danish ? "En webserver kører allerede for sessionen (pid \(running.pid)); der startes ikke en til"
                                         : "A web server already runs for the session (pid \(running.pid)); no second one is started"
        } else if serve {
            switch ServeChild.start(folder: chosen.folder.path, danish: language == .danish) {
            case .success(let child): server = child
            case .failure(let failure): notice = failure.message
            }
        }
        defer { server?.stop() }
        try ProjectorLoop(folder: chosen.folder, language: language, definitionChanged: chosen.fresh ? false : changed,
                          ascii: ascii, notice: notice, server: server).run()
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

/// The projector's loop: follow the journal, draw, read a key, act — four times a second. A frame
/// is drawn only when something on it can have changed (the journal, the view, the size, a key,
/// or the clock as the wall shows it: the countdown's second, the minute, a page turning), so a
/// wall that shows nothing new costs next to nothing.
struct ProjectorLoop {
    let folder: SessionFolder
    let language: Language
    var definitionChanged = false
    /// Only ASCII, as asked (`--ascii`); a terminal of another character set forces it too.
    var ascii = false
    /// A line for the wall's status line from before it opened (which session this is).
    var notice: String?
    /// The phones' web server started beside the projector (`--serve`), if any.
    var server: ServeChild?

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
        if let notice { view.message = notice }
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
        // What was last saved to projector.json: saved again whenever the view's choices differ.
        var savedChoices = ProjectorChoiceSet(view)
        // What the last frame was drawn from; nil: draw the next one whatever it is.
        var drawn: DrawnFrom?
        var web = WebWatch(path: folder.path, child: server, danish: language == .danish)
        func saveChoices() {
            let now = ProjectorChoiceSet(view)
            guard now != savedChoices else { return }
            savedChoices = now
            ProjectorChoices.save(&view, to: folder)
        }
        while true {
            if (try? folder.refresh()) != false { drawn = nil }
            var arrival: [ProjectorEffect] = []
            if folder.state.position != position {
                // Moved here or from any other terminal: a discussion with tables opens on its plan,
                // a gallery walk without pairs asks for them.
                position = folder.state.position
                ProjectorController.itemChanged(view: &view, state: folder.state)
                arrival = ProjectorController.arrived(state: folder.state)
            }
            if !arrival.isEmpty, perform(arrival, view: &view, terminal: terminal) { return }
            saveChoices()
            let now = SystemClock.now()
            switch web.look(now: now) {
            case .appeared: JoinCard.serverAppeared(view: &view, position: folder.state.position)
            case .childEnded(let message): view.message = message
            case nil: break
            }
            // A new round of a gallery walk: the bell, and SKIFT on the wall for a few seconds.
            let shifted = ProjectorController.tick(view: &view, state: folder.state, now: now)
            let frame = ProjectorFrame(state: folder.state, view: view, now: now,
                                       utcOffsetSeconds: SystemClock.utcOffset(at: now), web: web.address)
            let size = terminal.size
            let shown = DrawnFrom(sequence: folder.state.lastSequence, view: view, width: size.width, height: size.height,
                                 moment: ProjectorScreen.moment(frame), web: web.address)
            if drawn != shown {
                terminal.paint(ProjectorScreen.render(frame, width: size.width, height: size.height))
                drawn = shown
            }
            if firstFrame {
                firstFrame = false
                FaultHooks.afterFirstFrame()
            }
            if bell.shouldRing(frame) || shifted { terminal.bell() }
            guard let key = terminal.readKey(timeout: 250) else {
                // The terminal is gone (its input ended without a hang-up signal): end as on `q`.
                if terminal.inputEnded { return }
                continue
            }
            if key == .resize { terminal.forceRedraw() }
            // A key may change what the journal holds through this very folder: draw again.
            drawn = nil
            let effects = ProjectorController.handle(key, view: &view, state: folder.state, size: terminal.size,
                                                     now: SystemClock.now())
            let quit = perform(effects, view: &view, terminal: terminal)
            saveChoices()
            if quit { return }
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
                ProjectorController.receive(outcome, view: &view, target: target, state: folder.state)
            }
        }
        return false
    }
}

/// Everything a projector frame is drawn from but the moment itself.
private struct DrawnFrom: Equatable {
    let sequence: Int
    let view: ProjectorView
    let width: Int
    let height: Int
    let moment: ProjectorScreen.Moment
    let web: JoinAddress?
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

/// A session started on another day than the workshop's date (a rehearsal) is not resumed
/// silently on the day: `run` asks, before going full screen, whether to resume it or start a
/// new session folder beside it (the old one is kept), or takes `--resume` / `--fresh`.
enum Rehearsal {
    enum Answer { case resume, fresh }

    /// The local date the session was started: session.json's `created`, else its first event.
    static func startDate(_ folder: SessionFolder) -> CalendarDate? {
        let moment = markerField("created", in: folder.path).flatMap(Timestamp.init(iso:)) ?? folder.records.first?.time
        return moment.flatMap { $0.localDate(utcOffsetSeconds: SystemClock.utcOffset(at: $0)) }
    }

    private static func markerField(_ name: String, in path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path + "/" + SessionFolder.markerName),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object[name] as? String
    }

    /// The session to run: this one, or (for a rehearsal resumed on the workshop's date) a
    /// fresh one beside it, as answered. Also a line for the wall saying which.
    static func decide(_ folder: SessionFolder, target: String, answer: Answer?, danish: Bool,
                       today: CalendarDate = SystemClock.today()) throws -> (folder: SessionFolder, fresh: Bool, notice: String?) {
        guard let day = folder.workshop.date, today == day, let started = startDate(folder), started != day else {
            return (folder, false, nil)
        }
        // The answer given today is remembered, so the same command after a crash goes on
        // without asking: resumed (kept beside the journal), or a fresh session beside it.
        if answer == nil, folder.resumedOn == day { return (folder, false, nil) }
        if answer != .resume, let sibling = freshSibling(of: folder.path, day: day) {
            return (sibling, true, danish ? "Fortsætter dagens session \(sibling.path) (prøven fra \(started) er gemt i \(folder.path))"
                                          : "Resuming today's session \(sibling.path) (the rehearsal of \(started) is kept in \(folder.path))")
        }
        switch try answer ?? ask(started: started, danish: danish) {
        case .resume:
            do {
                try folder.markResumed(on: day)
            } catch {
                Output.error("warning: " + (danish ? "svaret kunne ikke gemmes (\(error.message)); efter et nedbrud spørges der igen"
                                                   : "the answer could not be saved (\(error.message)); after a crash it is asked again"))
            }
            return (folder, false, nil)
        case .fresh:
            let definition = try definitionPath(target: target, folder: folder)
            let path = nextFreePath(folder.path)
            do {
                let made = try SessionFolder.start(definition: definition, at: path, today: today)
                folder.forgetResumed()
                Output.error(danish ? "Ny session: \(path) (prøven er gemt i \(folder.path))"
                                    : "New session: \(path) (the rehearsal is kept in \(folder.path))")
                return (made.folder, true, danish ? "Ny session \(path); prøven fra \(started) er gemt i \(folder.path)"
                                                  : "New session \(path); the rehearsal of \(started) is kept in \(folder.path)")
            } catch {
                throw CommandFailure(error.message)
            }
        }
    }

    /// Asks on the terminal; an answer that is neither asks again; no answer at all refuses.
    static func ask(started: CalendarDate, danish: Bool) throws -> Answer {
        let question = danish
            ? "Denne session blev startet \(started) (en prøve?). Fortsæt den [f] eller start forfra [n]? "
            : "This session was started on \(started) (a rehearsal?). Resume it [r] or start afresh [n]? "
        for _ in 0..<3 {
            try Output.raw(question)
            guard let line = readLine() else { break }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "f", "fortsæt", "r", "resume": return .resume
            case "n", "ny", "new": return .fresh
            default: continue
            }
        }
        throw CommandFailure(danish ? "intet svar: kør igen med --resume (fortsæt prøven) eller --fresh (start forfra i en ny mappe)"
                                    : "no answer: run again with --resume (continue the rehearsal) or --fresh (start afresh in a new folder)")
    }

    /// The definition a fresh session starts from: the one named, or the one the session was
    /// started from (session.json's `source`).
    static func definitionPath(target: String, folder: SessionFolder) throws -> String {
        if SessionPath.kind(target) != .folder { return target }
        if let source = markerField("source", in: folder.path), SessionPath.kind(source) == .definition { return source }
        throw CommandFailure("the definition this session was started from is not at hand; start afresh with "
                             + "samskab run DEFINITION.yaml --session NEW-FOLDER")
    }

    /// `<path>-2`, `-3` … : the first that does not exist.
    static func nextFreePath(_ path: String) -> String {
        var number = 2
        while FileManager.default.fileExists(atPath: "\(path)-\(number)") { number += 1 }
        return "\(path)-\(number)"
    }

    /// The newest `<path>-N` session started on `day`, if any.
    static func freshSibling(of path: String, day: CalendarDate) -> SessionFolder? {
        var number = 2, found: SessionFolder?
        while FileManager.default.fileExists(atPath: "\(path)-\(number)") {
            if let folder = try? SessionFolder(opening: "\(path)-\(number)"), startDate(folder) == day { found = folder }
            number += 1
        }
        return found
    }
}
