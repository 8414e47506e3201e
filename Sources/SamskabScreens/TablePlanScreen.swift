import SamskabModel
import SamskabSession

/// The table plan on the wall, readable from the back of the room: a box per table, its name
/// in the frame, its people one a line (Danish order) with their department code.
enum TablePlanScreen {
    /// The plan the wall shows now, if the view asks for it and the current item has one.
    static func shownPlan(_ state: SessionState, view: ProjectorView) -> TablePlan? {
        guard view.showPlan, view.attendance == nil else { return nil }
        return state.tablePlans[state.position]
    }

    /// The people of one table as the wall lists them: name, and the department code unless it
    /// is the table's own department.
    struct Seat {
        var name: String
        var code: String?
    }

    static func seats(_ table: Table, state: SessionState) -> [Seat] {
        // Each name's sort key made once, not at every comparison (a quarter of a frame's time).
        table.members.compactMap { state.participants[$0] }
            .map { (key: DanishOrder.key($0.name), person: $0) }
            .sorted { ($0.key, $0.person.name) < ($1.key, $1.person.name) }
            .map { Seat(name: $0.person.name, code: $0.person.department == table.department ? nil : $0.person.department) }
    }

    static func grid(_ plan: TablePlan, state: SessionState, width: Int, height: Int) -> TablePlanGrid {
        let all = plan.tables.flatMap { seats($0, state: state) }
        let area = self.area(width: width, height: height)
        return TablePlanGrid(sizes: plan.tables.map(\.members.count),
                             nameWidths: all.map { DisplayWidth.of($0.name) },
                             codeWidth: all.compactMap { $0.code.map(DisplayWidth.of) }.max() ?? 0,
                             numbered: plan.tables.contains { isNumbered($0, state: state) },
                             x: area.x, y: area.y, width: area.width, height: area.height)
    }

    /// The table's name as it fits in its frame: a department's table too narrow for the
    /// department's name goes by its code ("Børn og Unge 2" → "MBU 2").
    static func label(_ table: Table, width: Int, state: SessionState) -> String {
        guard DisplayWidth.of(table.name) > width, let code = table.department else {
            return TextLayout.truncate(table.name, to: width)
        }
        let full = state.workshop.department(code: code)?.name ?? code
        let suffix = table.name.hasPrefix(full) ? String(table.name.dropFirst(full.count)) : ""
        return TextLayout.truncate(code + suffix, to: width)
    }

    /// A table known by its number ("Bord 3"), not by a department's or a chosen name.
    static func isNumbered(_ table: Table, state: SessionState) -> Bool {
        table.name == state.numberedTableName(table.number)
    }

    /// Below the title row, above the status row.
    static func area(width: Int, height: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        (1, 4, width - 2, height - 3 - 4)
    }

    static func pageCount(_ state: SessionState, view: ProjectorView, size: (width: Int, height: Int)) -> Int {
        guard let plan = state.tablePlans[state.position] else { return 1 }
        return grid(plan, state: state, width: size.width, height: size.height).pages
    }

    static func draw(_ frame: ProjectorFrame, plan: TablePlan, strings: Strings, on canvas: inout Canvas) {
        let state = frame.state
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        title(frame, strings: strings, on: &canvas)
        let grid = grid(plan, state: state, width: canvas.width, height: canvas.height)
        let page = min(max(0, frame.view.planPage), grid.pages - 1)
        for (index, table) in plan.tables.enumerated() where grid.page(of: index) == page {
            let (x, y) = grid.position(index)
            canvas.box(x: x, y: y, width: grid.boxWidth, height: grid.boxHeight, style: .plain, chars: chars)
            let label = " " + self.label(table, width: max(1, grid.boxWidth - 6), state: state) + " "
            canvas.write(label, x: x + 2, y: y, style: .title, limit: grid.boxWidth - 4)
            if grid.numberRows > 0, isNumbered(table, state: state) {
                let digits = BigDigits.rows(String(table.number), ascii: frame.view.ascii)
                let digitsWidth = DisplayWidth.of(digits[0])
                if digitsWidth <= grid.boxWidth - 4 {
                    for (offset, row) in digits.enumerated() {
                        canvas.write(row, x: x + (grid.boxWidth - digitsWidth) / 2, y: y + 1 + offset, style: .title)
                    }
                }
            }
            let entryWidth = grid.entryWidth
            for (number, seat) in seats(table, state: state).enumerated() {
                let column = number / grid.lines, row = number % grid.lines
                guard column < grid.nameColumns else { break }
                let entryX = x + 1 + grid.padding + column * (entryWidth + 2)
                let entryY = y + 1 + grid.numberRows + row * grid.spacing
                let code = seat.code.map { " " + $0 } ?? ""
                let codeWidth = DisplayWidth.of(code)
                let name = NameFit.fit(seat.name, to: max(1, entryWidth - max(codeWidth, grid.codeRoom)))
                canvas.write(name, x: entryX, y: entryY, style: .plain, limit: entryWidth)
                if codeWidth > 0, codeWidth < entryWidth {
                    canvas.write(code, x: entryX + entryWidth - codeWidth, y: entryY, style: .plain)
                }
            }
        }
        status(frame, plan: plan, pages: grid.pages, page: page, strings: strings, on: &canvas)
    }

    /// "BORDPLAN  <the item>" and a compact countdown.
    private static func title(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let y = 2
        let labelWidth = canvas.write(strings.tablePlanLabel + "  ", x: 1, y: y, style: .dim)
        let countdown = Countdown.compact(frame, strings: strings)
        let countdownWidth = DisplayWidth.of(countdown)
        canvas.write(frame.state.currentItem.title, x: 1 + labelWidth, y: y, style: .title,
                     limit: canvas.width - labelWidth - countdownWidth - 4)
        ClockPart.compact.draw(frame, strings: strings, x: canvas.width - countdownWidth - 1, y: y, on: &canvas)
    }

    private static func status(_ frame: ProjectorFrame, plan: TablePlan, pages: Int, page: Int, strings: Strings,
                               on canvas: inout Canvas) {
        let state = frame.state
        var parts = [strings.peopleAtTables(plan.seatedCount, plan.tables.count)]
        if pages > 1 { parts.append(strings.page(page + 1, pages) + " (PgUp/PgDn)") }
        let unseated = state.presentParticipants.filter { plan.table(of: $0.id) == nil }
        if !unseated.isEmpty {
            parts.append(strings.unseated(unseated.count, names: unseated.map(\.name).joined(separator: ", ")))
        }
        // What the plan is first; the keys at the right where they fit beside it.
        let text = parts.joined(separator: " · ")
        let keys = strings.planKeys
        let y = canvas.height - 3
        canvas.write(TextLayout.truncate(text, to: canvas.width - 2), x: 1, y: y, style: .dim)
        if DisplayWidth.of(text) + DisplayWidth.of(keys) + 5 <= canvas.width {
            canvas.write(keys, x: canvas.width - DisplayWidth.of(keys) - 1, y: y, style: .dim)
        }
    }
}
