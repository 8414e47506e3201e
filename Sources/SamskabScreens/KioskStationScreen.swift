import SamskabModel
import SamskabSession

/// A kiosk as a station of the gallery walk: the board of its table from the visited discussion
/// (notes by question, key points ◆, +1s and comments counted), the pair at it, and a comment
/// being written. Returns the key hints for the bottom line.
enum KioskStationScreen {
    static func draw(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) -> String {
        let view = frame.view, state = frame.state
        roundLine(frame, strings: strings, on: &canvas)
        guard let station = KioskStation.station(view), let route = KioskStation.route(state) else {
            chooseStation(frame, strings: strings, on: &canvas)
            return strings.stationChooseHints
        }
        let visited = state.workshop.program[route.gallery.visitsItem].title
        canvas.write(strings.stationTitle(route.stationName(station, state: state), visited), x: 2, y: 2, style: .title,
                     limit: canvas.width - 4)
        guard let pair = view.walk.pair else {
            choosePair(frame, strings: strings, on: &canvas)
            return strings.pairHints
        }
        canvas.write(strings.youArePair(KioskStation.pairName(pair, state: state, strings: strings)), x: 2, y: 3, style: .bold,
                     limit: canvas.width - 4)
        board(frame, strings: strings, on: &canvas)
        return view.walk.comment == nil ? strings.stationHints : strings.commentHints
    }

    /// "RUNDE 2 AF 6 · 03:12" at the top.
    private static func roundLine(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        guard let moment = frame.view.walkMoment else { return }
        let live = frame.state.walkMoment(item: frame.state.position, at: frame.now) ?? moment
        let text = strings.round(live.round + 1, of: live.roundCount) + " · "
            + CountdownText.format(Int(live.secondsLeftInRound.rounded(.up)))
        canvas.write(text, x: 2, y: 1, style: .dim, limit: canvas.width - 4)
    }

    private static func chooseStation(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        canvas.write(strings.stationChoose, x: 2, y: 3, style: .title)
        let stations = KioskStation.route(frame.state)?.stations ?? []
        for (index, table) in stations.enumerated() where 5 + index < canvas.height - 3 {
            let selected = index == frame.view.walk.selected
            let count = strings.notesCount(KioskStation.notes(frame.state, station: table.number).count)
            canvas.write((selected ? KioskScreen.marker(frame.view) : "  ") + table.name + "  · " + count, x: 2, y: 5 + index,
                         style: selected ? .selected : .plain, limit: canvas.width - 4)
        }
    }

    private static func choosePair(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        canvas.write(strings.pairChoose, x: 2, y: 4, style: .title)
        let choices = KioskStation.pairChoices(frame.view, state: frame.state)
        let rows = canvas.height - 9
        let selected = KioskStation.chosenPair(frame.view, state: frame.state) ?? -1
        let first = max(0, min(selected - rows / 2, choices.count - rows))
        for (row, index) in choices.indices.dropFirst(first).prefix(rows).enumerated() {
            let choice = choices[index]
            let isSelected = index == selected
            let text = KioskStation.pairName(choice.group, state: frame.state, strings: strings)
                + (choice.due ? "  — " + strings.pairDueHere : "")
            canvas.write((isSelected ? KioskScreen.marker(frame.view) : "  ") + text, x: 2, y: 6 + row,
                         style: isSelected ? .selected : choice.due ? .bold : .plain, limit: canvas.width - 4)
        }
    }

