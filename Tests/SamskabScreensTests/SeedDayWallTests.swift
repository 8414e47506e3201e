import Foundation
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabScreens

/// Every item of the seed's day on the wall at the three sizes, empty and with 60 notes (golden
/// snapshots of each, in `Snapshots/seed-item-*`): when
/// empty, every word of its title, intro and questions is on the wall (nothing cut off); with 60
/// notes, the board says how many there are and keeps the title and the footer's way out.
struct SeedDayWallTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static func frame(_ state: SessionState, at minutes: Double) -> ProjectorFrame {
        ProjectorFrame(state: state, view: ProjectorView(language: .danish), now: ScreenFixture.at(minutes),
                       utcOffsetSeconds: ScreenFixture.offset)
    }

    /// The words a reader must be able to find, without punctuation around them.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { word in
            String(word.trimmingCharacters(in: .punctuationCharacters.union(.symbols)))
        }.filter { $0.count > 1 }
    }

    @Test(arguments: Array(ScreenFixture.workshop.program.indices))
    func anEmptyItemShowsEveryWordOfItsQuestions(_ index: Int) throws {
        var script = ScreenFixture.Script()
        if index > 0 { script.move(to: index, at: 1) }
        let state = script.state()
        let item = ScreenFixture.workshop.program[index]
        var wanted = item.questions.flatMap(Self.words)
        if case .discussion(let discussion) = item.content, let intro = discussion.intro { wanted += Self.words(intro) }
        // The big sizes show the intro and the questions in full; 80×24 every question.
        for (width, height) in Self.sizes {
            let lines = ProjectorScreen.render(Self.frame(state, at: 2), width: width, height: height).lines
            try Snapshot.check(lines, named: "seed-item-\(index + 1)-empty-\(width)x\(height)")
            let text = lines.joined(separator: " ")
            let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            let required = width >= 120 ? wanted : item.questions.flatMap(Self.words)
            let missing = required.filter { !flat.contains($0) }
            #expect(missing.isEmpty, "item \(index + 1) at \(width)×\(height) hides \(missing.prefix(8))")
            #expect(flat.contains("hjælp") && flat.contains("afslut"), "the footer's ? and q at \(width)×\(height)")
        }
    }

    @Test(arguments: ScreenFixture.workshop.program.indices.filter { !ScreenFixture.workshop.program[$0].questions.isEmpty })
    func sixtyNotesFillTheBoardAndSayHowMany(_ index: Int) throws {
        var script = ScreenFixture.Script()
        script.move(to: index, at: 1)
        let questions = ScreenFixture.workshop.program[index].questions.count
        for note in 0..<60 {
            script.add(.noteAdded(NoteDraft(text: "Note \(note + 1): tillid og samskabelse på tværs 🍎", author: note % 3 == 0 ? nil : "Åse Østergaard",
                                            item: index, question: note % questions + 1)),
                       at: 2 + Double(note) / 100, by: .participant)
        }
        let state = script.state()
        for (width, height) in Self.sizes {
            let lines = ProjectorScreen.render(Self.frame(state, at: 3), width: width, height: height).lines
            try Snapshot.check(lines, named: "seed-item-\(index + 1)-60-notes-\(width)x\(height)")
            let text = lines.joined(separator: "\n")
            #expect(text.contains("60 noter"), "the count at \(width)×\(height)")
            #expect(text.contains("Note 60"), "the newest note is on the first page at \(width)×\(height)")
            #expect(lines.first?.contains("Punkt \(index + 1) af 14") == true)
            #expect(text.contains("hjælp") && text.contains("afslut"))
        }
    }
}
