import SamskabModel
import SamskabSession

/// The participant's keys. No key changes the program or touches anyone else's notes;
/// leaving needs the facilitator's code.
public enum KioskController {
    /// `now`: the moment of the key, for the wait after wrong codes.
    public static func handle(_ key: Key, view: inout KioskView, state: SessionState,
                              now: Timestamp = Timestamp(millisecondsSinceEpoch: 0)) -> [KioskEffect] {
        if key == .resize { return [] }
        // Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys (raw mode) and do nothing; F10 or Ctrl-X asks
        // for the facilitator's code.
        if key == .control("x"), view.stage != .leaving {
            view.stage = .leaving
            view.field.clear()
            view.message = view.code.isLocked ? Strings(view.language).kioskLocked : nil
            return []
        }
        if key == .control("c") || key == .control("z") { return [] }
        view.message = nil
        if view.stage != .leaving, KioskStation.isActive(view, state: state) { return station(key, view: &view, state: state) }
        switch view.stage {
        case .leaving: return leaving(key, view: &view, now: now)
        case .pickName: return pickName(key, view: &view, state: state)
        case .newName: newName(key, view: &view, state: state)
        case .newDepartment(let name): return newDepartment(key, name: name, view: &view, state: state)
        case .writing: return writing(key, view: &view, state: state)
        }
        return []
    }

    /// The roster as the engine's name search ranks what was typed (whole name, first name, any
    /// word, anywhere; accents folded; absent people last); then "new" and "anonymous". At a table
    /// kiosk the people seated at its table come first.
    public static func choices(_ view: KioskView, state: SessionState) -> [NameChoice] {
        let atTable = KioskTable.members(view, state: state)
        let found = NameSearch.find(view.field.text, in: state)
        let people = found.filter { atTable.contains($0.person.id) && !$0.person.absent }
            + found.filter { !atTable.contains($0.person.id) || $0.person.absent }
        // "anonym" typed to search: writing anonymously comes before adding a new person.
        let anonymousFirst = NameSearch.searchMeansNoName(view.field.text)
        return people.map { NameChoice.person($0.person) } + (anonymousFirst ? [.anonymous, .newPerson] : [.newPerson, .anonymous])
    }

    public enum NameChoice: Sendable, Equatable {
        case person(Participant)
        case newPerson
        case anonymous
    }

    private static func pickName(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let choices = choices(view, state: state)
        switch key {
        case .up: view.selected = max(0, view.selected - 1)
        case .down: view.selected = min(choices.count - 1, view.selected + 1)
        case .escape:
            // Esc clears the search.
            view.field.clear()
            view.selected = 0
        case .enter:
            switch choices[min(view.selected, choices.count - 1)] {
            case .person(let person):
                start(as: KioskView.Identity(participant: person.id, name: person.name, department: person.department), view: &view,
                      state: state)
                // Marked absent, but here: say so, and the engine marks them present (undo takes it back).
                if person.absent {
                    view.message = Strings(view.language).kioskMarkedPresent(person.name)
                    return [.submit(.markPresent(participant: person.id))]
                }
            case .newPerson:
                view.stage = .newName
                // The list matching this was in sight: it is not offered again for the same name.
                view.offeredFor = view.field.text.trimmingWhitespace
                view.field = LineEditor(text: view.field.text.trimmingWhitespace)
            case .anonymous:
                start(as: .anonymous, view: &view, state: state)
            }
        default:
            view.field.apply(key, multiline: false)
            view.selected = 0
        }
        return []
    }

    /// A person sits down: the sitting starts at the journal as it is now.
    static func start(as identity: KioskView.Identity, view: inout KioskView, state: SessionState) {
        view.identity = identity
        view.sittingSince = state.lastSequence
        view.written = []
        view.dotsPlaced = []
        view.stage = .writing
        view.field.clear()
        view.focus = .editor
    }

    private static func newName(_ key: Key, view: inout KioskView, state: SessionState) {
        switch key {
        case .escape:
            view.stage = .pickName
            // Back on the list, with what was typed; "anonym" has the anonymous choice first.
            view.selected = 0
        case .enter:
            // The name goes to the engine as typed: it cleans it and says what is wrong with it.
            let name = view.field.text
            guard !name.trimmingWhitespace.isEmpty else { return }
            // Anonymity is a choice on the list, not a person called Anonym.
            if NameSearch.isNoNameChoice(name, in: state) {
                view.message = Strings(view.language).kioskAnonymousIsAChoice(name)
                return
            }
            // Someone of (nearly) that name is on the list: offer them before adding a new person.
            let close = NameSearch.closeNames(name, in: state)
            if !close.isEmpty, view.offeredFor != name.trimmingWhitespace {
                view.offeredFor = name.trimmingWhitespace
                view.stage = .pickName
                view.field = LineEditor(text: name)
                view.selected = 0
                view.message = Strings(view.language).kioskIsItYou
                return
            }
            view.stage = .newDepartment(name: name)
            view.selected = 0
        default:
            view.field.apply(key, multiline: false)
        }
    }

