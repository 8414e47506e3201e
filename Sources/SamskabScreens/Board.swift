import SamskabModel
import SamskabSession

/// Discussion, harvest and gallery: questions as columns with their notes as post-its.
/// Where the parts of a board go at a given size; shared by drawing and paging.
struct BoardGeometry {
    let layout: BoardLayout
    let titleRow: Int
    let introLines: [String]
    let headingTop: Int
    let headingLines: Int
    /// An empty board whose questions do not fit as column headings: the questions one under
    /// the other across the whole width instead, in full (never cut while there is room).
    let questionList: [String]?
    let columnWidth: Int
    let notesTop: Int
    /// The row of the status line; notes stop above it.
    let statusRow: Int
    /// On a wall wide and tall enough, the countdown in large digits at the top right (readable
    /// from the back of the room), and the title and intro beside it in `textWidth` columns.
    let bigTimer: Bool
    let textWidth: Int
    /// The board is arranged by table (`b`, where the item has tables).
    let byTable: Bool
    static let gap = 1
    static let bigTimerWidth = BigDigits.width("+00:00")

    init(_ frame: ProjectorFrame, width: Int, height: Int, strings: Strings) {
        let byTable = BoardLayout.arrangement(frame.view, state: frame.state) == .byTable
        self.byTable = byTable
        layout = Self.fitted(BoardLayout(state: frame.state, view: frame.view), byTable: byTable, width: width)
        titleRow = 2
        statusRow = height - 3
        let count = max(1, layout.columns.count)
        let columnWidth = (width - 2 - Self.gap * (count - 1)) / count
        self.columnWidth = columnWidth
        let bigTimer = width >= 100 && height >= 30
        let textWidth = bigTimer ? width - 2 - Self.bigTimerWidth - 3 : width - 2
        self.bigTimer = bigTimer
        self.textWidth = textWidth
        let fullIntro = Board.intro(frame.state.currentItem, state: frame.state, strings: strings)
            .flatMap { TextLayout.wrap($0, to: textWidth) }
        let fullHeadings = layout.columns.map { TextLayout.wrap($0.heading, to: columnWidth).count }.max() ?? 1
        // Questions first: while the notes leave room, every question and the intro stand in
        // full; as notes arrive the board takes over and they shrink to a few lines.
        let stacks = max(1, (columnWidth + 1) / (Self.minimumPostItWidth + 1))
        let stackWidth = (columnWidth - (stacks - 1)) / stacks
        let timerRows = bigTimer ? BigDigits.height : 0
        let room = statusRow - (titleRow + 1) - 2 - max(0, timerRows - fullIntro.count)
        let notesNeeded = Self.rowsNeeded(layout, stacks: stacks, width: stackWidth, frame: frame,
                                          limit: room - fullIntro.count - fullHeadings)
        let inFull = fullIntro.count + fullHeadings + notesNeeded <= room
        let introRoom = inFull ? fullIntro.count : (height >= 30 ? 3 : 2)
        var intro = Array(fullIntro.prefix(introRoom))
        if fullIntro.count > intro.count, let last = intro.popLast() {
            // Cut, so say so: never stop mid-sentence without "…".
            intro.append(TextLayout.truncate(last + " …", to: textWidth))
        }
        introLines = intro
        // The large digits stand below the title row, beside the intro.
        headingTop = max(titleRow + 1 + introLines.count, titleRow + 1 + timerRows) + 1
        headingLines = inFull ? fullHeadings : min(3, fullHeadings)
        notesTop = headingTop + headingLines + 1
        var list: [String]?
        if !inFull, !byTable, layout.columns.allSatisfy({ $0.notes.isEmpty }), layout.columns.count > 1 {
            // "1. Hvordan …" with the lines after it under its text, not under its number.
            let lines = layout.columns.flatMap { column in
                TextLayout.wrap(column.heading, to: width - 5).enumerated().map { $0.offset == 0 ? $0.element : "   " + $0.element }
            }
            if introLines.count + lines.count + 3 <= statusRow - titleRow - 1 { list = lines }
        }
        questionList = list
    }

    /// By table, every table has a column so the room sees where to write; where that makes the
    /// columns too narrow to read, the tables without notes yet step aside.
    static func fitted(_ layout: BoardLayout, byTable: Bool, width: Int) -> BoardLayout {
        let count = max(1, layout.columns.count)
        guard byTable, (width - 2 - gap * (count - 1)) / count < minimumTableColumnWidth else { return layout }
        let withNotes = layout.columns.filter { !$0.notes.isEmpty }
        return withNotes.isEmpty ? layout : BoardLayout(columns: withNotes)
    }

    static let minimumTableColumnWidth = 16

