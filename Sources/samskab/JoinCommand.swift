#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import SamskabTerminal

struct Join: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "The participant kiosk: pick your name, write notes to the current question.",
        discussion: """
            Safe to leave on a shared machine: Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing; leaving needs \
            the facilitator's code (Ctrl-X), set with --pin or 'kiosk_pin' in the definition (otherwise \
            a code is made up and printed when the kiosk starts). After --idle seconds without a key it \
            returns to the name screen for the next person, whether or not anything was saved (an \
            unsaved draft first gets 20 seconds of "Er du her stadig?"). \
            With --table N it is a table kiosk: one laptop per table, whose notes carry the table.
            """
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Option(help: "Open straight on the note editor as this person (with --department).")
    var name: String?

    @Option(help: "The person's department code (with --name).")
    var department: String?

    @Option(help: "The facilitator's code to leave the kiosk (4–12 digits).")
    var pin: String?

    @Option(help: "Seconds without a key before the kiosk returns to the name screen (at least 5).")
    var idle = 60

    @Option(help: ArgumentHelp("A table kiosk: the table it stands at (1–1000). Its people come first on the name "
                               + "screen, and every note written at it carries the table.", valueName: "n"))
    var table: Int?

    @Option(help: "Language of the screen (default: the workshop's).")
    var lang: LanguageOption?

    @Flag(help: "Draw only ASCII (Danish letters as ae, oe, aa), for a terminal that cannot show UTF-8. Without a locale set, samskab assumes UTF-8.")
    var ascii = false

    func validate() throws {
        if let table, !(1...1000).contains(table) {
            throw ValidationError("--table must be a table number from 1 to 1000 (the plan's 'Bord 1' is 1), not \(table)")
        }
        if (name == nil) != (department == nil) { throw ValidationError("--name and --department go together") }
        if let pin, !(4...12).contains(pin.count) || !pin.allSatisfy(\.isNumber) {
            throw ValidationError("--pin must be 4 to 12 digits")
        }
        if idle < 5 { throw ValidationError("--idle must be at least 5 seconds") }
    }

    func run() throws {
        let folder = try SessionAccess.open(session, definitionHint: "\(session) is a workshop definition; start it with "
                                            + "'samskab run \(session)' (or 'samskab start'), then join the session folder it prints")
        let language = lang?.language ?? folder.workshop.language
        let code = pin ?? folder.workshop.kioskPin ?? String(format: "%04d", Int.random(in: 0...9999))
        if pin == nil && folder.workshop.kioskPin == nil {
            Output.error(language == .danish ? "Kioskens kode til at afslutte (Ctrl-X): \(code)"
                                             : "The kiosk's code to leave (Ctrl-X): \(code)")
            // Shown until the facilitator has seen it: the full screen would hide it at once.
            if isatty(STDIN_FILENO) != 0 {
                Output.error(language == .danish ? "Skriv koden ned, og tryk Enter for at åbne kiosken"
                                                 : "Note the code down, and press Enter to open the kiosk")
                var byte: UInt8 = 0
                while read(STDIN_FILENO, &byte, 1) == 1, byte != 0x0A, byte != 0x0D {}
            }
        }
        var view = KioskView(language: language, pin: code, table: table)
        view.ascii = ascii  // asked for; the terminal may force it too (a locale of another character set)
        if let name, let department {
            // Straight to the editor: the engine decides under the journal's lock who this is
            // (someone on the roster, marked present if they were absent, or a new person).
            let typed = try CommandFailure.wrap { () throws(SessionError) in
                (name: try RawArguments.checked(name, what: "the name"), department: try RawArguments.checked(department, what: "the department"))
            }
            let person: Participant?
            do {
                let record = try folder.submit(.join(name: typed.name, department: typed.department), by: .participant(id: nil),
                                               writer: "samskab join")
                let id = record.event.as(ParticipantPresent.self)?.participant ?? SessionState.participantID(sequence: record.sequence)
                person = folder.state.participants[id]
            } catch where error.kind == .alreadySo {
                // On the roster and present: the same rule finds them in the state just read under the lock.
                person = try? Engine.person(joining: typed.name, department: typed.department, in: folder.state)
            } catch {
                throw CommandFailure(error.message)
            }
            view.identity = KioskView.Identity(participant: person?.id, name: person?.name ?? typed.name, department: person?.department)
            view.stage = .writing
            view.sittingSince = folder.state.lastSequence
        }
        // Locked after wrong codes (and started again): still locked until the projector unlocks it.
        let kioskName = table.map { "bord-\($0)" } ?? KioskLoop.terminalName()
        // Test-only: the waits after wrong codes a hundred times shorter (the lockout stays as it is).
        if ProcessInfo.processInfo.environment["SAMSKAB_TEST_SHORT_CODE_WAITS"] == "1" { view.codeWaitScale = 0.01 }
        if folder.isKioskLocked(kioskName) { view.code = KioskCodeGuard(wrong: KioskCodeGuard.lockAfter) }
        var loop = KioskLoop(folder: folder, view: view, idleSeconds: idle, kioskName: kioskName)
        try loop.run()
    }
}

