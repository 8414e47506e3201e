import SamskabModel
import SamskabSession

/// `A`, and by itself at the program's last item: the day's key points — in vote order once
/// the votes on them are shown, with what was merged into them — and the next steps, large
/// enough to read from the back of the room.
enum ClosingScreen {
    static func isShown(_ view: ProjectorView) -> Bool {
        view.showClosing && view.attendance == nil
    }

    /// One key point as the wall shows it.
    struct Point: Equatable {
        var text: String
        var votes: Int?
        /// "+ 3 noter: …" and where it came from.
        var details: [String]
    }

    /// The key points in the order the wall shows them: most votes first where the votes on the
    /// key points are revealed (ties in the order marked), else in the order marked.
    static func points(_ state: SessionState, strings: Strings) -> [Point] {
        var order = Array(state.keyPoints.keys).filter { state.notes[$0]?.withdrawn == false }
        // Where they came from is said only when the day's key points come from several items.
        let items = Set(order.compactMap { state.notes[$0]?.item })
        let ranked = state.keyPointVoting.flatMap { state.shownRanking(item: $0.item) }
        var counts: [String: Int] = [:]
        if let ranked {
            order = ranked.map(\.id)
            counts = Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, $0.votes) })
        }
        return order.compactMap { id in
            guard let point = state.keyPoints[id], let note = state.notes[id] else { return nil }
            let merged = point.merged.compactMap { state.notes[$0] }.filter { !$0.withdrawn }
            var details: [String] = []
            if !merged.isEmpty {
                details.append("+ " + strings.clusterNotes(merged.count) + ": "
                               + merged.map { $0.text.replacingNewlines }.joined(separator: " · "))
            }
            if items.count > 1 { details.append(strings.fromItem(state.workshop.program[note.item].title)) }
            return Point(text: point.text ?? note.text.replacingNewlines, votes: ranked == nil ? nil : counts[id] ?? 0, details: details)
        }
    }

    struct Card {
        var lines: [String]
        var detail: [String]
        var label: String?
        /// The key point's rank in large digits beside it, on a wall with room for them, and the
        /// columns they take before the text.
        var bigNumber: Int?
        var textOffset = 0
        var height: Int { max(bigNumber == nil ? 0 : BigDigits.height, lines.count + detail.count) + 2 }
    }

    /// " 2 · ● 4 stemmer ", or the parts of it there are (the rank is left out where it stands large).
    static func label(rank: Int?, votes: String?) -> String? {
        let parts = [rank.map(String.init), votes].compactMap { $0 }
        return parts.isEmpty ? nil : " " + parts.joined(separator: " · ") + " "
    }

    /// Columns the large rank takes before a card's text (the widest number and a gap).
    static func bigNumberWidth(_ count: Int) -> Int { BigDigits.width("\(max(1, count))") + 2 }

    /// Cards of the key points, `width` wide: numbered in their frame, or (`bigNumbers`) beside
    /// their rank in large digits; with their votes once shown.
    static func pointCards(_ points: [Point], strings: Strings, width: Int, chars: BoxChars, bigNumbers: Bool = false) -> [Card] {
        let offset = bigNumbers ? bigNumberWidth(points.count) : 0
        let textWidth = max(10, width - 4 - offset)
        return points.enumerated().map { index, point in
            Card(lines: TextLayout.wrap(point.text, to: textWidth, maxLines: 4),
                 detail: point.details.flatMap { TextLayout.wrap($0, to: textWidth, maxLines: 2) },
                 label: label(rank: bigNumbers ? nil : index + 1, votes: VoteBadge.label(point.votes, strings: strings, chars: chars)),
                 bigNumber: bigNumbers ? index + 1 : nil, textOffset: offset)
        }
    }

    /// Cards of the next steps, `width` wide: what, then who and by when.
    static func stepCards(_ state: SessionState, strings: Strings, width: Int) -> [Card] {
        let textWidth = max(10, width - 4)
        return NextStepsScreen.steps(state).map { step in
            Card(lines: TextLayout.wrap(step.text, to: textWidth, maxLines: 3),
                 detail: NextStepsScreen.detail(step, strings: strings).map { TextLayout.wrap($0, to: textWidth, maxLines: 2) } ?? [],
                 label: nil)
        }
    }

    /// On a wide wall key points left and next steps right; else one after the other. Pages of
    /// (section, cards) per column.
    struct Layout {
        var columns: [(x: Int, width: Int, pages: [[(heading: String?, cards: [Card])]])]
        var pageCount: Int { columns.map(\.pages.count).max() ?? 1 }
    }

    static func layout(_ state: SessionState, strings: Strings, width: Int, height: Int, chars: BoxChars) -> Layout {
        let rows = height - 3 - 3
        let points = points(state, strings: strings)
        if width >= 120 {
            let left = (width - 6) * 3 / 5, right = width - 6 - left
            // Large ranks where every key point fits on one page with them.
            let big = pointCards(points, strings: strings, width: left, chars: chars, bigNumbers: true)
            let cards = big.reduce(0) { $0 + $1.height } <= rows ? big : pointCards(points, strings: strings, width: left, chars: chars)
            return Layout(columns: [(2, left, paginate([(nil, cards)], rows: rows)),
                                    (4 + left, right, paginate([(strings.nextStepsTitle, stepCards(state, strings: strings, width: right))],
                                                               rows: rows))])
        }
        let cards = pointCards(points, strings: strings, width: width - 4, chars: chars)
        return Layout(columns: [(2, width - 4, paginate([(nil, cards), (strings.nextStepsTitle, stepCards(state, strings: strings, width: width - 4))],
                                                        rows: rows))])
    }

    /// Fills pages with the sections' cards in order; a section's heading takes two rows.
    static func paginate(_ sections: [(heading: String?, cards: [Card])], rows: Int) -> [[(heading: String?, cards: [Card])]] {
        var pages: [[(heading: String?, cards: [Card])]] = [[]]
        var used = 0
        for section in sections {
            var headed = false
            for card in section.cards {
                let need = card.height + (!headed && section.heading != nil ? 2 : 0)
                if used + need > rows, used > 0 {
                    pages.append([])
                    used = 0
                    headed = false
                }
                if !headed || pages[pages.count - 1].isEmpty || pages[pages.count - 1].last?.heading != section.heading {
                    pages[pages.count - 1].append((headed ? nil : section.heading, []))
                    if !headed, section.heading != nil { used += 2 }
                    headed = true
                }
                pages[pages.count - 1][pages[pages.count - 1].count - 1].cards.append(card)
                used += card.height
            }
            if section.cards.isEmpty, let heading = section.heading {
                pages[pages.count - 1].append((heading, []))
                used += 2
            }
        }
        return pages
    }

    static func pageCount(_ state: SessionState, view: ProjectorView, size: (width: Int, height: Int)) -> Int {
        layout(state, strings: Strings(view.language), width: size.width, height: size.height, chars: BoxChars.forView(ascii: view.ascii)).pageCount
    }

    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        let layout = layout(frame.state, strings: strings, width: canvas.width, height: canvas.height, chars: chars)
        let page = min(max(0, frame.view.closingPage), layout.pageCount - 1)
        var heading = strings.closingTitle
        if layout.pageCount > 1 { heading += "  (" + strings.closingPage(page + 1, of: layout.pageCount) + ")" }
        canvas.write(heading, x: 2, y: 1, style: .title, limit: canvas.width - 4)
        let close = strings.closingClose
        if DisplayWidth.of(heading) + DisplayWidth.of(close) + 8 <= canvas.width {
            canvas.write(close, x: canvas.width - 2 - DisplayWidth.of(close), y: 1, style: .plain)
        }
        if frame.state.keyPoints.isEmpty {
            canvas.write(strings.closingNoKeyPoints, x: 2, y: 3, style: .bold, limit: canvas.width - 4)
        }
        for column in layout.columns {
            guard page < column.pages.count else { continue }
            var y = 3
            for section in column.pages[page] {
                if let title = section.heading {
                    canvas.write(title, x: column.x, y: y, style: .title, limit: column.width)
                    y += 2
                    if section.cards.isEmpty {
                        canvas.write(strings.nextStepsNone, x: column.x, y: y, style: .plain, limit: column.width)
                    }
                }
                for card in section.cards {
                    canvas.box(x: column.x, y: y, width: column.width, height: card.height, style: .plain, chars: chars, label: card.label)
                    let textX = column.x + 2 + card.textOffset
                    if let number = card.bigNumber {
                        for (offset, row) in BigDigits.rows("\(number)", ascii: frame.view.ascii).enumerated() {
                            canvas.write(row, x: column.x + 2, y: y + 1 + offset, style: .title)
                        }
                    }
                    let textWidth = column.width - 2 - (textX - column.x)
                    var lineY = y + 1
                    for line in card.lines {
                        canvas.write(line, x: textX, y: lineY, style: .title, limit: textWidth)
                        lineY += 1
                    }
                    for line in card.detail {
                        canvas.write(line, x: textX, y: lineY, style: .plain, limit: textWidth)
                        lineY += 1
                    }
                    y += card.height
                }
            }
        }
        // The voting on the key points, when there is one: what it is and what `v` does next.
        if let voting = frame.state.keyPointVoting {
            let voters = frame.state.voterCount(item: voting.item)
            canvas.write(strings.votingStatus(voting.voting, voters: voters), x: 1, y: canvas.height - 3, style: .bold, limit: canvas.width - 2)
        }
    }
}
