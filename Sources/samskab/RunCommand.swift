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
        if serve, let running = WebAnnouncement.running(in: chosen.folder.path) {
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
        var firstFrame = true
        // What was last saved to projector.json: saved again whenever the view's choices differ.
        var savedChoices = ProjectorChoiceSet(view)
        // What the last frame was drawn from; nil: draw the next one whatever it is.
        var drawn: DrawnFrom?
        var web = WebWatch(path: folder.path, child: server, danish: language == .danish)
        // The last frame and its canvas: where only a countdown's seconds changed, they alone
        // are drawn onto it.
        var last: (frame: ProjectorFrame, canvas: Canvas)?
        var bell = false
        func saveChoices() {
            let now = ProjectorChoiceSet(view)
            guard now != savedChoices else { return }
            savedChoices = now
            ProjectorChoices.save(&view, to: folder)
        }
        /// One message to the projector's update, and its effects carried out; true: quit.
        func send(_ message: ProjectorMessage) -> Bool {
            var effects = ProjectorController.update(message, view: &view, state: folder.state)
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                guard let answer = perform(effect, terminal: terminal, bell: &bell) else { return true }
                if let answer { effects += ProjectorController.update(answer, view: &view, state: folder.state) }
            }
            return false
        }
        // Where the wall opens; after this, the journal showing another item is a move.
        _ = send(.journal)
        while true {
            if (try? folder.refresh()) != false { drawn = nil }
            // Moved here or from any other terminal: a discussion with tables opens on its plan,
            // a gallery walk without pairs asks for them.
            if send(.journal) { return }
            KioskUnlock.announce(folder, view: &view)
            let now = SystemClock.now()
            // The phones' server seen for the first time (the card opens at the day's start), or
            // the one `--serve` started has stopped.
            switch web.look(now: now) {
            case .appeared: if send(.serverAppeared) { return }
            case .childEnded(let message): if send(.failed(message)) { return }
            case nil: break
            }
            // A new round of a gallery walk (SKIFT on the wall for a few seconds), zero on the countdown.
            if send(.tick(now: now)) { return }
            saveChoices()
            let frame = ProjectorFrame(state: folder.state, view: view, now: now,
                                       utcOffsetSeconds: SystemClock.utcOffset(at: now), web: web.address)
            let size = terminal.size
            let shown = DrawnFrom(sequence: folder.state.lastSequence, view: view, width: size.width, height: size.height,
                                 moment: ProjectorScreen.moment(frame), web: web.address)
            if drawn != shown {
                if let before = drawn, before.differsOnlyInSeconds(from: shown), let previous = last,
                   let patched = ProjectorScreen.redrawClocks(previous.canvas, previous: previous.frame, frame: frame) {
                    if !patched.areas.isEmpty { terminal.paint(patched.canvas, areas: patched.areas) }
                    last = (frame, patched.canvas)
                } else {
                    let canvas = ProjectorScreen.render(frame, width: size.width, height: size.height)
                    terminal.paint(canvas)
                    last = (frame, canvas)
                }
                drawn = shown
            }
            if firstFrame {
                firstFrame = false
                FaultHooks.afterFirstFrame()
            }
            if bell { terminal.bell() }
            bell = false
            guard let key = terminal.readKey(timeout: 250) else {
                // The terminal is gone (its input ended without a hang-up signal): end as on `q`.
                if terminal.inputEnded { return }
                continue
            }
            // A key may change what the journal holds through this very folder: draw again.
            drawn = nil
            if KioskUnlock.take(key, folder: folder, view: &view) { continue }
            let quit = send(.key(key, size: terminal.size, now: SystemClock.now()))
            saveChoices()
            if quit { return }
        }
    }

    /// Carries out one effect: the message that answers it, if any (`.some(nil)`: none), or nil
    /// to quit. A bell waits for the frame.
    private func perform(_ effect: ProjectorEffect, terminal: Terminal, bell: inout Bool) -> ProjectorMessage?? {
        switch effect {
        case .quit:
            return nil
        case .redraw:
            terminal.forceRedraw()
        case .bell:
            bell = true
        case .export:
            let target = folder.path + "/export"
            do {
                _ = try SummaryFiles.writeAll(folder.state, to: target,
                                              utcOffsetSeconds: SystemClock.utcOffset(at: SystemClock.now()))
                return .some(.exported(folder: target))
            } catch {
                return .some(.failed(error.text(danish: language == .danish)))
            }
        case .submit(let command):
            let outcome = folder.outcome(of: command, by: .facilitator, writer: "samskab run", danish: language == .danish)
            var target: EventRecord?
            if case .saved(let record) = outcome,
               let id = record.event.as(Undone.self)?.target ?? record.event.as(Redone.self)?.target {
                target = folder.records.last { $0.id == id }
            }
            return .some(.outcome(outcome, undid: target))
        }
        return .some(nil)
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

    init(sequence: Int, view: ProjectorView, width: Int, height: Int, moment: ProjectorScreen.Moment, web: JoinAddress?) {
        self.sequence = sequence
        // The clock's bookkeeping (the bell, the walk's round last seen) draws nothing itself.
        var drawnView = view
        drawnView.bell = BellOnZero()
        drawnView.walkRound = nil
        self.view = drawnView
        self.width = width
        self.height = height
        self.moment = moment
        self.web = web
    }

    func differsOnlyInSeconds(from other: DrawnFrom) -> Bool {
        sequence == other.sequence && view == other.view && width == other.width && height == other.height
            && web == other.web && moment.differsOnlyInSeconds(from: other.moment)
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

/// A rehearsal on the workshop's day (the policy is `RehearsalPolicy` in the files layer): asks
/// on the terminal when no `--resume`/`--fresh` was given, does what was chosen, and says so.
enum Rehearsal {
    typealias Answer = RehearsalPolicy.Answer

    /// The session to run, and a line for the wall saying which.
    static func decide(_ folder: SessionFolder, target: String, answer: Answer?, danish: Bool,
                       today: CalendarDate = SystemClock.today()) throws -> (folder: SessionFolder, fresh: Bool, notice: String?) {
        var decision = RehearsalPolicy.decide(folder, answer: answer, today: today)
        if case .ask(let started) = decision {
            decision = RehearsalPolicy.decide(folder, answer: try ask(started: started, danish: danish), today: today)
        }
        switch decision {
        case .runAsIs, .ask:
            return (folder, false, nil)
        case .runSibling(let sibling, let started):
            return (sibling, true, danish ? "Fortsætter dagens session \(sibling.path) (prøven fra \(started) er gemt i \(folder.path))"
                                          : "Resuming today's session \(sibling.path) (the rehearsal of \(started) is kept in \(folder.path))")
        case .resume(_, let day):
            do {
                try folder.markResumed(on: day)
            } catch {
                Output.error("warning: " + (danish ? "svaret kunne ikke gemmes (\(error.message)); efter et nedbrud spørges der igen"
                                                   : "the answer could not be saved (\(error.message)); after a crash it is asked again"))
            }
            return (folder, false, nil)
        case .startFresh(let path, let started, _):
            let definition = try definitionPath(target: target, folder: folder)
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
            if let answer = RehearsalPolicy.answer(typed: line) { return answer }
        }
        throw CommandFailure(danish ? "intet svar: kør igen med --resume (fortsæt prøven) eller --fresh (start forfra i en ny mappe)"
                                    : "no answer: run again with --resume (continue the rehearsal) or --fresh (start afresh in a new folder)")
    }

    /// The definition a fresh session starts from: the one named, or the one the session was
    /// started from (session.json's `source`).
    static func definitionPath(target: String, folder: SessionFolder) throws -> String {
        if SessionPath.kind(target) != .folder { return target }
        if let source = RehearsalPolicy.sourceDefinition(of: folder), SessionPath.kind(source) == .definition { return source }
        throw CommandFailure("the definition this session was started from is not at hand; start afresh with "
                             + "samskab run DEFINITION.yaml --session NEW-FOLDER")
    }
}
