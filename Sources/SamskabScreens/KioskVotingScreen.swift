import SamskabModel
import SamskabSession

/// The kiosk's voting list: the ballots of the current item's voting (a cluster as its name with
/// its notes indented under it, a note as its text, a key point as its wording), the person's own
/// dots on each, and the dots left. Nobody else's votes are shown until the facilitator reveals
/// them; then the totals, and once the voting is closed, the result most votes first. Returns
/// the key hints for the bottom line.
enum KioskVotingScreen {
    static func draw(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) -> String {
        let view = frame.view, state = frame.state
        guard let voting = KioskVoting.voting(state) else { return strings.kioskVotingResultHints() }
        let result = KioskVoting.showsResult(state)
        let item = state.currentItem
        if let name = view.identity?.name, KioskVoting.voter(view) != nil {
            let named = name + (view.identity?.department.map { " (\($0))" } ?? "")
            canvas.write(strings.kioskVotingAs(named) + "  ·  Esc: " + (view.language == .danish ? "skift person" : "change person"),
                         x: 2, y: 1, style: .dim, limit: canvas.width - 4)
        }
        let title = result ? strings.kioskVotingResultTitle(item.title)
            : strings.kioskVotingTitle(item.title, keyPoints: voting.target == .keyPoints)
        canvas.write(title, x: 2, y: 2, style: .title, limit: canvas.width - 4)
        if result {
            canvas.write(strings.kioskVotingResultNote, x: 2, y: 3, style: .bold, limit: canvas.width - 4)
        } else if let voter = KioskVoting.voter(view) {
            let left = state.dotsLeft(voter: voter, item: state.position)
            canvas.write(strings.kioskVotingDotsLeft(left, of: voting.dots, cap: voting.maxPerNote), x: 2, y: 3, style: .bold,
                         limit: canvas.width - 4)
        }
        if !result {
            canvas.write(voting.revealed ? strings.kioskVotingRevealed : strings.kioskVotingHidden, x: 2, y: 4, style: .dim,
                         limit: canvas.width - 4)
        }
        list(frame, voting: voting, result: result, strings: strings, on: &canvas)
        let takesNotes = !state.currentItem.questions.isEmpty
        return result ? strings.kioskVotingResultHints(takesNotes: takesNotes)
            : strings.kioskVotingHints(ownNotes: !KioskController.ownNotes(view, state: state).isEmpty, takesNotes: takesNotes)
    }

    /// One line of the list: the ballot it belongs to, and whether it is the ballot's first line.
    struct Line {
        var text: String
        var ballot: Int
        var head: Bool
        var dots: String
        var count: String
    }

    /// The dots a person has on one ballot: "●●", "●×7" past five ("*", "x" in ASCII).
    static func dots(_ count: Int, ascii: Bool) -> String {
        let dot = ascii ? "*" : "●"
        guard count > 0 else { return "" }
        return count <= 5 ? String(repeating: dot, count: count) : dot + (ascii ? "x" : "×") + "\(count)"
    }

    private static func list(_ frame: KioskFrame, voting: Voting, result: Bool, strings: Strings, on canvas: inout Canvas) {
        let view = frame.view, state = frame.state
        let ballots = KioskVoting.ballots(state)
        let top = 6
        let detailTop = canvas.height - 6
        let rows = max(1, detailTop - 1 - top)
        guard !ballots.isEmpty else {
            canvas.write(strings.kioskVotingNothing, x: 4, y: top, style: .dim, limit: canvas.width - 6)
            return
        }
        let selected = min(view.vote.selected, ballots.count - 1)
        let own = KioskVoting.ownDots(view, state: state)
        let counts = KioskVoting.revealedCounts(state)
        // The lines: a cluster's name, then its notes indented under it.
        var lines: [Line] = []
        for (index, id) in ballots.enumerated() {
            let mine = dots(own[id] ?? 0, ascii: view.ascii)
            let count = counts.map { strings.kioskVotingVotes($0[id] ?? 0) } ?? ""
            let rank = result ? "\(index + 1). " : ""
            if let cluster = state.clusters[id] {
                lines.append(Line(text: rank + strings.kioskVotingCluster + ": " + cluster.name, ballot: index, head: true,
                                  dots: mine, count: count))
                for note in state.liveNotes(of: cluster) {
                    lines.append(Line(text: "  " + (view.ascii ? "- " : "– ") + note.text.replacingNewlines, ballot: index,
                                      head: false, dots: "", count: ""))
                }
            } else {
                lines.append(Line(text: rank + state.ballotText(id).replacingNewlines, ballot: index, head: true, dots: mine,
                                  count: count))
            }
        }
        // The dots' column is as wide as the most one person can put on one ballot (at most 5).
        let dotsWidth = max(min(5, voting.maxPerNote ?? voting.dots), lines.map { DisplayWidth.of($0.dots) }.max() ?? 0)
        let countWidth = lines.map { DisplayWidth.of($0.count) }.max() ?? 0
        // Keep the chosen ballot in sight, its first line near the middle, its notes with it.
        let head = lines.firstIndex { $0.ballot == selected } ?? 0
        let last = lines.lastIndex { $0.ballot == selected } ?? head
        var first = max(0, min(head - rows / 2, lines.count - rows))
        if last >= first + rows { first = min(head, last - rows + 1) }
        let textX = 2 + 2 + dotsWidth + 2
        let countX = canvas.width - 2 - countWidth
        let textLimit = (countWidth > 0 ? countX - 2 : canvas.width - 2) - textX
        for (row, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let y = top + row
            let isSelected = line.ballot == selected && line.head
            let style: CellStyle = isSelected ? .selected : line.head ? .plain : .dim
            if isSelected { canvas.fill(x: 2, y: y, width: canvas.width - 4, height: 1, style: .selected) }
            if isSelected { canvas.write(KioskScreen.marker(view), x: 2, y: y, style: style) }
            canvas.write(line.dots, x: 4, y: y, style: isSelected ? .selected : .bold)
            canvas.write(line.text, x: textX, y: y, style: style, limit: textLimit)
            if !line.count.isEmpty {
                canvas.write(line.count, x: countX + countWidth - DisplayWidth.of(line.count), y: y, style: isSelected ? .selected : .bold)
            }
        }
        // More above or below.
        if first > 0 { canvas.write(view.ascii ? "^" : "↑", x: canvas.width - 2, y: top, style: .dim) }
        if first + rows < lines.count { canvas.write(view.ascii ? "v" : "↓", x: canvas.width - 2, y: top + rows - 1, style: .dim) }
        detail(frame, ballot: ballots[selected], y: detailTop, strings: strings, on: &canvas)
    }

    /// The chosen ballot's whole text under the list (a list line is cut at the edge).
    private static func detail(_ frame: KioskFrame, ballot: String, y: Int, strings: Strings, on canvas: inout Canvas) {
        let state = frame.state
        let rule = String(repeating: frame.view.ascii ? "-" : "─", count: max(0, canvas.width - 4))
        canvas.write(rule, x: 2, y: y - 1, style: .dim)
        let text: String
        if let cluster = state.clusters[ballot] {
            text = strings.kioskVotingCluster + ": " + cluster.name + " — "
                + state.liveNotes(of: cluster).map { $0.text.replacingNewlines }.joined(separator: " / ")
        } else {
            text = state.ballotText(ballot).replacingNewlines
        }
        for (row, line) in TextLayout.wrap(text, to: canvas.width - 4, maxLines: 3).enumerated() {
            canvas.write(line, x: 2, y: y + row, style: .plain, limit: canvas.width - 4)
        }
    }
}
