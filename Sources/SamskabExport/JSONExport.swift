import Foundation
import SamskabModel
import SamskabSession

/// The day's summary as JSON: the data contract other tools rely on (product brief,
/// "JSON essentials"). Keys are only ever added, never renamed. Same state, same bytes.
public enum JSONExport {
    public static func render(_ summary: DaySummary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Texts, whole numbers, booleans and nulls only, so encoding cannot fail; should it ever,
        // the file says so rather than the program trapping.
        let data = (try? encoder.encode(Summary(summary))) ?? (try? encoder.encode(EncodingFailure())) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// What the file says in place of the summary, should it ever fail to encode.
    struct EncodingFailure: Encodable {
        var error = "the summary could not be encoded as JSON"
    }

    struct Summary: Encodable {
        var workshop: WorkshopInfo
        var participants: [PersonInfo]
        var items: [ItemInfo]
        /// The key points, most votes first where they were voted on (ties in the order marked).
        var key_points: [String]
        /// Which note each key point comes from, the near-duplicates merged into it, and its votes.
        var key_point_notes: [KeyPointInfo]
        var actions: [Action]
        /// Every item's clusters, item by item, oldest first.
        var clusters: [ClusterInfo]

        init(_ summary: DaySummary) {
            let state = summary.state
            let workshop = state.workshop
            self.workshop = WorkshopInfo(title: workshop.title, subtitle: workshop.subtitle,
                                         date: workshop.date?.description, place: workshop.place,
                                         language: workshop.language.rawValue)
            participants = state.participants.values.map { PersonInfo(id: $0.id, name: $0.name, department: $0.department, present: !$0.absent) }
            items = workshop.program.indices.map { index in
                let item = workshop.program[index]
                return ItemInfo(
                    index: index + 1, kind: item.kind.rawValue, title: item.title, minutes: item.minutes,
                    questions: item.questions,
                    groups: state.tablePlans[index].map { TablePlanJSON.members(of: $0, state: state) } ?? [],
                    notes: state.visibleNotes(item: index).map { NoteInfo($0, summary: summary) },
                    pairs: WalkJSON.pairs(summary.items[index].walk, state: state),
                    rounds: WalkJSON.rounds(summary.items[index].walk),
                    board_comments: WalkJSON.boardComments(item: index, summary: summary),
                    voting: summary.items[index].voting.map(VotingInfo.init))
            }
            key_points = summary.keyPoints.map(\.text)
            key_point_notes = summary.keyPoints.map {
                KeyPointInfo(note: $0.note.id, text: $0.text, merged: $0.merged.map(\.id), votes: $0.votes ?? 0)
            }
            clusters = summary.items.flatMap { item in
                item.clusters.map { ClusterInfo(id: $0.cluster.id, item: item.index, name: $0.cluster.name,
                                                notes: $0.notes.map(\.id), votes: $0.votes) }
            }
            actions = summary.nextSteps.map { Action(text: $0.text, owner: $0.owner, due: $0.due?.description) }
        }
    }

    struct WorkshopInfo: Encodable {
        var title: String
        var subtitle: String?
        var date: String?
        var place: String?
        var language: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(title, forKey: .title)
            try container.encode(subtitle, forKey: .subtitle)
            try container.encode(date, forKey: .date)
            try container.encode(place, forKey: .place)
            try container.encode(language, forKey: .language)
        }

        enum Keys: String, CodingKey { case title, subtitle, date, place, language }
    }

    /// `{"id", "name", "department"}`: a participant, on the roster, at a table or in a pair.
    struct PersonInfo: Encodable {
        var id: String
        var name: String
        var department: String?
        /// Only in the day's list of participants: marked absent or not.
        var present: Bool?

        init(id: String, name: String, department: String?, present: Bool? = nil) {
            self.id = id
            self.name = name
            self.department = department
            self.present = present
        }

        /// The person with this id as they are now (the id itself where nobody has it).
        init(participant id: String, state: SessionState) {
            self.init(id: id, name: state.participants[id]?.name ?? id, department: state.participants[id]?.department)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(department, forKey: .department)
            try container.encodeIfPresent(present, forKey: .present)
        }

        enum Keys: String, CodingKey { case id, name, department, present }
    }

    struct ItemInfo: Encodable {
        var index: Int
        var kind: String
        var title: String
        var minutes: Int
        var questions: [String]
        /// The item's tables in number order with who sat at them (`groups --json`'s shape); empty without a plan.
        var groups: [TablePlanJSON.TableInfo]
        var notes: [NoteInfo]
        /// A gallery walk's pairs and trios (`pairs --json`'s shape); empty for other items.
        var pairs: [[PersonInfo]]
        /// `rounds[round][pair]`: each pair's station (a table's name, or null for the reflection).
        var rounds: [[WalkJSON.Stop]]
        /// A discussion's comments on whole table boards from the gallery walk.
        var board_comments: [WalkJSON.BoardCommentInfo]
        /// The item's dot voting, or null.
        var voting: VotingInfo?

