import Foundation
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// A forum of 40 in six departments of uneven size (BA 3, MBU 12, MKB 5, MSB 8, MSO 9, MTM 3),
/// a mixed discussion with tables of 6, a discussion by department and one of the whole room; long names, æøå and
/// hyphens among them. States are made through the engine, as the journal would.
enum TableFixture {
    static let people: [(String, String)] = [
        ("Anne Vest", "BA"), ("Jens Peter Bøgh-Andersen", "BA"), ("Mette Frost", "BA"),
        ("Helle Bach Lauridsen", "MBU"), ("Åse Østergaard", "MBU"), ("Søren Ærbø", "MBU"),
        ("Karen Margrethe Skovgaard", "MBU"), ("Lars Holm", "MBU"), ("Birgitte Dam", "MBU"), ("Ole Kjær", "MBU"),
        ("Pia Møller", "MBU"), ("Thomas Riis", "MBU"), ("Ida Fogh", "MBU"), ("Anders Lund", "MBU"),
        ("Camilla Ørsted", "MBU"),
        ("Kirsten Ødum", "MKB"), ("Bo Nielsen", "MKB"), ("Hanne Aagaard", "MKB"), ("Morten Sand", "MKB"),
        ("Louise Krog", "MKB"),
        ("Brian Kjærulff", "MSB"), ("Nanna Vad", "MSB"), ("Peter Skov", "MSB"), ("Rikke Bang", "MSB"),
        ("Jakob Tang", "MSB"), ("Sofie Lind", "MSB"), ("Henrik Gram", "MSB"), ("Tove Ærenlund", "MSB"),
        ("Lene Søgaard", "MSO"), ("Øjvind Ågesen", "MSO"), ("Mads Winther", "MSO"), ("Dorthe Kragh", "MSO"),
        ("Finn Bak", "MSO"), ("Gitte Hvid", "MSO"), ("Kasper Due", "MSO"), ("Line Borup", "MSO"),
        ("Vibeke Schmidt-Hansen", "MSO"),
        ("Niels Ebbesen", "MTM"), ("Marianne Juul Østergaard-Kristensen", "MTM"), ("Erik Bundgaard", "MTM"),
    ]

    static let yaml: String = {
        let roster = people.map { "  - name: \($0.0)\n    department: \($0.1)\n" }.joined()
        return """
            title: "Strategisk Ledelsesforum: Fælles om ledelse"
            date: 2019-08-30
            language: da
            start: "09:00"
            departments:
              - code: BA
                name: Borgmesterens Afdeling
              - code: MBU
                name: Børn og Unge
              - code: MKB
                name: Kultur og Borgerservice
              - code: MSB
                name: Sociale Forhold og Beskæftigelse
              - code: MSO
                name: Sundhed og Omsorg
              - code: MTM
                name: Teknik og Miljø
            roster:

            """ + roster + """
            program:
              - kind: talk
                title: Velkomst
                minutes: 10
              - kind: discussion
                title: "Gruppedrøftelse: Grænsekrydsende samarbejde og ledelse"
                grouping: mixed
                group_size: 6
                questions:
                  - Hvor krydser vi grænser i dag?
                  - Hvad har vi brug for?
                minutes: 40
              - kind: discussion
                title: Drøftelse i magistratsafdelingen
                grouping: department
                questions:
                  - De næste skridt
                minutes: 30
              - kind: discussion
                title: Fælles refleksion
                grouping: room
                questions:
                  - Hvad tager vi med?
                minutes: 10
              - kind: harvest
                title: Opsamling
                prompts: ["Det, der har gjort størst indtryk på mig, er…"]
                minutes: 20

            """
    }()

    static let workshop: Workshop = {
        let outcome = WorkshopParser.parse(bytes: Array(yaml.utf8), file: "forum.yaml") { _ in .unreadable(reason: "none") }
        guard let workshop = outcome.workshop else { fatalError("the fixture's definition: \(outcome.diagnostics)") }
        return workshop
    }()

    /// The state after each command in turn, decided by the engine (as the facilitator unless said)
    /// at one minute apart from 09:00.
    static func state(_ commands: [Command], by requester: Requester = .facilitator, from start: SessionState? = nil) -> SessionState {
        var state = start ?? SessionState(workshop: workshop)
        for command in commands {
            state = apply(command, by: requester, to: state)
        }
        return state
    }

    static func apply(_ command: Command, by requester: Requester = .facilitator, to state: SessionState) -> SessionState {
        var state = state
        do {
            let (actor, event) = try Engine.decide(command, by: requester, in: state, random: 0x5A4D_5CAB)
            let sequence = state.lastSequence + 1
            try state.apply(EventRecord(sequence: sequence, id: "e\(sequence)", time: ScreenFixture.at(Double(sequence)),
                                        writer: "test", actor: actor, event: event))
        } catch {
            fatalError("the fixture's command \(command): \(error)")
        }
        return state
    }

    /// The mixed discussion open, with its plan (made by the engine as the item opens).
    static func planned() -> SessionState { state([.movePhase(.next)]) }

    static func id(_ name: String, in state: SessionState) -> String {
        state.participants(named: name).first?.id ?? "?"
    }
}
