import SamskabModel
import SamskabSession

/// The day's summary as CommonMark (with a GitHub-style table for next steps).
/// Markdown syntax in anything a person typed is escaped, so it shows as typed.
public enum MarkdownExport {
    public static func render(_ summary: DaySummary) -> String {
        let words = ExportStrings(summary.workshop.language)
        let workshop = summary.workshop
        var out: [String] = []
        out.append("# " + escape(workshop.title))
        out.append("")
        let facts = [workshop.subtitle, workshop.date?.spelled(in: workshop.language), workshop.place].compactMap { $0 }
        if !facts.isEmpty {
            out.append(facts.map(escape).joined(separator: " · "))
            out.append("")
        }

        out.append("## " + words.keyPoints)
        out.append("")
        if summary.keyPoints.isEmpty { out.append(words.noNotes) }
        if let voting = summary.keyPointVoting, summary.keyPointsByVotes, !summary.keyPoints.isEmpty {
            out.append("*" + words.keyPointsByVotes(voting) + "*")
            out.append("")
        }
        for (index, point) in summary.keyPoints.enumerated() {
            var line = "\(index + 1). **" + escape(point.text) + "**"
            if let votes = point.votes, summary.keyPointsByVotes { line += " · " + words.votes(votes) }
            line += " — " + escape(summary.byline(point.note, words: words)) + ", " + escape(point.itemTitle)
            if !point.merged.isEmpty {
                line += " (" + words.merged + ": " + point.merged.map { "“" + escape(flat($0.text)) + "”" }.joined(separator: "; ") + ")"
            }
            out.append(line)
        }
        out.append("")

        out.append("## " + words.nextSteps)
        out.append("")
        if summary.nextSteps.isEmpty {
            out.append(words.noNotes)
        } else {
            out.append("| \(words.what) | \(words.who) | \(words.when) |")
            out.append("|---|---|---|")
            for step in summary.nextSteps {
                out.append("| " + cell(step.text) + " | " + cell(step.owner ?? "") + " | " + (step.due?.spelled(in: workshop.language) ?? "") + " |")
            }
        }
        out.append("")

        out.append("## " + words.participantsPresent(summary.presentCount))
        out.append("")
        for group in summary.participantsByDepartment {
            let heading = group.department.map { "\($0.code) — \($0.name)" } ?? words.noDepartment
            out.append("- **" + escape(heading) + ":** " + group.names.map(escape).joined(separator: ", "))
        }
        out.append("")
        if !summary.absentNames.isEmpty {
            out.append(escape(words.absent(summary.absentNames)))
            out.append("")
        }

        out.append("## " + words.program)
        out.append("")
        out.append("| # | \(words.planned) | \(words.held) | \(words.item) |")
        out.append("|---|---|---|---|")
        for item in summary.items {
            let held = item.actualStart.map { "\($0) (\(item.actualMinutes ?? 0) \(words.minutesShort))" } ?? ""
            out.append("| \(item.index) | \(item.planned.map { "\($0) (\(item.item.minutes) \(words.minutesShort))" } ?? "\(item.item.minutes) \(words.minutesShort)") | \(held) | "
                       + cell(words.titled(item.item)) + " |")
        }
        out.append("")

        for item in summary.items where !item.item.questions.isEmpty {
            out.append("## \(item.index). " + escape(item.item.title))
            out.append("")
            out.append("*" + words.kind(item.item.kind) + "*")
            out.append("")
            if let voting = item.voting {
                out.append(words.voting(voting))
                out.append("")
            }
            tables(of: item, summary: summary, words: words, into: &out)
            walk(of: item, summary: summary, words: words, into: &out)
            for question in item.questions {
                let title = (item.questions.count > 1 ? "\(question.number). " : "") + escape(flat(question.text))
                out.append("### " + (item.item.kind == .gallery ? words.reflection + ": " + title : title))
                out.append("")
                notes(question.notes, summary: summary, words: words, into: &out)
            }
            if !item.general.isEmpty {
                out.append("### " + words.general)
                out.append("")
                notes(item.general, summary: summary, words: words, into: &out)
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Who sat at which table, tables in number order: "- **Bord 1:** Åse Østergaard (MKB), …",
    /// each followed by the gallery walk's comments on its whole board.
    static func tables(of item: DaySummary.ItemSummary, summary: DaySummary, words: ExportStrings, into out: inout [String]) {
        guard !item.tables.isEmpty else { return }
        out.append("### " + words.tables)
        out.append("")
        for table in item.tables {
            let members = table.members.isEmpty ? words.nobodySeated : table.members.map { escape(summary.member($0)) }.joined(separator: ", ")
            out.append("- **" + escape(table.name) + ":** " + members)
            for comment in summary.feedback.comments(onBoard: item.index - 1, table: table.number) {
                out.append(commentLine(comment, label: words.boardComment, summary: summary, words: words))
            }
        }
        out.append("")
    }

    static func notes(_ notes: [Note], summary: DaySummary, words: ExportStrings, into out: inout [String]) {
        if notes.isEmpty {
            out.append(words.noNotes)
            out.append("")
            return
        }
        for group in summary.byGroup(notes) {
            if let name = group.group {
                out.append("#### " + escape(name))
                out.append("")
            }
            for unit in BoardModel.units(group.notes, state: summary.state) {
                switch unit {
                case .note(let note):
                    noteLine(note, summary: summary, words: words, into: &out)
                case .cluster(let cluster, _):
                    // The cluster as a list item, all its notes nested under it (those merged into a key point too;
                    // each with its table where that is not the heading's).
                    let votes = summary.votes(of: cluster)
                    out.append("- **" + escape(words.cluster + ": " + cluster.name) + "**" + (votes > 0 ? " · " + words.votes(votes) : ""))
                    for member in summary.state.liveNotes(of: cluster) {
                        let table = summary.state.groupName(of: member)
                        noteLine(member, summary: summary, words: words, table: table != group.group ? table : nil, indent: "  ", into: &out)
                    }
                }
            }
            out.append("")
        }
    }

    /// A note as a list item ("- text — *byline* · 2 stemmer · +3", its own line breaks hard
    /// breaks inside it), its comments nested under it; `indent` nests it under a cluster.
    static func noteLine(_ note: Note, summary: DaySummary, words: ExportStrings, table: String? = nil, indent: String = "",
                     into out: inout [String]) {
        let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
        let votes = indent.isEmpty ? summary.votes(of: note) : 0
        let plusOnes = summary.plusOnes(standingWith: note)
        out.append(indent + "- " + lines.joined(separator: "\\\n  " + indent) + " — *" + escape(summary.byline(note, words: words)) + "*"
                   + (table.map { " (" + escape($0) + ")" } ?? "")
                   + (votes > 0 ? " · " + words.votes(votes) : "")
                   + (plusOnes > 0 ? " · +\(plusOnes)" : ""))
        for comment in summary.comments(standingWith: note) {
            out.append(indent + commentLine(comment, label: words.comment, summary: summary, words: words, indent: indent))
        }
    }

    static func flat(_ text: String) -> String { String(text.map { $0 == "\n" ? " " : $0 }) }

    /// Backslash-escapes what CommonMark could read as markup: inline syntax anywhere, and
    /// block syntax (lists, headings, quotes) at the start of a line.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|~&!".contains(character) { out.append("\\") }
            out.append(character)
        }
        // A line that would start a list, a heading or a quote.
        if let first = out.first, "+-=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }),
           out[..<dot].allSatisfy(\.isNumber), !out[..<dot].isEmpty {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String { escape(flat(text)) }
}
