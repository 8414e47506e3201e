import SamskabModel
import SamskabSession

/// A new person at the kiosk gives a name and a department; the engine decides who that is
/// (`Command.join`, under the journal's lock) and the kiosk only shows its answer.
extension KioskController {
    /// The engine's answer to `.join`: someone added to the list, someone on it marked present,
    /// or someone on it and already present (the engine's "already so" refusal; its own lookup
    /// finds them in the state just read under the lock, as `join --name` does). Any other
    /// refusal is said in the room's words, back at the name with what was typed.
    static func receiveJoin(_ outcome: CommandOutcome, asked: KioskView.JoinAsked, view: inout KioskView, state: SessionState) {
        view.joinAsked = nil
        switch outcome {
        case .saved(let record):
            let id = record.event.as(ParticipantPresent.self)?.participant ?? SessionState.participantID(sequence: record.sequence)
            guard let person = state.participants[id] else { return }
            sitDown(person, view: &view, state: state)
            if record.event.as(ParticipantPresent.self) != nil { view.message = Strings(view.language).kioskMarkedPresent(person.name) }
        case .refused(let message):
            if let person = try? Engine.person(joining: asked.name, department: asked.department, in: state), !person.absent {
                sitDown(person, view: &view, state: state)
                return
            }
            view.stage = .newName
            view.field = LineEditor(text: asked.name)
            view.message = KioskPlainWords.withoutIDs(message, state: state)
        }
    }

    private static func sitDown(_ person: Participant, view: inout KioskView, state: SessionState) {
        start(as: KioskView.Identity(participant: person.id, name: person.name, department: person.department), view: &view, state: state)
    }
}