/// The kiosk's loop: follow the room, draw, read a key, save notes durably.
struct KioskLoop {
    let folder: SessionFolder
    var view: KioskView
    let idleSeconds: Int
    /// The kiosk's name for its lockout file (`bord-2`, `pts-3`).
    let kioskName: String

    /// The terminal the kiosk runs in (`pts-3`), else its process.
    static func terminalName() -> String {
        guard let name = ttyname(STDIN_FILENO) else { return "kiosk-\(getpid())" }
        return SessionFolder.kioskName(String(cString: name).replacingOccurrences(of: "/dev/", with: ""))
    }

    mutating func run() throws {
        let terminal = try TerminalSetup.open(rawKeys: true, bracketedPaste: true, ascii: view.ascii)
        defer { terminal.stop() }
        if !terminal.isUTF8 && !view.ascii {
            // A locale that names another character set: say why the letters look as they do.
            view.message = view.language == .danish
                ? "Terminalen bruger ikke UTF-8: æ, ø og å vises som ae, oe og aa (sæt LANG=da_DK.UTF-8)"
                : "The terminal is not UTF-8: æ, ø and å show as ae, oe and aa (set LANG=en_US.UTF-8)"
        }
        view.ascii = !terminal.isUTF8
        var lastKey = SystemClock.now()
        var lockUnwritten = false
        var drawn: KioskDrawnFrom?
        var offsetMinute: Int64 = -1
        var utcOffset = 0
        while true {
            // New lines in the journal (or a journal that cannot be read): draw again.
            if (try? folder.refresh()) != false { drawn = nil }
            let now = SystemClock.now()
            // Unlocked from the projector: codes are taken again.
            if view.code.isLocked, !lockUnwritten { KioskController.followLockout(view: &view, stillLocked: folder.isKioskLocked(kioskName)) }
            // The room moved on: a new question list, status lines cleared; the draft stays.
            KioskController.followRoom(view: &view, state: folder.state)
            // The gallery walk's round: a table kiosk is its station, handed to the next pair as it shifts.
            KioskController.follow(view: &view, state: folder.state, now: now)
            KioskController.idle(for: lastKey.seconds(until: now), limit: Double(idleSeconds), view: &view)
            let size = terminal.size
            // The time zone's offset is looked up once a minute, not four times a second.
            if now.millisecondsSinceEpoch / 60_000 != offsetMinute {
                offsetMinute = now.millisecondsSinceEpoch / 60_000
                utcOffset = SystemClock.utcOffset(at: now)
            }
            let frame = KioskFrame(state: folder.state, view: view, now: now, utcOffsetSeconds: utcOffset)
            // Drawn only when something on it can have changed: the journal, the view, the size or
            // the clock as the kiosk shows it; otherwise the kiosk only looks at the journal's size.
            let shown = KioskDrawnFrom(sequence: folder.state.lastSequence, view: view, width: size.width, height: size.height,
                                       moment: KioskScreen.moment(frame))
            if drawn != shown {
                terminal.paint(KioskScreen.render(frame, width: size.width, height: size.height))
                drawn = shown
            }
            guard let key = terminal.readKey(timeout: 250) else {
                // The terminal is gone (its input ended without a hang-up signal): nobody can type here.
                if terminal.inputEnded { return }
                continue
            }
            lastKey = SystemClock.now()
            if key == .resize { terminal.forceRedraw() }
            drawn = nil
            for effect in KioskController.handle(key, view: &view, state: folder.state, now: SystemClock.now()) {
                switch effect {
                case .leave:
                    return
                case .lockOut:
                    do {
                        try folder.lockKiosk(kioskName)
                    } catch {
                        // Locked all the same, until the kiosk is ended from outside: never unlocked by a missing file.
                        lockUnwritten = true
                        view.message = error.text(danish: view.language == .danish)
                    }
                case .submit(let command):
                    let outcome = folder.outcome(of: command, by: .participant(id: view.identity?.participant, sitting: view.sitting),
                                                 writer: "samskab join", danish: view.language == .danish)
                    KioskController.receive(outcome, view: &view, state: folder.state)
                }
            }
        }
    }
}

/// Everything a kiosk frame is drawn from but the moment itself.
private struct KioskDrawnFrom: Equatable {
    let sequence: Int
    let view: KioskView
    let width: Int
    let height: Int
    let moment: KioskScreen.Moment
}
