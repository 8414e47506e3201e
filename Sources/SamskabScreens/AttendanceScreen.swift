import SamskabModel
import SamskabSession

/// Who is here, drawn over the wall: a checkbox and the word for each person (never colour
/// alone), the chosen one in reverse, scrolled to keep it in view.
enum AttendanceScreen {
    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        guard let list = frame.view.attendance else { return }
        let state = frame.state
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        let people = list.people(state)
        let present = state.participants.values.filter { !$0.absent }.count
        let x = 2, y = 1, width = canvas.width - 4, height = canvas.height - 2
        // The list takes the wall: nothing of the board shows beside it.
        canvas.fill(x: 0, y: y, width: canvas.width, height: height, style: .plain)
        canvas.box(x: x, y: y, width: width, height: height, style: .plain, chars: chars)
        canvas.write(" " + strings.attendanceTitle(present: present, of: state.participants.count) + " ",
                     x: x + 2, y: y, style: .title, limit: width - 20)

        // The search line.
        let inner = x + 2, innerWidth = width - 4
        let promptWidth = canvas.write(strings.attendanceFilter, x: inner, y: y + 1, style: .dim)
        canvas.fill(x: inner + promptWidth, y: y + 1, width: max(0, min(30, innerWidth - promptWidth)), height: 1, style: .input)
        canvas.write(list.filter.text, x: inner + promptWidth, y: y + 1, style: .input, limit: max(0, innerWidth - promptWidth))
        canvas.cursor = (min(inner + innerWidth - 1, inner + promptWidth + list.filter.cursorColumn), y + 1)

        // The people, scrolled so the chosen one is in view.
        let rows = AttendanceList.visibleRows(height: canvas.height)
        let top = y + 3
        guard !people.isEmpty else {
            canvas.write(strings.attendanceNobody, x: inner, y: top, style: .dim)
            hints(strings, x: inner, y: y + height - 1, width: innerWidth, on: &canvas)
            return
        }
        let selected = min(list.selected, people.count - 1)
        let first = max(0, min(selected - rows / 2, people.count - rows))
        let codeWidth = people.map { DisplayWidth.of($0.department ?? "") }.max() ?? 0
        let statusWidth = max(DisplayWidth.of(strings.present), DisplayWidth.of(strings.absent))
        let nameWidth = max(8, min(40, innerWidth - 4 - codeWidth - statusWidth - 8))
        for (row, person) in people[first...].prefix(rows).enumerated() {
            let isSelected = first + row == selected
            let box = person.absent ? "[ ]" : (frame.view.ascii ? "[x]" : "[✓]")
            let name = TextLayout.pad(TextLayout.truncate(person.name, to: nameWidth), to: nameWidth)
            let code = TextLayout.pad(person.department ?? "", to: codeWidth)
            let marker = isSelected ? (frame.view.ascii ? "> " : "▶ ") : "  "
            let line = marker + box + " " + name + "  " + code + "  "
                + (person.absent ? strings.absent : strings.present)
            let style: CellStyle = isSelected ? .selected : person.absent ? .dim : .plain
            canvas.write(line, x: inner, y: top + row, style: style, limit: innerWidth)
        }
        if people.count > rows {
            // Which part of the list is in view, in the top frame at the right.
            let shown = " " + strings.range(first + 1, min(people.count, first + rows), of: people.count) + " "
            canvas.write(shown, x: x + width - DisplayWidth.of(shown) - 2, y: y, style: .dim)
        }
        hints(strings, x: inner, y: y + height - 1, width: innerWidth, on: &canvas)
    }

    private static func hints(_ strings: Strings, x: Int, y: Int, width: Int, on canvas: inout Canvas) {
        canvas.write(" " + strings.attendanceHints + " ", x: x, y: y, style: .dim, limit: max(0, width))
    }
}