    /// The board: a line per note under its question, the chosen one's full text and comments
    /// below (or the comment being written).
    private static func board(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        let view = frame.view, state = frame.state
        let entries = KioskStation.entries(view, state: state)
        let selected = min(view.walk.selected, max(0, entries.count - 1))
        let questions = state.workshop.program[KioskStation.route(state)?.gallery.visitsItem ?? 0].questions
        // The lines: question headings between the notes.
        var lines: [(text: String, entry: Int?)] = []
        var question: Int?? = .none
        for (index, entry) in entries.enumerated() {
            if case .note(let note) = entry, question != .some(note.question) {
                question = .some(note.question)
                let heading = note.question.flatMap { number in questions[safe: number - 1].map { "\(number). \($0)" } }
                lines.append((heading ?? strings.otherNotes, nil))
            }
            lines.append((line(entry, view: view, state: state, strings: strings), index))
        }
        let detailRows = 7
        let top = 5, bottom = canvas.height - 3 - detailRows
        let rows = max(1, bottom - top)
        let at = lines.firstIndex { $0.entry == selected } ?? 0
        let first = max(0, min(at - rows / 2, lines.count - rows))
        for (row, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let isSelected = line.entry == selected
            let style: CellStyle = line.entry == nil ? .dim : isSelected ? .selected : .plain
            let marker = line.entry == nil ? "" : isSelected ? KioskScreen.marker(view) : "  "
            canvas.write(marker + line.text, x: 2, y: top + row, style: style, limit: canvas.width - 4)
        }
        if entries.count == 1 { canvas.write(strings.stationEmpty, x: 4, y: top + 2, style: .dim) }
        guard let entry = entries[safe: selected] else { return }
        detail(entry, frame: frame, y: bottom, height: detailRows, strings: strings, on: &canvas)
    }

    /// One line of the board: "Tillid frem for kontrol  ◆ · +1 ×2 · 1 kommentar".
    private static func line(_ entry: KioskStation.Entry, view: KioskView, state: SessionState, strings: Strings) -> String {
        let chars = BoxChars.forView(ascii: view.ascii)
        switch entry {
        case .board:
            let comments = KioskStation.target(entry, view: view, state: state).map { target -> Int in
                if case .board(let item, let table) = target { return state.comments(onBoard: item, table: table).count }
                return 0
            } ?? 0
            return strings.wholeBoard + (comments > 0 ? " · " + strings.commentCount(comments) : "")
        case .note(let note):
            var marks: [String] = []
            if state.keyPoints[note.id] != nil { marks.append(chars.diamond + " " + strings.keyPoint) }
            if let plus = state.plusOnes[note.id]?.count, plus > 0 { marks.append(strings.plusOnes(plus)) }
            let comments = state.comments(on: note.id).count
            if comments > 0 { marks.append(strings.commentCount(comments)) }
            let text = state.keyPoints[note.id]?.text ?? note.text
            return text.replacingNewlines + (marks.isEmpty ? "" : "  " + marks.joined(separator: " · "))
        }
    }

    private static func detail(_ entry: KioskStation.Entry, frame: KioskFrame, y: Int, height: Int, strings: Strings,
                               on canvas: inout Canvas) {
        let view = frame.view, state = frame.state
        let chars = BoxChars.forView(ascii: view.ascii)
        let width = canvas.width - 4
        let subject: String
        let comments: [GalleryComment]
        switch entry {
        case .board:
            subject = strings.wholeBoard
            if case .board(let item, let table)? = KioskStation.target(entry, view: view, state: state) {
                comments = state.comments(onBoard: item, table: table)
            } else {
                comments = []
            }
        case .note(let note):
            subject = note.text
            comments = state.comments(on: note.id)
        }
        if let editor = view.walk.comment {
            canvas.box(x: 2, y: y, width: width, height: height, style: .plain, chars: chars, label: " " + strings.commentLabel + " ")
            canvas.write(TextLayout.truncate(strings.commentOn(subject.replacingNewlines), to: width - 2), x: 3, y: y + 1, style: .dim)
            let wrapped = editor.wrapped(width: width - 2)
            let room = height - 3
            let shift = max(0, wrapped.cursorRow - (room - 1))
            for (row, text) in wrapped.lines.dropFirst(shift).prefix(room).enumerated() {
                canvas.write(text, x: 3, y: y + 2 + row, style: .plain, limit: width - 2)
            }
            canvas.cursor = (3 + wrapped.cursorColumn, y + 2 + wrapped.cursorRow - shift)
            return
        }
        canvas.box(x: 2, y: y, width: width, height: height, style: .dim, chars: chars)
        var lines = TextLayout.wrap(subject, to: width - 2, maxLines: 2)
        for comment in comments.sorted(by: { $0.sequence < $1.sequence }).suffix(height - 2 - lines.count) {
            let by = state.authorName(of: comment).map { " (\($0))" } ?? ""
            lines.append("— " + comment.text.replacingNewlines + by)
        }
        for (row, text) in lines.prefix(height - 2).enumerated() {
            canvas.write(text, x: 3, y: y + 1 + row, style: row < 2 && !text.hasPrefix("— ") ? .bold : .plain, limit: width - 2)
        }
    }
}
