/// One person's turn at a kiosk: from choosing a name (or writing anonymously) until the kiosk
/// is handed to the next person (Esc on an empty draft, or the idle reset). A kiosk asks the
/// engine as its sitting, and the engine lets a sitting change only what it did itself: "Esc,
/// another name" gives nobody the notes or the dots of an earlier sitting, whoever's name is picked.
public struct Sitting: Sendable, Equatable {
    /// The journal's last sequence when the person sat down: nothing before it is this sitting's.
    public var since: Int
    /// The notes written in this sitting, as the engine's answers named them.
    public var notes: [String]
    /// The ballots this sitting placed a dot on, once per dot still placed.
    public var dots: [String]

    public init(since: Int, notes: [String] = [], dots: [String] = []) {
        self.since = since
        self.notes = notes
        self.dots = dots
    }

    /// The note was written in this sitting: it is one of its own, and newer than the sitting.
    public func wrote(_ note: Note) -> Bool {
        note.sequence > since && notes.contains(note.id)
    }
}

/// Who may act at a kiosk, as its sitting: the engine's requester check for a participant who
/// asks as a sitting (`Requester.participant(id:sitting:)`); front ends may ask it first to say so
/// at once. Kept apart from `Engine` so that the rule stays one small function.
public enum SittingRule {
    public static let notWrittenHere = SessionError("You can only change notes you wrote here",
                                                    danish: "Du kan kun ændre noter, du har skrevet her")
    public static let dotNotPlacedHere = SessionError("You can only take back dots you placed here",
                                                      danish: "Du kan kun tage prikker tilbage, du har sat her")

    /// Whether the sitting may edit or withdraw the note.
    public static func mayChange(_ note: Note, sitting: Sitting) -> Bool {
        sitting.wrote(note)
    }

    /// Refuses what the sitting may not do: change a note it did not write, vote as anyone but
    /// the person who sat down, take back a dot it did not place.
    static func check(_ command: Command, id: String?, sitting: Sitting?, state: SessionState) throws(SessionError) {
        guard let sitting else { return }
        switch command {
        case .editNote(let reference, _), .withdrawNote(let reference):
            guard let note = state.notes[reference] else { return }
            if !mayChange(note, sitting: sitting) { throw notWrittenHere }
        case .vote(let note, let voter, _, let adding):
            guard let id, (try? state.resolvePerson(voter).id) == id else {
                throw SessionError("a participant places only their own dots", danish: "en deltager sætter kun sine egne prikker")
            }
            if !adding {
                // The dot as asked for, or the cluster or key point it stands in.
                let ballots = [note, state.ballot(of: note, target: .notes), state.ballot(of: note, target: .keyPoints)]
                if !ballots.contains(where: sitting.dots.contains) { throw dotNotPlacedHere }
            }
        default:
            return
        }
    }
}
