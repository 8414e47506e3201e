import Yams

/// `program:` — the ordered items of the day, each checked by its kind.
enum ProgramParser {
    static let commonKeys = ["kind", "id", "title", "minutes"]
    static let keysByKind: [ItemKind: [String]] = [
        .talk: commonKeys + ["speaker", "notes"],
        .pause: commonKeys + ["notes"],
        .discussion: commonKeys + ["intro", "grouping", "group_size", "questions", "prompt", "anonymous"],
        .gallery: commonKeys + ["intro", "visits", "station_minutes", "question"],
        .harvest: commonKeys + ["intro", "prompts", "dots", "max_per_note", "anonymous"],
    ]
    /// Danish names a facilitator may write for a kind.
    static let kindAliases: [String: ItemKind] = [
        "oplæg": .talk, "pause": .pause, "frokost": .pause, "drøftelse": .discussion,
        "gruppedrøftelse": .discussion, "fernisering": .gallery, "opsamling": .harvest,
    ]
    /// Longest item accepted; longer is almost certainly a slip (e.g. 0800 for 08:00).
    static let maximumMinutes = 480

    /// An item as read, before cross-item rules (gallery references) are resolved.
    private struct Draft {
        var number: Int
        var position: SourcePosition
        var id: String?
        var title: String?
        var minutes: Int?
        var content: ProgramItem.Content?
        /// For a gallery: the id it names and where, or nil for "the nearest earlier discussion".
        var visits: (id: String, position: SourcePosition)?
    }

    static func parse(_ workshop: Fields, departments: [Department], language: Language,
                      reader: inout FieldReader) -> [ProgramItem]? {
        guard let node = workshop["program"] else {
            reader.log.error("the workshop has no 'program'; add 'program:' with a list of items, each starting with "
                             + "'- kind:'", at: workshop.position)
            return nil
        }
        guard case .sequence(let entries) = node, !entries.isEmpty else {
            reader.log.error("'program' must be a list of items, each starting with '- kind:' (talk, break, "
                             + "discussion, gallery or harvest)", at: node.position)
            return nil
        }
        var drafts: [Draft] = []
        for (index, entry) in entries.enumerated() {
            drafts.append(parseItem(entry, number: index + 1, departments: departments, language: language, reader: &reader))
        }
        checkUniqueIDs(drafts, reader: &reader)
        resolveGalleries(&drafts, reader: &reader)

        var items: [ProgramItem] = []
        for draft in drafts {
            guard let title = draft.title, let minutes = draft.minutes, let content = draft.content else { return nil }
            items.append(ProgramItem(id: draft.id, title: title, minutes: minutes, content: content))
        }
        return items
    }

