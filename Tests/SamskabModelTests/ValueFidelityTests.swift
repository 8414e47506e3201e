import Testing
@testable import SamskabModel

/// YAML 1.1 would turn `no` into false, `0800` into 800 and `09:00` into 540.
/// Wherever the format expects text, the text stays exactly as written.
struct ValueFidelityTests {
    @Test func oddValuesStayText() throws {
        let yaml = """
            title: no
            subtitle: on
            place: 0800
            start: 09:00
            departments:
              - code: NO
                name: yes
              - code: ON
                name: Off
            roster:
              - name: Y
                department: no
            program:
              - kind: talk
                title: NO
                speaker: true
                minutes: 10
              - kind: discussion
                title: "0800"
                questions:
                  - no
                  - 1.0
                  - ~ja
                minutes: 20

            """
        let outcome = WorkshopParser.parse(text: yaml)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let workshop = try #require(outcome.workshop)
        #expect(workshop.title == "no")
        #expect(workshop.subtitle == "on")
        #expect(workshop.place == "0800")
        #expect(workshop.start == ClockTime(hour: 9, minute: 0))
        #expect(workshop.departments == [Department(code: "NO", name: "yes"), Department(code: "ON", name: "Off")])
        #expect(workshop.roster == [Person(name: "Y", department: "NO")])
        #expect(workshop.program[0].title == "NO")
        guard case .talk(let talk) = workshop.program[0].content else { Issue.record("not a talk"); return }
        #expect(talk.speaker == "true")
        #expect(workshop.program[1].title == "0800")
        #expect(workshop.program[1].questions == ["no", "1.0", "~ja"])
    }

    @Test func danishKindNamesAndFlagsAreUnderstood() throws {
        let yaml = """
            title: Dag
            program:
              - kind: Oplæg
                title: Velkomst
                minutes: 10
              - kind: pause
                minutes: 10
              - kind: drøftelse
                title: D
                prompt: P
                anonymous: ja
                minutes: 10
              - kind: fernisering
                title: F
                question: Q
                minutes: 10
              - kind: opsamling
                title: O
                prompts: [Det vigtigste er…]
                anonymous: nej
                minutes: 10

            """
        let workshop = try #require(WorkshopParser.parse(text: yaml).workshop)
        #expect(workshop.program.map(\.kind) == [.talk, .pause, .discussion, .gallery, .harvest])
        #expect(workshop.program[1].title == "Pause")
        guard case .discussion(let discussion) = workshop.program[2].content,
              case .gallery(let gallery) = workshop.program[3].content else { Issue.record("wrong kinds"); return }
        #expect(discussion.anonymousByDefault)
        #expect(discussion.isOpenPrompt)
        #expect(gallery.visitsItem == 2, "a gallery without 'visits' visits the nearest discussion before it")
        #expect(gallery.stationMinutes == Gallery.defaultStationMinutes)
    }

    @Test func legalButLikelySlipsAreWarnings() throws {
        let yaml = """
            title: Dag
            start: "22:00"
            departments:
              - code: MBU
                name: Børn og Unge
            roster:
              - name: Åse
                department: mbu
              - name: åse
                department: MBU
            program:
              - kind: discussion
                title: D
                grouping: room
                group_size: 4
                prompt: P
                minutes: 120
              - kind: gallery
                title: F
                question: Q
                minutes: 30

            """
        let outcome = WorkshopParser.parse(text: yaml, file: "w.yaml")
        #expect(outcome.diagnostics.map(\.description) == [
            "w.yaml:9:11: warning: åse is listed twice in the roster (also on line 7)",
            "w.yaml:11:1: warning: the program starts at 22:00 and lasts 2 h 30 min, so it runs past midnight",
            "w.yaml:15:5: warning: 'group_size' in program item 1 (discussion) is not used with grouping 'room'; the whole room is one group",
            "w.yaml:18:5: warning: program item 2 (gallery) visits program item 1, which the whole room discussed as one group, so there is only one board to visit",
        ])
        let workshop = try #require(outcome.workshop, "warnings do not stop a workshop from loading")
        #expect(workshop.roster.map(\.department) == ["MBU", "MBU"], "codes are written as the departments list spells them")
    }
}
