import SamskabModel
import SamskabSession

/// Discussion, harvest and gallery: questions as columns with their notes as post-its.
/// Where the parts of a board go at a given size; shared by drawing, paging and the arrow keys.
///
/// Before the notes page, the board makes room, in this order, until every note fits: the
/// intro is cut to a few lines, the post-its shrink to their text lines (no frame, no padding),
/// and the large countdown gives way to a compact one. The questions stay whole while they take
/// no more than a third of the wall. Only then do the pages turn (by themselves, every
/// `page_seconds`), with a line naming the newest note above the status line.
struct BoardGeometry {
    let layout: BoardLayout
    /// Each column's cards (notes and clusters), made once per frame.
    let units: [[BoardModel.Unit]]
    let titleRow: Int
    let introLines: [String]
    /// By table: the numbered questions, so the room still sees what the post-its answer.
    let legend: [String]
    let legendTop: Int
    let headingTop: Int
    let headingLines: Int
    /// An empty board whose questions do not fit as column headings: the questions one under
    /// the other across the whole width instead, in full (never cut while there is room).
    let questionList: [String]?
    let columnWidth: Int
    let notesTop: Int
    /// The row after the last row of notes.
    let notesBottom: Int
    /// The row of the status line.
    let statusRow: Int
    /// On a wall wide and tall enough, the countdown in large digits at the top right (readable
    /// from the back of the room), and the title and intro beside it in `textWidth` columns.
    let bigTimer: Bool
    let textWidth: Int
    /// The board is arranged by table (`b`, where the item has tables).
    let byTable: Bool
    /// The notes need more than one page: a line names the newest note, whichever page is shown.
    let paged: Bool
    /// How each card is measured and drawn (density, question labels, votes shown).
    let style: PostIt.Context
    static let gap = 1
    static let bigTimerWidth = BigDigits.width("+00:00")