    private static func parseItem(_ node: Node, number: Int, departments: [Department], language: Language,
                                  reader: inout FieldReader) -> Draft {
        var draft = Draft(number: number, position: node.position)
        guard let anonymousFields = Fields(node, owner: "program item \(number)") else {
            reader.log.error("program item \(number) must be a block of keys starting with 'kind:', "
                             + "not \(node.shapeDescription)", at: node.position)
            return draft
        }
        guard let kind = kind(of: anonymousFields, reader: &reader) else { return draft }
        let fields = Fields(node, owner: "program item \(number) (\(kind.rawValue))")!
        reader.rejectUnknownKeys(fields, allowed: keysByKind[kind]!, kindName: "a \(kind.rawValue) item")

        draft.id = itemID(fields, reader: &reader)
        if kind == .pause {
            draft.title = reader.text(fields, "title") ?? (language == .danish ? "Pause" : "Break")
        } else {
            draft.title = reader.text(fields, "title", required: true, example: "Velkomst")
        }
        draft.minutes = reader.wholeNumber(fields, "minutes", range: 1...maximumMinutes, unit: "minutes",
                                           required: true, example: "20")
        switch kind {
        case .talk:
            draft.content = .talk(Talk(speaker: reader.text(fields, "speaker"), notes: reader.text(fields, "notes")))
        case .pause:
            draft.content = .pause(Pause(notes: reader.text(fields, "notes")))
        case .discussion:
            draft.content = discussion(fields, departments: departments, reader: &reader).map(ProgramItem.Content.discussion)
        case .gallery:
            let stationMinutes = reader.wholeNumber(fields, "station_minutes", range: 1...120, unit: "minutes", example: "5")
            if let stationMinutes, let minutes = draft.minutes, stationMinutes > minutes {
                reader.log.error("'station_minutes' (\(stationMinutes)) in \(fields.owner) is longer than the whole "
                                 + "item (\(minutes) minutes)", at: fields["station_minutes"]!.position)
            }
            let question = reader.text(fields, "question", required: true, example: "Hvad betyder det, I har set?")
            if let visits = reader.text(fields, "visits") {
                draft.visits = (visits, fields["visits"]!.position)
            }
            if let question {
                // visitsItem is filled in by resolveGalleries once every item is known.
                draft.content = .gallery(Gallery(intro: reader.text(fields, "intro"), visitsItem: -1,
                                                 stationMinutes: stationMinutes ?? Gallery.defaultStationMinutes,
                                                 question: question))
            }
        case .harvest:
            let prompts = reader.textList(fields, "prompts", itemName: "sentence starter", required: true,
                                          example: "Det, der har gjort størst indtryk på mig, er…")
            let dots = reader.wholeNumber(fields, "dots", range: 0...20, unit: "dots", example: "3")
            let cap = reader.wholeNumber(fields, "max_per_note", range: 1...20, unit: "dots", example: "2")
            let anonymous = reader.flag(fields, "anonymous")
            if let cap, let node = fields["max_per_note"], cap > (dots ?? Harvest.defaultDots) {
                reader.log.error("'max_per_note' (\(cap)) in \(fields.owner) is more than the \(dots ?? Harvest.defaultDots) dots "
                                 + "each participant has; give at most that", at: node.position)
            }
            if let prompts {
                draft.content = .harvest(Harvest(intro: reader.text(fields, "intro"), prompts: prompts,
                                                 dotsPerParticipant: dots ?? Harvest.defaultDots,
                                                 maxPerNote: cap, anonymousByDefault: anonymous ?? false))
            }
        }
        return draft
    }

    private static func kind(of fields: Fields, reader: inout FieldReader) -> ItemKind? {
        let names = ItemKind.allCases.map(\.rawValue)
        guard let node = fields["kind"] else {
            reader.log.error("\(fields.owner) has no 'kind'; start it with '- kind:' and one of: "
                             + names.joined(separator: ", "), at: fields.position)
            return nil
        }
        guard let raw = reader.text(node, named: "'kind'", in: fields.owner, required: true) else { return nil }
        if let kind = ItemKind(rawValue: raw.lowercased()) ?? kindAliases[raw.lowercased()] { return kind }
        reader.log.error("\(fields.owner) has an unknown kind '\(raw)'"
                         + Suggestion.hint(for: raw, among: names, listLabel: "it must be one of"), at: node.position)
        return nil
    }