    /// Rows the tallest column's post-its need (at most `limit` + 1: enough to know they do not fit).
    static func rowsNeeded(_ layout: BoardLayout, stacks: Int, width: Int, frame: ProjectorFrame, limit: Int) -> Int {
        var most = 0
        for column in layout.columns {
            var total = 0, tallest = 0
            for unit in BoardModel.units(column.notes, state: frame.state) {
                let height = BoardCard.height(unit, width: width, frame: frame)
                total += height
                tallest = max(tallest, height)
                if total / stacks > limit { return limit + 1 }
            }
            most = max(most, column.notes.isEmpty ? 0 : total / stacks + (stacks > 1 ? tallest : 0))
        }
        return most
    }

    func columnX(_ index: Int) -> Int { 1 + index * (columnWidth + Self.gap) }

    /// A wide column holds its post-its side by side in stacks at least this wide.
    static let minimumPostItWidth = 36

    /// Post-it stacks side by side in one column: one, unless the column is wide.
    var stacks: Int { max(1, (columnWidth + 1) / (Self.minimumPostItWidth + 1)) }
    var stackWidth: Int { (columnWidth - (stacks - 1)) / stacks }

    /// The column's cards as pages of stacks, filled stack by stack in order.
    func pages(_ column: BoardLayout.Column, frame: ProjectorFrame) -> [[[BoardModel.Unit]]] {
        let stacksOfNotes = Board.paginate(BoardModel.units(column.notes, state: frame.state), width: stackWidth,
                                           height: statusRow - notesTop, frame: frame)
        return stride(from: 0, to: stacksOfNotes.count, by: stacks).map { Array(stacksOfNotes[$0..<min($0 + stacks, stacksOfNotes.count)]) }
    }
}

enum Board {
    static let maximumNoteLines = 6

    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        let item = frame.state.currentItem
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        let geometry = BoardGeometry(frame, width: canvas.width, height: canvas.height, strings: strings)

        // Title and a compact countdown.
        let y = geometry.titleRow
        let style: CellStyle = frame.remainingSeconds < 0 ? .overrun : .countdown
        let label = strings.kindLabel(item.kind) + "  "
        let labelWidth = canvas.write(label, x: 1, y: y, style: .dim)
        if geometry.bigTimer {
            let rows = BigDigits.rows(CountdownText.format(frame.remainingSeconds), ascii: frame.view.ascii)
            let x = canvas.width - DisplayWidth.of(rows[0]) - 1
            for (offset, row) in rows.enumerated() { canvas.write(row, x: x, y: y + 1 + offset, style: style) }
            canvas.write(item.title, x: 1 + labelWidth, y: y, style: .title, limit: canvas.width - labelWidth - 2)
        } else {
            let countdown = Countdown.compact(frame, strings: strings)
            let countdownWidth = DisplayWidth.of(countdown)
            canvas.write(item.title, x: 1 + labelWidth, y: y, style: .title, limit: canvas.width - labelWidth - countdownWidth - 4)
            canvas.write(countdown, x: canvas.width - countdownWidth - 1, y: y, style: style)
        }
        for (offset, line) in geometry.introLines.enumerated() {
            canvas.write(line, x: 1, y: y + 1 + offset, style: .dim)
        }