    init(_ frame: ProjectorFrame, width: Int, height: Int, strings: Strings) {
        let state = frame.state
        let byTable = BoardLayout.arrangement(frame.view, state: state) == .byTable
        self.byTable = byTable
        let layout = Self.fitted(BoardLayout(state: state, view: frame.view), byTable: byTable, width: width)
        self.layout = layout
        let units = layout.columns.map { BoardModel.units($0.notes, state: state) }
        self.units = units
        titleRow = 2
        statusRow = height - 3
        let count = max(1, layout.columns.count)
        let columnWidth = (width - 2 - Self.gap * (count - 1)) / count
        self.columnWidth = columnWidth
        let stacks = max(1, (columnWidth + 1) / (Self.minimumPostItWidth + 1))
        let stackWidth = (columnWidth - (stacks - 1)) / stacks
        let questions = state.currentItem.questions
        let showsQuestion = byTable && questions.count > 1
        let votes = VoteBadge.shown(frame)

        // By table the questions stand above the tables, numbered as the post-its' labels.
        var legend: [String] = []
        if showsQuestion {
            let full = questions.enumerated().flatMap { index, text in
                TextLayout.wrap("\(index + 1). \(text)", to: max(10, width - 5)).enumerated()
                    .map { $0.offset == 0 ? $0.element : "   " + $0.element }
            }
            legend = full.count <= max(questions.count, (height - 8) / 4) ? full
                : questions.enumerated().map { TextLayout.truncate("\($0.offset + 1). \($0.element)", to: width - 2) }
        }
        self.legend = legend

        let introText = Board.intro(state.currentItem, state: state, strings: strings)
        let fullHeadings = layout.columns.map { TextLayout.wrap($0.heading, to: columnWidth).count }.max() ?? 1
        // The questions stay whole while they take no more than a third of the wall.
        let headingLines = min(fullHeadings, max(3, (statusRow - titleRow) / 3))
        self.headingLines = headingLines
        let wide = width >= 100 && height >= 30
        // The intro is cut to a few lines, then left out (the questions say what to write about).
        // The post-its lose their frames first (a blank row still parts them), then that row too.
        let options: [(big: Bool, cutIntro: Bool, density: PostIt.Density)] =
            (wide ? [(true, false, .framed), (true, true, .framed), (true, true, .spaced), (false, true, .spaced), (true, true, .compact)]
                  : [(false, false, .framed), (false, true, .framed), (false, true, .spaced)])
            + [(false, true, .compact), (false, true, .compact)]
        let withoutIntro = options.count - 1
        let empty = units.allSatisfy(\.isEmpty)

        struct Choice { var big: Bool; var textWidth: Int; var intro: [String]; var introCut: Bool; var legendTop: Int
                        var headingTop: Int; var notesTop: Int; var density: PostIt.Density }
        let legendRows = legend.isEmpty ? 0 : legend.count + 1
        func place(_ option: (big: Bool, cutIntro: Bool, density: PostIt.Density), index: Int) -> Choice {
            let textWidth = option.big ? width - 2 - Self.bigTimerWidth - 3 : width - 2
            let full = introText.flatMap { TextLayout.wrap($0, to: textWidth) }
            var intro = full
            var introCut = false
            let introRoom = index == withoutIntro ? 0 : height >= 30 ? 3 : 2
            if option.cutIntro, full.count > introRoom {
                intro = Array(full.prefix(introRoom))
                introCut = true
                // Cut, so say so: never stop mid-sentence without "…".
                if let last = intro.popLast() { intro.append(TextLayout.truncate(last + " …", to: textWidth)) }
            }
            // The large digits stand below the title row, beside the intro.
            let above = max(intro.count, option.big ? BigDigits.height : 0)
            let legendTop = 3 + above + 1
            let headingTop = legendTop + legendRows
            return Choice(big: option.big, textWidth: textWidth, intro: intro, introCut: introCut, legendTop: legendTop, headingTop: headingTop,
                          notesTop: headingTop + headingLines + 1, density: option.density)
        }
        var chosen: Choice?
        for (index, option) in options.enumerated() {
            let choice = place(option, index: index)
            let room = statusRow - choice.notesTop
            let context = PostIt.Context(density: option.density, showsQuestion: showsQuestion, votes: votes)
            if room >= (empty ? 1 : 3),
               Self.rowsNeeded(units, stacks: stacks, width: stackWidth, frame: frame, context: context, limit: room) <= room {
                chosen = choice
                break
            }
        }
        let paged = chosen == nil
        let choice = chosen ?? place(options[withoutIntro], index: withoutIntro)
        self.paged = paged
        bigTimer = choice.big
        textWidth = choice.textWidth
        introLines = choice.intro
        legendTop = choice.legendTop
        headingTop = choice.headingTop
        notesTop = choice.notesTop
        notesBottom = paged ? statusRow - 1 : statusRow
        style = PostIt.Context(density: choice.density, showsQuestion: showsQuestion, votes: votes)

        var list: [String]?
        // Nothing written yet, and the questions or the intro would be cut as columns.
        if empty, !byTable, layout.columns.count > 1, fullHeadings > headingLines || choice.introCut || paged {
            // "1. Hvordan …" with the lines after it under its text, not under its number.
            let lines = layout.columns.flatMap { column in
                TextLayout.wrap(column.heading, to: width - 5).enumerated().map { $0.offset == 0 ? $0.element : "   " + $0.element }
            }
            if choice.legendTop + lines.count + 2 <= statusRow { list = lines }
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

    /// Rows the tallest column's cards need (at most `limit` + 1: enough to know they do not fit).
    static func rowsNeeded(_ columns: [[BoardModel.Unit]], stacks: Int, width: Int, frame: ProjectorFrame,
                           context: PostIt.Context, limit: Int) -> Int {
        var most = 0
        for column in columns {
            var total = 0, tallest = 0
            for unit in column {
                let height = BoardCard.height(unit, width: width, frame: frame, context: context)
                total += height
                tallest = max(tallest, height)
                if total / stacks > limit { return limit + 1 }
            }
            most = max(most, column.isEmpty ? 0 : stacks == 1 ? total : total / stacks + tallest)
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
    func pages(_ column: Int, frame: ProjectorFrame) -> [BoardPages.Page] {
        let stacksOfNotes = Board.paginate(units[column], width: stackWidth, height: notesBottom - notesTop, frame: frame,
                                           context: style)
        return stride(from: 0, to: stacksOfNotes.count, by: stacks).map { Array(stacksOfNotes[$0..<min($0 + stacks, stacksOfNotes.count)]) }
    }

    /// Every column's pages.
    func allPages(_ frame: ProjectorFrame) -> BoardPages {
        BoardPages(columns: layout.columns.indices.map { pages($0, frame: frame) })
    }
}

/// The board's cards as the pages show them: columns → pages → stacks side by side → cards
/// top to bottom.
struct BoardPages {
    /// Cards one under the other.
    typealias Stack = [BoardModel.Unit]
    /// One page of one column: its stacks side by side.
    typealias Page = [Stack]

    /// Each column's pages (a column with fewer notes has fewer).
    let columns: [[Page]]

    /// Pages of the fullest column.
    var count: Int { columns.map(\.count).max() ?? 1 }

    /// The page a note is on, if it is on the board.
    func page(of id: String?) -> Int? {
        guard let id else { return nil }
        return columns.lazy.compactMap { pages in pages.firstIndex { $0.joined().contains { $0.notes.contains { $0.id == id } } } }.first
    }
}

enum Board {
    static let maximumNoteLines = 6

    /// A card on the page shown: its notes, where it stands, and its column and stack.
    struct Placed {
        let ids: [String]
        let column: Int
        let stack: Int
        let x: Int
        let y: Int
    }

    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        let item = frame.state.currentItem
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        let geometry = BoardGeometry(frame, width: canvas.width, height: canvas.height, strings: strings)

        // Title and a compact countdown.
        let y = geometry.titleRow
        let label = strings.kindLabel(item.kind) + "  "
        let labelWidth = canvas.write(label, x: 1, y: y, style: .dim)
        if geometry.bigTimer {
            let text = CountdownText.format(frame.remainingSeconds)
            let x = canvas.width - BigDigits.width(text) - 1
            ClockPart.big.draw(frame, strings: strings, x: x, y: y + 1, on: &canvas)
            canvas.write(item.title, x: 1 + labelWidth, y: y, style: .title, limit: canvas.width - labelWidth - 2)
        } else {
            let countdown = Countdown.compact(frame, strings: strings)
            let countdownWidth = DisplayWidth.of(countdown)
            canvas.write(item.title, x: 1 + labelWidth, y: y, style: .title, limit: canvas.width - labelWidth - countdownWidth - 4)
            ClockPart.compact.draw(frame, strings: strings, x: canvas.width - countdownWidth - 1, y: y, on: &canvas)
        }
        for (offset, line) in geometry.introLines.enumerated() {
            canvas.write(line, x: 1, y: y + 1 + offset, style: .dim)
        }

        let layout = geometry.layout
        guard !layout.columns.isEmpty else { return }
        if let list = geometry.questionList {
            // Nothing written yet and too many questions for columns: each in full, one under the other.
            let top = geometry.legendTop
            for (offset, line) in list.enumerated() { canvas.write(line, x: 1, y: top + offset, style: .bold, limit: canvas.width - 2) }
            canvas.centred(frame.view.search == nil ? strings.noNotesYet : strings.search(frame.view.search ?? ""),
                           y: min(geometry.statusRow - 1, top + list.count + 1), style: .dim)
            status(frame, byTable: geometry.byTable, pages: 1, shown: 0, heldBySelection: false, strings: strings,
                   row: geometry.statusRow, on: &canvas)
            return
        }
        for (offset, line) in geometry.legend.enumerated() {
            canvas.write(line, x: 1, y: geometry.legendTop + offset, style: .plain, limit: canvas.width - 2)
        }
        let newest = layout.newestID
        let columnPages = geometry.allPages(frame)
        let pageCount = columnPages.count
        let selectedPage = columnPages.page(of: frame.view.selectedNote)
        let shown = shownPage(frame, pages: pageCount, selectedPage: selectedPage)
        for (index, column) in layout.columns.enumerated() {
            let x = geometry.columnX(index)
            let heading = TextLayout.wrap(column.heading, to: geometry.columnWidth, maxLines: geometry.headingLines)
            for (offset, line) in heading.enumerated() {
                canvas.write(line, x: x, y: geometry.headingTop + offset, style: .bold, limit: geometry.columnWidth)
            }
            canvas.write(String(repeating: chars.horizontal, count: geometry.columnWidth), x: x,
                         y: geometry.headingTop + geometry.headingLines, style: .dim)
            let pages = columnPages.columns[index]
            for (stackIndex, stack) in pages[columnPage(frame, shown: shown, of: pages.count, selectedPage: selectedPage)].enumerated() {
                var noteY = geometry.notesTop
                let stackX = x + stackIndex * (geometry.stackWidth + 1)
                for unit in stack {
                    noteY += BoardCard.draw(unit, x: stackX, y: noteY, width: geometry.stackWidth, frame: frame, strings: strings,
                                            newest: newest, context: geometry.style, chars: chars, on: &canvas)
                }
            }
        }
        // A card taller than the room for notes (a cluster of long notes on a small wall) is cut
        // at its bottom edge: what ran over is cleared before the lines under the notes.
        canvas.fill(x: 0, y: geometry.notesBottom, width: canvas.width, height: canvas.height - geometry.notesBottom)
        if geometry.units.allSatisfy(\.isEmpty) {
            canvas.centred(frame.view.search == nil ? strings.noNotesYet : strings.search(frame.view.search ?? ""),
                           y: geometry.notesTop + 1, style: .dim)
        }
        if pageCount > 1, let id = newest, let note = frame.state.notes[id] {
            newestLine(note, frame: frame, strings: strings, chars: chars, row: geometry.statusRow - 1, on: &canvas)
        }
        status(frame, byTable: geometry.byTable, pages: pageCount, shown: shown,
               heldBySelection: frame.view.page == nil && selectedPage != nil, strings: strings, row: geometry.statusRow, on: &canvas)
    }

    /// "★ Nyeste (spm. 3): … — Åse Østergaard (MKB)": the newest note, whichever page is shown.
    static func newestLine(_ note: Note, frame: ProjectorFrame, strings: Strings, chars: BoxChars, row: Int, on canvas: inout Canvas) {
        var head = chars.star + " " + strings.newestNote
        if frame.state.currentItem.questions.count > 1, let question = note.question { head += " (" + strings.questionLabel(question) + ")" }
        var line = head + ": " + (frame.state.keyPoints[note.id]?.text ?? note.text).replacingNewlines
        if frame.view.showAuthors, let author = frame.state.authorName(of: note) {
            line += " — " + author + (note.department.map { " (\($0))" } ?? "")
        }
        canvas.write(TextLayout.truncate(line, to: canvas.width - 2), x: 1, y: row, style: .bold, limit: canvas.width - 2)
    }

    /// The page on the wall: the one held (PgUp/PgDn, `h`), else the selected note's, else, once
    /// the votes are shown, the first (where the most votes are); else the pages turn by
    /// themselves, one every `page_seconds`, so no page is parked on (a pure function of the clock).
    static func shownPage(_ frame: ProjectorFrame, pages: Int, selectedPage: Int?) -> Int {
        guard pages > 1 else { return 0 }
        if let page = frame.view.page { return min(max(0, page), pages - 1) }
        if let selectedPage { return min(selectedPage, pages - 1) }
        let state = frame.state
        if let voting = state.votings[state.position], voting.revealed, voting.target == .notes { return 0 }
        return turningPage(frame.now, pages: pages, seconds: state.workshop.pageSeconds)
    }

    /// The page one column shows: while the pages turn by themselves, a column with fewer pages
    /// turns through its own (never parked on its last, half-empty one); held, the page held or its last.
    static func columnPage(_ frame: ProjectorFrame, shown: Int, of count: Int, selectedPage: Int?) -> Int {
        guard count > 1 else { return 0 }
        let state = frame.state
        let revealed = state.votings[state.position].map { $0.revealed && $0.target == .notes } ?? false
        if frame.view.page == nil, selectedPage == nil, !revealed {
            return turningPage(frame.now, pages: count, seconds: state.workshop.pageSeconds)
        }
        return min(shown, count - 1)
    }

    /// The page shown at `now` while the pages turn by themselves.
    static func turningPage(_ now: Timestamp, pages: Int, seconds: Int) -> Int {
        guard pages > 1 else { return 0 }
        let slot = now.millisecondsSinceEpoch / (1000 * Int64(max(1, seconds)))
        let page = slot % Int64(pages)
        return Int(page < 0 ? page + Int64(pages) : page)
    }

    /// The page on the wall now (for the paging keys to go on from).
    static func currentPage(_ frame: ProjectorFrame, width: Int, height: Int) -> Int {
        let geometry = BoardGeometry(frame, width: width, height: height, strings: Strings(frame.view.language))
        let columnPages = geometry.allPages(frame)
        // Until the facilitator pages, the selected note's page is shown.
        return shownPage(frame, pages: columnPages.count, selectedPage: columnPages.page(of: frame.view.selectedNote))
    }

    /// The cards on the page shown now, where they stand (for the arrow keys).
    static func placedCards(_ frame: ProjectorFrame, width: Int, height: Int) -> [Placed] {
        let geometry = BoardGeometry(frame, width: width, height: height, strings: Strings(frame.view.language))
        guard geometry.questionList == nil else { return [] }
        let columnPages = geometry.allPages(frame)
        let selected = columnPages.page(of: frame.view.selectedNote)
        let shown = shownPage(frame, pages: columnPages.count, selectedPage: selected)
        var placed: [Placed] = []
        for (column, pages) in columnPages.columns.enumerated() {
            for (stackIndex, stack) in pages[columnPage(frame, shown: shown, of: pages.count, selectedPage: selected)].enumerated() {
                var y = geometry.notesTop
                let x = geometry.columnX(column) + stackIndex * (geometry.stackWidth + 1)
                for unit in stack {
                    placed.append(Placed(ids: unit.notes.map(\.id), column: column, stack: stackIndex, x: x, y: y))
                    y += BoardCard.height(unit, width: geometry.stackWidth, frame: frame, context: geometry.style)
                }
            }
        }
        return placed
    }

    /// Pages of the fullest column at this size (for paging keys).
    static func pageCount(_ frame: ProjectorFrame, width: Int, height: Int) -> Int {
        let geometry = BoardGeometry(frame, width: width, height: height, strings: Strings(frame.view.language))
        return geometry.allPages(frame).count
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
    static func paginate(_ units: [BoardModel.Unit], width: Int, height: Int, frame: ProjectorFrame,
                         context: PostIt.Context) -> [[BoardModel.Unit]] {
        var pages: [[BoardModel.Unit]] = [[]]
        var used = 0
        for unit in units {
            let unitHeight = BoardCard.height(unit, width: width, frame: frame, context: context)
            if used + unitHeight > height, !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(unit)
            used += unitHeight
        }
        return pages
    }

    /// The item's notes as `samskab status` counts them, and how many of them are merged into a key point.
    static func counts(_ state: SessionState) -> (notes: Int, merged: Int) {
        let notes = state.visibleNotes(item: state.position)
        var merged = 0
        for note in notes { merged += state.keyPoints[note.id]?.merged.reduce(0) { $0 + (state.notes[$1]?.withdrawn == false ? 1 : 0) } ?? 0 }
        return (notes.count, merged)
    }

    static func status(_ frame: ProjectorFrame, byTable: Bool, pages: Int, shown: Int, heldBySelection: Bool, strings: Strings,
                       row: Int, on canvas: inout Canvas) {
        let counts = counts(frame.state)
        var parts = [strings.notesCount(counts.notes, merged: counts.merged)]
        if pages > 1 {
            let how = frame.view.page != nil ? strings.pageHeld : heldBySelection ? strings.pageOfSelection
                : strings.pagesTurn(every: frame.state.workshop.pageSeconds)
            parts.append(strings.page(shown + 1, pages) + " · " + how)
        }
        if let search = frame.view.search { parts.append(strings.search(search)) }
        if !frame.view.showAuthors { parts.append(strings.authorsHidden) }
        if byTable || frame.state.tablePlans[frame.state.position] != nil {
            parts.append((byTable ? strings.byTable : strings.byQuestion) + " (b)")
        }
        canvas.write(parts.joined(separator: " · "), x: 1, y: row, style: .dim, limit: canvas.width - 2)
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
/// Shrunk (`compact`), the post-it is its text lines alone: no frame and no padding, the first
/// line led by its mark (• a note, ★ the newest, ◆ a key point, ✓ marked, » being merged).
enum PostIt {
    enum Density: Sendable, Equatable {
        case framed
        /// Text lines with a blank row after each post-it.
        case spaced
        /// Text lines only.
        case compact
    }

    /// How the cards of one frame are drawn: shared by measuring, paging and drawing.
    struct Context {
        var density: Density = .framed
        /// By table, each post-it says which question it answers.
        var showsQuestion = false
        /// The votes shown (`VoteBadge.shown`), counted once per frame.
        var votes: [String: Int]?
    }

    static func lines(_ note: Note, width: Int, frame: ProjectorFrame) -> [String] {
        let point = frame.state.keyPoints[note.id]
        // A key point shows the facilitator's wording, and the notes merged into it stand with it
        // (they are not repeated in their own columns).
        var lines = TextLayout.wrap(point?.text ?? note.text, to: max(1, width - 2), maxLines: Board.maximumNoteLines)
        if frame.view.showAuthors, let author = frame.state.authorName(of: note) {
            lines.append("— " + author + (note.department.map { " (\($0))" } ?? ""))
        }
        lines += mergedLines(note, width: width, frame: frame)
        return lines
    }

    static func mergedLines(_ note: Note, width: Int, frame: ProjectorFrame) -> [String] {
        guard let point = frame.state.keyPoints[note.id], !point.merged.isEmpty else { return [] }
        let merged = point.merged.compactMap { frame.state.notes[$0] }.filter { !$0.withdrawn }
        var lines = merged.prefix(3).map { TextLayout.truncate("+ " + $0.text.replacingOccurrences(of: "\n", with: " "), to: max(1, width - 2)) }
        if merged.count > 3 { lines.append("+ \(merged.count - 3) …") }
        return lines
    }

    /// The same as `lines(…).count + 2`, counted without making the lines: every note on the
    /// board is measured to page it, every frame, and only one page is shown.
    static func height(_ note: Note, width: Int, frame: ProjectorFrame, context: Context = Context()) -> Int {
        let point = frame.state.keyPoints[note.id]
        var count = TextLayout.lineCount(point?.text ?? note.text, to: max(1, width - 2), maxLines: Board.maximumNoteLines)
        let author = frame.view.showAuthors && frame.state.authorName(of: note) != nil
        if let point, !point.merged.isEmpty {
            let merged = point.merged.reduce(0) { $0 + (frame.state.notes[$1]?.withdrawn == false ? 1 : 0) }
            count += min(3, merged) + (merged > 3 ? 1 : 0)
        }
        switch context.density {
        case .framed: return count + (author ? 1 : 0) + 2
        case .spaced, .compact:
            return count + (author || !compactLabels(note, context: context, strings: nil).isEmpty ? 1 : 0)
                + (context.density == .spaced ? 1 : 0)
        }
    }

    /// The labels a shrunk post-it carries after its author: its question (by table) and its votes.
    static func compactLabels(_ note: Note, context: Context, strings: Strings?, chars: BoxChars = .unicode) -> [String] {
        var labels: [String] = []
        if context.showsQuestion, let question = note.question { labels.append(strings?.questionLabel(question) ?? "") }
        if let votes = context.votes?[note.id], votes > 0 {
            labels.append(strings.flatMap { VoteBadge.label(votes, strings: $0, chars: chars) } ?? "")
        }
        return labels
    }

    /// Draws the post-it and returns its height.
    static func draw(_ note: Note, x: Int, y: Int, width: Int, frame: ProjectorFrame, strings: Strings,
                     isNewest: Bool, context: Context = Context(), votes: Int? = nil, chars: BoxChars, on canvas: inout Canvas) -> Int {
        let isKeyPoint = frame.state.keyPoints[note.id] != nil
        let merging = frame.view.mergeSource == note.id
        let style: CellStyle = note.id == frame.view.selectedNote ? .selected
            : isNewest ? .noteNewest : isKeyPoint || merging ? .keyPoint : .note
        if context.density != .framed {
            return drawCompact(note, x: x, y: y, width: width, frame: frame, strings: strings, isNewest: isNewest,
                               context: context, style: style, chars: chars, on: &canvas)
        }
        let text = lines(note, width: width, frame: frame)
        var labels: [String] = []
        if merging { labels.append((frame.view.ascii ? ">" : "»") + " " + strings.merging) }
        if let badge = VoteBadge.label(votes, strings: strings, chars: chars) { labels.append(badge) }
        if frame.view.marked.contains(note.id) { labels.append(chars.check + " " + strings.marked) }
        if isNewest { labels.append(chars.star + " " + strings.newest) }
        if isKeyPoint { labels.append(chars.diamond + " " + strings.keyPoint) }
        if context.showsQuestion, let question = note.question { labels.append(strings.questionLabel(question)) }
        let label = labels.isEmpty ? nil : labels.joined(separator: " ")
        // The newest is marked by its badge and a heavy frame, never by fainter or bolder text
        // (bold black on yellow shows as grey on many terminals).
        canvas.box(x: x, y: y, width: width, height: text.count + 2, style: style, chars: isNewest || merging ? chars.heavy : chars,
                   label: label)
        for (offset, line) in text.enumerated() {
            canvas.write(line, x: x + 1, y: y + 1 + offset, style: style, limit: width - 2)
        }
        return text.count + 2
    }

    /// A shrunk post-it: its mark, its text lines, then its author and labels on one line.
    private static func drawCompact(_ note: Note, x: Int, y: Int, width: Int, frame: ProjectorFrame, strings: Strings, isNewest: Bool,
                                    context: Context, style: CellStyle, chars: BoxChars, on canvas: inout Canvas) -> Int {
        let point = frame.state.keyPoints[note.id]
        let mark = frame.view.mergeSource == note.id ? (frame.view.ascii ? ">" : "»") : frame.view.marked.contains(note.id) ? chars.check
            : isNewest ? chars.star : point != nil ? chars.diamond : chars.bullet
        var rows = TextLayout.wrap(point?.text ?? note.text, to: max(1, width - 2), maxLines: Board.maximumNoteLines)
            .enumerated().map { ($0.offset == 0 ? mark : " ") + " " + $0.element }
        // The labels first (by table, the question the note answers), then the author.
        var info = compactLabels(note, context: context, strings: strings, chars: chars)
        if frame.view.showAuthors, let author = frame.state.authorName(of: note) {
            info.append("— " + author + (note.department.map { " (\($0))" } ?? ""))
        }
        rows += mergedLines(note, width: width, frame: frame).map { "  " + $0 }
        for (offset, row) in rows.enumerated() {
            canvas.fill(x: x, y: y + offset, width: width, height: 1, style: style)
            canvas.write(row, x: x, y: y + offset, style: style, limit: width)
        }
        // The author and labels under the coloured text, on the wall's own background: they
        // part one post-it from the next where no frame does (the selected note stays marked whole).
        if !info.isEmpty {
            canvas.write("  " + info.joined(separator: " "), x: x, y: y + rows.count,
                         style: style == .selected ? .selected : .plain, limit: width)
            rows.append("")
        }
        return rows.count + (context.density == .spaced ? 1 : 0)
    }
}

/// Fernisering: the boards visited, the reflection question, and any notes on it.
enum GalleryCard {
    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        Board.draw(frame, strings: strings, rows: rows, on: &canvas)
    }
}