    private static func itemID(_ fields: Fields, reader: inout FieldReader) -> String? {
        guard let id = reader.text(fields, "id") else { return nil }
        if id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) { return id }
        reader.log.error("'id' in \(fields.owner) must be one word of letters, digits, '-' or '_' (like "
                         + "ledelse-af-samskabelse); found '\(id)'", at: fields["id"]!.position)
        return nil
    }

    private static func discussion(_ fields: Fields, departments: [Department], reader: inout FieldReader) -> Discussion? {
        let grouping = reader.choice(fields, "grouping", as: Grouping.self) ?? .mixed
        let groupSize = reader.wholeNumber(fields, "group_size", range: 2...30, unit: "people", example: "6")
        if groupSize != nil, grouping != .mixed {
            reader.log.warning("'group_size' in \(fields.owner) is not used with grouping '\(grouping.rawValue)'; "
                               + (grouping == .department ? "each department is one table" : "the whole room is one group"),
                               at: fields.keyPosition("group_size"))
        }
        if grouping == .department, departments.isEmpty {
            reader.log.error("\(fields.owner) groups by department, but the workshop lists no 'departments'",
                             at: fields["grouping"]!.position)
        }
        let anonymous = reader.flag(fields, "anonymous")
        let intro = reader.text(fields, "intro")
        let hasQuestions = fields.has("questions"), hasPrompt = fields.has("prompt")
        var questions: [String]?
        switch (hasQuestions, hasPrompt) {
        case (true, true):
            reader.log.error("\(fields.owner) has both 'questions' and 'prompt'; give a list of questions or one open "
                             + "prompt, not both", at: fields.keyPosition("prompt"))
        case (false, false):
            reader.log.error("\(fields.owner) has neither 'questions' (a numbered list) nor 'prompt' (one open question); "
                             + "add one of them", at: fields.position)
        case (true, false):
            questions = reader.textList(fields, "questions", itemName: "question", required: true,
                                        example: "Hvordan gør jeg en positiv forskel?")
        case (false, true):
            questions = reader.text(fields, "prompt", required: true, example: "Grænsekrydsende samarbejde").map { [$0] }
        }
        guard let questions else { return nil }
        return Discussion(intro: intro, grouping: grouping, groupSize: groupSize ?? Discussion.defaultGroupSize,
                          questions: questions, isOpenPrompt: hasPrompt, anonymousByDefault: anonymous ?? false)
    }

    private static func checkUniqueIDs(_ drafts: [Draft], reader: inout FieldReader) {
        var seen: [String: Int] = [:]
        for draft in drafts {
            guard let id = draft.id else { continue }
            if let earlier = seen[id] {
                reader.log.error("the id '\(id)' of program item \(draft.number) is already used by program item "
                                 + "\(earlier); each id must be unique", at: draft.position)
            } else {
                seen[id] = draft.number
            }
        }
    }

    /// Points each gallery at the discussion whose boards it visits: the one it names,
    /// or the nearest discussion before it.
    private static func resolveGalleries(_ drafts: inout [Draft], reader: inout FieldReader) {
        for index in drafts.indices {
            guard case .gallery(var gallery) = drafts[index].content else { continue }
            let owner = "program item \(drafts[index].number) (gallery)"
            let earlierDiscussions = drafts[..<index].filter { if case .discussion = $0.content { true } else { false } }
            let target: Draft?
            if let visits = drafts[index].visits {
                target = drafts[..<index].first { $0.id == visits.id }
                guard let found = target else {
                    let later = drafts[index...].first { $0.id == visits.id }
                    let message: String
                    if let later {
                        message = "'visits' in \(owner) names '\(visits.id)', which is program item \(later.number), "
                            + "after the gallery; a gallery visits the boards of an earlier discussion"
                    } else {
                        let ids = earlierDiscussions.compactMap(\.id)
                        message = "'visits' in \(owner) names '\(visits.id)', but no earlier discussion has that id"
                            + (ids.isEmpty ? "; give the discussion 'id: \(visits.id)'"
                                : Suggestion.hint(for: visits.id, among: ids, listLabel: "the earlier discussions are"))
                    }
                    reader.log.error(message, at: visits.position)
                    continue
                }
                guard case .discussion = found.content else {
                    if found.content != nil {
                        reader.log.error("'visits' in \(owner) names '\(visits.id)', which is program item \(found.number), "
                                         + "not a discussion", at: visits.position)
                    }
                    continue
                }
            } else {
                target = earlierDiscussions.last
                guard target != nil else {
                    reader.log.error("\(owner) has no discussion before it whose boards it could visit; move it after a "
                                     + "discussion", at: drafts[index].position)
                    continue
                }
            }
            guard let target, case .discussion(let discussion) = target.content else { continue }
            if discussion.grouping == .room {
                reader.log.warning("\(owner) visits program item \(target.number), which the whole room discussed as "
                                   + "one group, so there is only one board to visit", at: drafts[index].position)
            }
            gallery.visitsItem = target.number - 1
            drafts[index].content = .gallery(gallery)
        }
    }
}