        let layout = geometry.layout
        guard !layout.columns.isEmpty else { return }
        if let list = geometry.questionList {
            // Nothing written yet and too many questions for columns: each in full, one under the other.
            let top = geometry.titleRow + 1 + geometry.introLines.count + 1
            for (offset, line) in list.enumerated() { canvas.write(line, x: 1, y: top + offset, style: .bold, limit: canvas.width - 2) }
            canvas.centred(frame.view.search == nil ? strings.noNotesYet : strings.search(frame.view.search ?? ""),
                           y: min(geometry.statusRow - 1, top + list.count + 1), style: .dim)
            status(frame, layout: layout, byTable: geometry.byTable, pages: 1, selectedPage: nil, strings: strings,
                   row: geometry.statusRow, on: &canvas)
            return
        }
        let newest = layout.newestID
        // By table, each post-it says which question it answers.
        let showsQuestion = geometry.byTable && item.questions.count > 1
        var pageCounts: [Int] = []
        let columnPages = layout.columns.map { geometry.pages($0, frame: frame) }
        let selectedPage = Self.selectedPage(frame.view.selectedNote, in: columnPages)
        let shownVotes = VoteBadge.shown(frame)
        for (index, column) in layout.columns.enumerated() {
            let x = geometry.columnX(index)
            let heading = TextLayout.wrap(column.heading, to: geometry.columnWidth, maxLines: geometry.headingLines)
            for (offset, line) in heading.enumerated() {
                canvas.write(line, x: x, y: geometry.headingTop + offset, style: .bold, limit: geometry.columnWidth)
            }
            canvas.write(String(repeating: chars.horizontal, count: geometry.columnWidth), x: x,
                         y: geometry.headingTop + geometry.headingLines, style: .dim)
            let pages = columnPages[index]
            pageCounts.append(pages.count)
            let page = min(frame.view.page ?? selectedPage ?? Board.unpagedPage(frame.state, pages: pages.count), pages.count - 1)
            for (stackIndex, stack) in pages[page].enumerated() {
                var noteY = geometry.notesTop
                let stackX = x + stackIndex * (geometry.stackWidth + 1)
                for unit in stack {
                    noteY += BoardCard.draw(unit, x: stackX, y: noteY, width: geometry.stackWidth, frame: frame, strings: strings,
                                            newest: newest, showsQuestion: showsQuestion, shownVotes: shownVotes, chars: chars, on: &canvas)
                }
            }
        }
        if layout.columns.allSatisfy({ $0.notes.isEmpty }) {
            canvas.centred(frame.view.search == nil ? strings.noNotesYet : strings.search(frame.view.search ?? ""),
                           y: geometry.notesTop + 1, style: .dim)
        }
        status(frame, layout: layout, byTable: geometry.byTable, pages: pageCounts.max() ?? 1, selectedPage: selectedPage,
               strings: strings, row: geometry.statusRow, on: &canvas)
    }

    /// Until the facilitator pages, the selected note's page is shown (else the newest's).
    static func selectedPage(_ id: String?, in columnPages: [[[[BoardModel.Unit]]]]) -> Int? {
        guard let id else { return nil }
        return columnPages.lazy.compactMap { pages in pages.firstIndex { $0.joined().contains { $0.notes.contains { $0.id == id } } } }.first
    }

    /// The page on the wall now (for the paging keys to go on from).
    static func currentPage(_ frame: ProjectorFrame, width: Int, height: Int) -> Int {
        let geometry = BoardGeometry(frame, width: width, height: height, strings: Strings(frame.view.language))
        let columnPages = geometry.layout.columns.map { geometry.pages($0, frame: frame) }
        let pages = columnPages.map(\.count).max() ?? 1
        return min(frame.view.page ?? selectedPage(frame.view.selectedNote, in: columnPages) ?? unpagedPage(frame.state, pages: pages), pages - 1)
    }

    /// The page shown until the facilitator pages: the newest notes' (the last), but once the
    /// votes are shown the first, where the most votes are.
    static func unpagedPage(_ state: SessionState, pages: Int) -> Int {
        if let voting = state.votings[state.position], voting.revealed, voting.target == .notes { return 0 }
        return pages - 1
    }

    /// Pages of the fullest column at this size (for paging keys).
    static func pageCount(_ frame: ProjectorFrame, width: Int, height: Int) -> Int {
        let geometry = BoardGeometry(frame, width: width, height: height, strings: Strings(frame.view.language))
        return geometry.layout.columns.map { geometry.pages($0, frame: frame).count }.max() ?? 1
    }

    static func intro(_ item: ProgramItem, state: SessionState, strings: Strings) -> [String] {
        switch item.content {
        case .discussion(let discussion): return discussion.intro.map { [$0] } ?? []
        case .harvest(let harvest): return harvest.intro.map { [$0] } ?? []
        case .gallery(let gallery):
            let visited = state.workshop.program[gallery.visitsItem].title
            return [strings.visits(visited) + " · " + strings.stationMinutes(gallery.stationMinutes)]
                + (gallery.intro.map { [$0] } ?? [])
        case .talk, .pause: return []
        }
    }

    /// Cards split into pages that fit `height` rows.
    static func paginate(_ units: [BoardModel.Unit], width: Int, height: Int, frame: ProjectorFrame) -> [[BoardModel.Unit]] {
        var pages: [[BoardModel.Unit]] = [[]]
        var used = 0
        for unit in units {
            let unitHeight = BoardCard.height(unit, width: width, frame: frame)
            if used + unitHeight > height, !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(unit)
            used += unitHeight
        }
        return pages
    }

    static func status(_ frame: ProjectorFrame, layout: BoardLayout, byTable: Bool, pages: Int, selectedPage: Int?, strings: Strings,
                       row: Int, on canvas: inout Canvas) {
        var parts = [strings.notesCount(layout.columns.reduce(0) { $0 + $1.notes.count })]
        if pages > 1 {
            let page = min(frame.view.page ?? selectedPage ?? Board.unpagedPage(frame.state, pages: pages), pages - 1)
            parts.append(strings.page(page + 1, pages) + " (PgUp/PgDn)")
        }
        if let search = frame.view.search { parts.append(strings.search(search)) }
        if !frame.view.showAuthors { parts.append(strings.authorsHidden) }
        if byTable || frame.state.tablePlans[frame.state.position] != nil {
            parts.append((byTable ? strings.byTable : strings.byQuestion) + " (b)")
        }
        canvas.write(parts.joined(separator: " · "), x: 1, y: row, style: .dim)
        // The voting's state stands at the right of the status line, in bold.
        if let voting = frame.state.votings[frame.state.position] {
            let voters = frame.state.voterCount(item: frame.state.position)
            let text = strings.votingStatus(voting, voters: voters)
            let used = DisplayWidth.of(parts.joined(separator: " · "))
            if used + DisplayWidth.of(text) + 4 <= canvas.width {
                canvas.write(text, x: canvas.width - 1 - DisplayWidth.of(text), y: row, style: .bold)
            } else {
                // A narrow wall: the voting first (the room needs it now), then the page.
                canvas.fill(x: 0, y: row, width: canvas.width, height: 1, style: .plain)
                let width = canvas.write(text, x: 1, y: row, style: .bold, limit: canvas.width - 2)
                if pages > 1, width + 4 < canvas.width {
                    canvas.write(" · " + parts[1], x: 1 + width, y: row, style: .dim, limit: canvas.width - 2 - width)
                }
            }
        }
    }
}

