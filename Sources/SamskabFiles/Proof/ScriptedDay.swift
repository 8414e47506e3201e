import SamskabModel
import SamskabSession

/// A day like the seed's (Strategisk Ledelsesforum, 30 August 2019), as 41 commands through the
/// engine and a session folder: the fault sweep and the crash states run it on a file system in
/// memory. Some commands are refused by the engine on purpose (a note on a break).
enum ScriptedDay {
    static let definitionPath = "/dag/Workshops/ledelse-2019-08-30.yaml"
    static let sessionPath = "/dag/Sessions/ledelse-2019-08-30"
    static let today = CalendarDate(year: 2019, month: 8, day: 30)!

    static let definition = """
        title: "Fælles om ledelse: Ledelse af samskabelse"
        subtitle: Strategisk Ledelsesforum
        date: 2019-08-30
        language: da
        start: "09:00"
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
          - code: MKB
            name: Kultur og Borgerservice
          - code: MTM
            name: Teknik og Miljø
        roster: deltagere.csv
        program:
          - kind: talk
            title: Velkomst
            speaker: Direktørgruppen
            minutes: 15
          - kind: discussion
            title: "Gruppedrøftelse: Ledelse af samskabelse"
            grouping: mixed
            group_size: 4
            questions:
              - Hvordan gør jeg en positiv forskel for mere og bedre samskabelse?
              - Hvor gør vi det allerede?
            minutes: 45
          - kind: break
            title: Frokostpause
            minutes: 30
          - kind: harvest
            title: Opsamling på dagens drøftelser
            prompts:
              - Det, der har gjort størst indtryk på mig, er…
              - Nogle af de vigtige hovedpointer, vi skal tage med videre, er…
            dots: 3
            minutes: 25

        """

    static let roster = """
        navn;afdeling
        Helle Bach Lauridsen;MBU
        Lene Søgaard;MSO
        Brian Kjærulff;MKB
        Åse Østergaard;MTM
        Jens Møller;MBU
        Mette Frederiksen;MSO
        Søren Ærø;MKB
        Ida Holm;MTM

        """

    /// The files the day starts from: the definition and its roster (durable).
    static var files: [String: [UInt8]] {
        [definitionPath: Array(definition.utf8), "/dag/Workshops/deltagere.csv": Array(roster.utf8)]
    }

    static let notes = [
        "Tillid frem for kontrol", "Æblegrød på Ærø 🍎 — samskabelse", "Borgeren som medskaber, ikke kunde",
        "Vi skal turde slippe styringen", "Fælles mål på tværs af magistratsafdelingerne", "Lokale forsøg med frie rammer",
        "Lederen som vært, ikke ekspert", "Mere tid til dialog med civilsamfundet", "Del de gode eksempler",
    ]

    /// The day's commands, in order, with who gives them.
    static let commands: [(Command, Requester)] = {
        var day: [(Command, Requester)] = [
            (.addParticipant(name: "Karen Blixen", department: "MKB"), .facilitator),
            (.movePhase(.next), .facilitator),
            (.pauseTimer, .facilitator),
            (.startTimer, .facilitator),
        ]
        for (index, text) in notes.enumerated() {
            day.append((.addNote(NoteRequest(text: text, author: index % 3 == 0 ? .anonymous : .signed(name: "Lene Søgaard"),
                                             question: index % 2 + 1)), .participant(id: nil)))
        }
        day += [
            (.extendTimer(minutes: 5), .facilitator),
            (.markKeyPoint(note: "n5", text: nil, merged: []), .facilitator),
            (.editNote(note: "n6", text: "Æblegrød på Ærø 🍎 — samskabelse, rettet"), .facilitator),
            (.undo, .facilitator),
            (.redo, .facilitator),
            (.withdrawNote(note: "n7"), .facilitator),
            (.markAbsent(participant: "r8"), .facilitator),
            (.movePhase(.next), .facilitator),
            (.addNote(NoteRequest(text: "En note i pausen")), .participant(id: nil)),
            (.movePhase(.next), .facilitator),
        ]
        for (index, text) in notes.prefix(6).enumerated() {
            day.append((.addNote(NoteRequest(text: text + " (opsamling)", author: .anonymous, question: index % 2 + 1)),
                        .participant(id: nil)))
        }
        day += [
            (.openVoting(item: nil, on: .notes, dots: 3, maxPerNote: nil), .facilitator),
            (.vote(note: "n23", voter: "r1", item: nil, adding: true), .participant(id: "r1")),
            (.vote(note: "n24", voter: "r2", item: nil, adding: true), .participant(id: "r2")),
            (.vote(note: "n23", voter: "r3", item: nil, adding: true), .participant(id: "r3")),
            (.closeVoting(item: nil), .facilitator),
            (.revealVoting(item: nil), .facilitator),
            (.markKeyPoint(note: "n23", text: "Tillid frem for kontrol", merged: []), .facilitator),
            (.addAction(text: "Møder i magistratsafdelingerne før 21. november", owner: "Helle Bach Lauridsen",
                        due: CalendarDate(year: 2019, month: 11, day: 21)), .facilitator),
            (.addAction(text: "Ledelsestræning i efteråret", owner: nil, due: nil), .facilitator),
            (.pauseTimer, .facilitator),
            (.movePhase(.previous), .facilitator),
            (.movePhase(.next), .facilitator),
        ]
        return day
    }()

    /// What a day did: when the session was made and which events were acknowledged, each with
    /// the length of the file system's log when it was (a crash after that must keep it).
    struct Outcome {
        var sessionMade: Int?
        var acknowledged: [(logLength: Int, id: String)] = []
        var refused: [StorageError] = []
        var folder: SessionFolder?
    }

    /// Runs the day on `files`; `logLength` tells how far the recording file system's log is.
    static func run(on files: any FileSystem, logLength: () -> Int) -> Outcome {
        var outcome = Outcome()
        let folder: SessionFolder
        do {
            folder = try SessionFolder.start(definition: definitionPath, at: sessionPath, today: today, files: files).folder
        } catch {
            outcome.refused.append(error)
            return outcome
        }
        outcome.sessionMade = logLength()
        outcome.folder = folder
        for (command, requester) in commands {
            do {
                let record = try folder.submit(command, by: requester, writer: "samskab proof")
                outcome.acknowledged.append((logLength(), record.id))
            } catch {
                outcome.refused.append(error)
            }
        }
        return outcome
    }
}
