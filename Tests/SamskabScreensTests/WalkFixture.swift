import Foundation
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The seed's day with its 40 people in six departments: the gruppedrøftelse (item 9) seated by
/// the engine, then the fernisering (item 10) with its pairs, all through the engine at one minute
/// apart from 09:00 — so the walk's clock starts at 09:02 (a round is 5 minutes).
enum WalkFixture {
    static let discussion = 8
    static let gallery = 9

    /// The walk planned (by the engine as the program arrives at it) and its clock running from 09:02.
    static func walking() -> SessionState {
        TableFixture.state([.movePhase(.item(discussion)), .movePhase(.item(gallery))],
                           from: SessionState(workshop: ScreenFixture.workshop))
    }

    /// `minutes` into the walk (the clock started at 09:02).
    static func at(_ minutes: Double) -> Timestamp { ScreenFixture.at(2 + minutes) }

    /// The wall showing the walk at a moment.
    static func frame(_ state: SessionState, minutes: Double, view: ((inout ProjectorView) -> Void)? = nil) -> ProjectorFrame {
        var projectorView = ProjectorView(language: .danish)
        projectorView.showPlan = true
        view?(&projectorView)
        return ProjectorFrame(state: state, view: projectorView, now: at(minutes), utcOffsetSeconds: ScreenFixture.offset)
    }

    /// The walk with boards to visit: notes written at tables 1 and 2 of the discussion (one a key
    /// point), and at table 1 a +1 and comments from pairs already.
    static func withBoards() -> SessionState {
        var state = TableFixture.state([.movePhase(.item(discussion))], from: SessionState(workshop: ScreenFixture.workshop))
        let plan = state.tablePlans[discussion]
        let notes: [(Int, String, Int)] = [
            (1, "Tillid frem for kontrol", 1), (1, "Borgeren i midten — også når det er svært", 2),
            (1, "Æblegrød på Ærø 🍎 — samskabelse", 2), (2, "Mod til at give slip på egne budgetter", 1),
        ]
        for (table, text, question) in notes {
            let author = plan?.table(number: table)?.members.first ?? "?"
            state = TableFixture.apply(.addNote(NoteRequest(text: text, author: .person(id: author), question: question)),
                                       by: .participant(id: author), to: state)
        }
        state = TableFixture.state([.toggleKeyPoint(note: firstNote(state, table: 1)), .movePhase(.item(gallery))], from: state)
        let walker = state.pairPlans[gallery]?.groups[4].first ?? "?"
        let note = firstNote(state, table: 1)
        return TableFixture.state([
            .plusOne(note: note, participant: walker),
            .addComment(target: .note(note), text: "Det gælder også hos os", author: .person(id: walker)),
            .addComment(target: .board(item: discussion, table: 1), text: "Hele bordet peger på tillid", author: .anonymous),
        ], by: .participant(id: walker), from: state)
    }

    static func firstNote(_ state: SessionState, table: Int) -> String {
        state.visibleNotes(item: discussion).filter { $0.group == String(table) }.min { $0.sequence < $1.sequence }?.id ?? "?"
    }
}