    private static func newDepartment(_ key: Key, name: String, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let departments = state.workshop.departments
        switch key {
        case .escape:
            view.stage = .newName
        case .up: view.selected = max(0, view.selected - 1)
        case .down: view.selected = min(max(0, departments.count - 1), view.selected + 1)
        case .enter:
            let department = departments.isEmpty ? nil : departments[min(view.selected, departments.count - 1)].code
            // Who this is (someone on the list, marked present if absent, or a new person) is the
            // engine's decision under the journal's lock; its answer comes back through `receive`.
            view.joinAsked = KioskView.JoinAsked(name: name, department: department)
            return [.submit(.join(name: name, department: department))]
        default: break
        }
        return []
    }

    /// The facilitator's code: right, the kiosk ends; wrong, the kiosk waits longer each time and
    /// at last locks until the projector unlocks it (`KioskCodeGuard`).
    private static func leaving(_ key: Key, view: inout KioskView, now: Timestamp) -> [KioskEffect] {
        let strings = Strings(view.language)
        if key == .escape {
            view.stage = view.identity == nil ? .pickName : .writing
            view.field.clear()
            return []
        }
        if view.code.isLocked {
            view.field.clear()
            view.message = strings.kioskLocked
            return []
        }
        let wait = view.code.secondsToWait(at: now)
        if wait > 0 {
            // Nothing typed counts while the kiosk waits.
            view.field.clear()
            view.message = strings.kioskCodeWait(wait)
            return []
        }
        switch key {
        case .enter:
            if view.field.text == view.pin {
                view.code = KioskCodeGuard()
                return [.leave]
            }
            view.field.clear()
            view.code.wrongCode(at: now, scale: view.codeWaitScale)
            if view.code.isLocked {
                view.message = strings.kioskLocked
                return [.lockOut]
            }
            view.message = strings.kioskWrongCode(view.code)
        default:
            view.field.apply(key, multiline: false)
        }
        return []
    }

    /// Called every frame with whether the kiosk's lockout is still on file: once the facilitator
    /// has removed it, codes are taken again.
    public static func followLockout(view: inout KioskView, stillLocked: Bool) {
        guard view.code.isLocked, !stillLocked else { return }
        view.code = KioskCodeGuard()
        view.message = Strings(view.language).kioskUnlocked
    }

    /// The participant's own notes in the current item, oldest first.
    public static func ownNotes(_ view: KioskView, state: SessionState) -> [Note] {
        state.ownNotes(item: state.position, writtenHere: view.written, person: view.identity?.participant)
    }

    /// The engine's sitting rule, asked first so the person hears it at once.
    static func writtenHere(_ note: Note, view: KioskView) -> Bool {
        view.sitting.map { SittingRule.mayChange(note, sitting: $0) } ?? false
    }

