import Foundation
import SamskabModel
import SamskabSession

/// A session started on another day than the workshop's date (a rehearsal) is not resumed
/// silently on the day: `run` asks whether to resume it or to start a new session folder beside
/// it (the old one is kept), or takes `--resume` / `--fresh`. This is the policy; asking on the
/// terminal and saying what was done is the command line's.
public enum RehearsalPolicy {
    public enum Answer: Sendable, Equatable { case resume, fresh }

    public enum Decision {
        /// Not a rehearsal on its day (or already answered today): run this session.
        case runAsIs
        /// A fresh session was started beside the rehearsal today: run that one.
        case runSibling(SessionFolder, started: CalendarDate)
        /// A rehearsal on the workshop's day, and no answer yet.
        case ask(started: CalendarDate)
        /// Resume the rehearsal (and remember that, for after a crash).
        case resume(started: CalendarDate, day: CalendarDate)
        /// Start a new session at `path` from the same definition; the rehearsal is kept.
        case startFresh(at: String, started: CalendarDate, day: CalendarDate)
    }

    /// What to do with `folder` today, given the answer (if any).
    public static func decide(_ folder: SessionFolder, answer: Answer?, today: CalendarDate) -> Decision {
        guard let day = folder.workshop.date, today == day, let started = startDate(folder), started != day else {
            return .runAsIs
        }
        // The answer given today is remembered, so the same command after a crash goes on
        // without asking: resumed (kept beside the journal), or a fresh session beside it.
        if answer == nil, folder.resumedOn == day { return .runAsIs }
        if answer != .resume, let sibling = freshSibling(of: folder.path, day: day) {
            return .runSibling(sibling, started: started)
        }
        switch answer {
        case nil: return .ask(started: started)
        case .resume: return .resume(started: started, day: day)
        case .fresh: return .startFresh(at: nextFreePath(folder.path), started: started, day: day)
        }
    }

    /// An answer typed at the question: `f`/`r` (resume) or `n` (new), in either language.
    public static func answer(typed line: String) -> Answer? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "f", "fortsæt", "r", "resume": .resume
        case "n", "ny", "new": .fresh
        default: nil
        }
    }

    /// The local date the session was started: session.json's `created`, else its first event.
    public static func startDate(_ folder: SessionFolder) -> CalendarDate? {
        let moment = SessionMarker.fields(of: folder)?.created.flatMap(Timestamp.init(iso:)) ?? folder.records.first?.time
        return moment.flatMap { $0.localDate(utcOffsetSeconds: SystemClock.utcOffset(at: $0)) }
    }

    /// The definition the session was started from (session.json's `source`), if it says.
    public static func sourceDefinition(of folder: SessionFolder) -> String? {
        SessionMarker.fields(of: folder)?.source
    }

    /// `<path>-2`, `-3` … : the first that does not exist.
    public static func nextFreePath(_ path: String) -> String {
        var number = 2
        while AtomicFile.existing("\(path)-\(number)") != .nothing { number += 1 }
        return "\(path)-\(number)"
    }

    /// The newest `<path>-N` session started on `day`, if any.
    static func freshSibling(of path: String, day: CalendarDate) -> SessionFolder? {
        var number = 2, found: SessionFolder?
        while AtomicFile.existing("\(path)-\(number)") != .nothing {
            if let folder = try? SessionFolder(opening: "\(path)-\(number)"), startDate(folder) == day { found = folder }
            number += 1
        }
        return found
    }
}