        // Absent values are written as null, so every item has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(index, forKey: .index)
            try container.encode(kind, forKey: .kind)
            try container.encode(title, forKey: .title)
            try container.encode(minutes, forKey: .minutes)
            try container.encode(questions, forKey: .questions)
            try container.encode(groups, forKey: .groups)
            try container.encode(notes, forKey: .notes)
            try container.encode(pairs, forKey: .pairs)
            try container.encode(rounds, forKey: .rounds)
            try container.encode(board_comments, forKey: .board_comments)
            try container.encode(voting, forKey: .voting)
        }

        enum Keys: String, CodingKey {
            case index, kind, title, minutes, questions, groups, notes, pairs, rounds, board_comments, voting
        }
    }

    /// `{"on": "notes"|"key_points", "dots", "max_per_note", "open", "revealed", "dots_placed", "voters"}`.
    struct VotingInfo: Encodable {
        var on: String
        var dots: Int
        var max_per_note: Int?
        var open: Bool
        var revealed: Bool
        /// Dots on what is still there (a withdrawn note's are given back).
        var dots_placed: Int
        /// Participants who placed them.
        var voters: Int

        init(_ summary: DaySummary.VotingSummary) {
            on = summary.voting.target.rawValue
            dots = summary.voting.dots
            max_per_note = summary.voting.maxPerNote
            open = summary.voting.isOpen
            revealed = summary.voting.revealed
            dots_placed = summary.dotsPlaced
            voters = summary.voters
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(on, forKey: .on)
            try container.encode(dots, forKey: .dots)
            try container.encode(max_per_note, forKey: .max_per_note)
            try container.encode(open, forKey: .open)
            try container.encode(revealed, forKey: .revealed)
            try container.encode(dots_placed, forKey: .dots_placed)
            try container.encode(voters, forKey: .voters)
        }

        enum Keys: String, CodingKey { case on, dots, max_per_note, open, revealed, dots_placed, voters }
    }

    /// `{"id", "item", "name", "notes": [note ids], "votes"}`: notes put together, voted on as one.
    struct ClusterInfo: Encodable {
        var id: String
        /// 1-based, as `items[].index`.
        var item: Int
        var name: String
        var notes: [String]
        var votes: Int
    }

    struct KeyPointInfo: Encodable {
        var note: String
        var text: String
        var merged: [String]
        /// Its dots where the day's key points were voted on; 0 without such a voting.
        var votes: Int
    }

    struct NoteInfo: Encodable {
        var id: String
        var text: String
        var author: String?
        var author_id: String?
        var department: String?
        var group: String?
        var question: Int?
        var key_point: Bool
        /// The dots where its board was voted on: its cluster's for a note in one (count them once per cluster).
        var votes: Int
        /// The id of the cluster it is in, or null.
        var cluster: String?
        /// The pairs of the gallery walk that gave it a +1.
        var plus_ones: Int
        /// The gallery walk's comments on it, oldest first.
        var comments: [WalkJSON.CommentInfo]
        var time: String
        var edited: Bool

        init(_ note: Note, summary: DaySummary) {
            let state = summary.state
            id = note.id
            text = note.text
            author = summary.author(of: note)
            author_id = note.authorID
            department = note.department
            group = state.groupName(of: note)
            question = note.question
            key_point = state.keyPoints[note.id] != nil
            votes = summary.votes(of: note)
            cluster = state.cluster(of: note.id)?.id
            plus_ones = summary.plusOnes(of: note)
            comments = summary.feedback.comments(on: note.id).map { WalkJSON.CommentInfo($0, state: state) }
            time = note.time.description
            edited = note.editedAt != nil
        }

        // Absent values are written as null, so every note has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(author, forKey: .author)
            try container.encode(author_id, forKey: .author_id)
            try container.encode(department, forKey: .department)
            try container.encode(group, forKey: .group)
            try container.encode(question, forKey: .question)
            try container.encode(key_point, forKey: .key_point)
            try container.encode(votes, forKey: .votes)
            try container.encode(cluster, forKey: .cluster)
            try container.encode(plus_ones, forKey: .plus_ones)
            try container.encode(comments, forKey: .comments)
            try container.encode(time, forKey: .time)
            try container.encode(edited, forKey: .edited)
        }

        enum Keys: String, CodingKey {
            case id, text, author, author_id, department, group, question, key_point, votes, cluster, plus_ones, comments, time, edited
        }
    }

    struct Action: Encodable {
        var text: String
        var owner: String?
        var due: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .text)
            try container.encode(owner, forKey: .owner)
            try container.encode(due, forKey: .due)
        }

        enum Keys: String, CodingKey { case text, owner, due }
    }
}