    private static func writing(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let item = state.currentItem
        let own = ownNotes(view, state: state)
        if let id = view.confirmWithdraw {
            view.confirmWithdraw = nil
            // Yes is j or y in either language, as on the wall (its question's key table).
            guard ProjectorKeys.confirm.binding(for: key)?.action == .yes else { return [] }
            // It stays among this sitting's notes: the engine checks the withdrawal against them.
            return [.submit(.withdrawNote(note: id))]
        }
        if KioskVoting.isShown(view, state: state) { return voting(key, view: &view, state: state) }
        if key == .tab {
            // Tab: the editor, the voting (when there is one), your own notes, the editor.
            switch view.focus {
            case .editor:
                if tabToVoting(view: &view, state: state) { return [] }
                view.focus = own.isEmpty ? .editor : .ownNotes(own.count - 1)
            case .ownNotes: view.focus = .editor
            }
            return []
        }
        if case .ownNotes(let index) = view.focus {
            let clamped = min(index, max(0, own.count - 1))
            switch key {
            case .up: view.focus = .ownNotes(max(0, clamped - 1))
            case .down: view.focus = .ownNotes(min(own.count - 1, clamped + 1))
            case .enter, .text("e"):
                guard own.indices.contains(clamped) else { return [] }
                // Only the notes of this sitting: "Esc, another name" gives nobody else's.
                guard writtenHere(own[clamped], view: view) else {
                    view.message = SittingRule.notWrittenHere.text(danish: view.language == .danish)
                    return []
                }
                view.editing = own[clamped].id
                view.draft = LineEditor(text: own[clamped].text)
                view.question = own[clamped].question
                view.focus = .editor
            case .delete, .text("d"):
                guard own.indices.contains(clamped) else { return [] }
                guard writtenHere(own[clamped], view: view) else {
                    view.message = SittingRule.notWrittenHere.text(danish: view.language == .danish)
                    return []
                }
                view.confirmWithdraw = own[clamped].id
            case .escape: view.focus = .editor
            default: break
            }
            return []
        }
        switch key {
        case .escape:
            // Esc: clear the draft (or stop editing), then, on an empty draft, change person.
            if view.draft.text.isEmpty && view.editing == nil {
                view.reset()
            } else {
                view.draft.clear()
                view.editing = nil
            }
        case .enter:
            return submit(view: &view, state: state)
        case .up where item.questions.count > 1:
            // Above question 1 is "all questions / general" (nil).
            let previous = (view.question ?? 0) - 1
            view.question = previous >= 1 ? previous : nil
        case .down where item.questions.count > 1:
            view.question = min(item.questions.count, (view.question ?? 0) + 1)
        default:
            view.draft.apply(key, multiline: true)
        }
        return []
    }

    private static func submit(view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let strings = Strings(view.language)
        guard !state.currentItem.questions.isEmpty else {
            view.message = strings.kioskListen
            return []
        }
        // The draft as typed: the engine cleans it, and its refusal (empty, too long) comes back
        // through `receive` with the draft kept.
        let text = view.draft.text
        if let id = view.editing {
            return [.submit(.editNote(note: id, text: text))]
        }
        // Which question a lone question's note answers, anonymity by default, the department and
        // the table are the engine's rules; the kiosk says who is writing, and at which table.
        let author: AuthorChoice = view.identity?.participant.map { .person(id: $0) } ?? .anonymous
        return [.submit(.addNote(NoteRequest(text: text, author: author,
                                             department: view.identity?.participant == nil ? view.identity?.department : nil,
                                             table: KioskTable.noteTable(view, state: state), question: view.question)))]
    }

    /// The engine's answer to what this kiosk submitted.
    public static func receive(_ outcome: CommandOutcome, view: inout KioskView) {
        let strings = Strings(view.language)
        switch outcome {
        case .refused(let message):
            view.message = message
        case .saved(let record):
            if receiveAtStation(record, view: &view) || receiveVote(record, view: &view) { return }
            if record.event.as(NoteAdded.self) != nil {
                view.written.append(SessionState.noteID(sequence: record.sequence))
                view.draft.clear()
                view.message = strings.saved
            } else if record.event.as(NoteEdited.self) != nil {
                view.draft.clear()
                view.editing = nil
                view.message = strings.saved
            }
        }
    }

    /// Called every frame: when the room moves to another item, the question list starts again, the
    /// editor has the focus and a status line of the item before ("Gemt ✓", "Lyt med …") goes;
    /// the draft stays.
    public static func followRoom(view: inout KioskView, state: SessionState) {
        defer {
            view.position = state.position
            // An open voting is offered; a closed one sends the person back to writing.
            followVoting(view: &view, state: state)
        }
        guard let before = view.position, before != state.position else { return }
        view.question = nil
        view.focus = .editor
        view.confirmWithdraw = nil
        view.message = nil
        view.vote = VotingVisit()
    }

    /// Seconds a person with an unsaved draft is asked "Er du her stadig?" before the kiosk is
    /// cleared for the next person.
    public static let stillThereSeconds = 20.0

    /// Time passing without a key. After `limit` seconds the kiosk goes back to the name screen, so
    /// the next person never writes under the last one's name, whether or not they saved anything;
    /// a draft first gets a short countdown ("Er du her stadig?"), which any key stops.
    public static func idle(for seconds: Double, limit: Double, view: inout KioskView) {
        let someoneThere = view.identity != nil || view.stage != .pickName || !view.field.text.isEmpty
            || view.walk.pair != nil || view.walk.station != nil
        guard someoneThere, seconds > limit else { return }
        let left = limit + stillThereSeconds - seconds
        if !view.draft.text.isEmpty || !(view.walk.comment?.text.isEmpty ?? true), left > 0 {
            view.message = Strings(view.language).kioskStillThere(Int(left.rounded(.up)))
            return
        }
        view.reset()
    }
}