/// One note as a post-it: a frame, the wrapped text, and the author unless anonymous or hidden.
enum PostIt {
    static func lines(_ note: Note, width: Int, frame: ProjectorFrame) -> [String] {
        let point = frame.state.keyPoints[note.id]
        // A key point shows the facilitator's wording, and the notes merged into it stand with it
        // (they are not repeated in their own columns).
        var lines = TextLayout.wrap(point?.text ?? note.text, to: max(1, width - 2), maxLines: Board.maximumNoteLines)
        if frame.view.showAuthors, let author = frame.state.authorName(of: note) {
            lines.append("— " + author + (note.department.map { " (\($0))" } ?? ""))
        }
        let merged = (point?.merged ?? []).compactMap { frame.state.notes[$0] }.filter { !$0.withdrawn }
        for other in merged.prefix(3) {
            lines.append(TextLayout.truncate("+ " + other.text.replacingOccurrences(of: "\n", with: " "), to: max(1, width - 2)))
        }
        if merged.count > 3 { lines.append("+ \(merged.count - 3) …") }
        return lines
    }

    /// The same as `lines(…).count + 2`, counted without making the lines: every note on the
    /// board is measured to page it, every frame, and only one page is shown.
    static func height(_ note: Note, width: Int, frame: ProjectorFrame) -> Int {
        let point = frame.state.keyPoints[note.id]
        var count = TextLayout.lineCount(point?.text ?? note.text, to: max(1, width - 2), maxLines: Board.maximumNoteLines)
        if frame.view.showAuthors, frame.state.authorName(of: note) != nil { count += 1 }
        if let point, !point.merged.isEmpty {
            let merged = point.merged.reduce(0) { $0 + (frame.state.notes[$1]?.withdrawn == false ? 1 : 0) }
            count += min(3, merged) + (merged > 3 ? 1 : 0)
        }
        return count + 2
    }

    /// Draws the post-it and returns its height.
    static func draw(_ note: Note, x: Int, y: Int, width: Int, frame: ProjectorFrame, strings: Strings,
                     isNewest: Bool, showsQuestion: Bool = false, votes: Int? = nil, chars: BoxChars, on canvas: inout Canvas) -> Int {
        let text = lines(note, width: width, frame: frame)
        let isKeyPoint = frame.state.keyPoints[note.id] != nil
        let style: CellStyle = note.id == frame.view.selectedNote ? .selected
            : isNewest ? .noteNewest : isKeyPoint ? .keyPoint : .note
        var labels: [String] = []
        if let badge = VoteBadge.label(votes, strings: strings, chars: chars) { labels.append(badge) }
        if frame.view.marked.contains(note.id) { labels.append(chars.check + " " + strings.marked) }
        if isNewest { labels.append(chars.star + " " + strings.newest) }
        if isKeyPoint { labels.append(chars.diamond + " " + strings.keyPoint) }
        if showsQuestion, let question = note.question { labels.append(strings.questionLabel(question)) }
        let label = labels.isEmpty ? nil : labels.joined(separator: " ")
        // The newest is marked by its badge and a heavy frame, never by fainter or bolder text
        // (bold black on yellow shows as grey on many terminals).
        canvas.box(x: x, y: y, width: width, height: text.count + 2, style: style, chars: isNewest ? chars.heavy : chars,
                   label: label)
        for (offset, line) in text.enumerated() {
            canvas.write(line, x: x + 1, y: y + 1 + offset, style: style, limit: width - 2)
        }
        return text.count + 2
    }
}

/// Fernisering: the boards visited, the reflection question, and any notes on it.
enum GalleryCard {
    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        Board.draw(frame, strings: strings, rows: rows, on: &canvas)
    }
}
