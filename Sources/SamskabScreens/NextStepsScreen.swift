import SamskabModel
import SamskabSession

/// `N`: the day's next steps on the wall, large — the definition's, then those recorded with
/// `t` — each as what, who and by when, readable from the back of the room.
enum NextStepsScreen {
    struct Step: Equatable {
        var text: String
        var owner: String?
        var due: CalendarDate?
    }

    static func isShown(_ view: ProjectorView) -> Bool {
        view.showNextSteps && view.attendance == nil
    }

    /// The definition's next steps, then those recorded on the day, in the order recorded.
    static func steps(_ state: SessionState) -> [Step] {
        state.workshop.nextSteps.map { Step(text: $0.text, owner: $0.owner, due: $0.due) }
            + state.actions.values.map { Step(text: $0.text, owner: $0.owner, due: $0.due) }
    }

    /// Where one step goes: its box's height and the text lines in it.
    struct Placed {
        var number: Int
        var lines: [String]
        var detail: String?
        var height: Int
    }

    struct Layout {
        /// Big digits for the numbers (on a large wall), else the number in the frame.
        var bigNumbers: Bool
        /// Columns before the text in each box (the big number and its gap).
        var textOffset: Int
        var textWidth: Int
        var pages: [[Placed]]
    }

    static func layout(_ state: SessionState, strings: Strings, width: Int, rows: Int) -> Layout {
        let steps = steps(state)
        let boxWidth = width - 4
        func place(big: Bool) -> (Int, Int, [Placed]) {
            let numberWidth = big ? BigDigits.width("\(max(1, steps.count))") + 3 : 0
            let textWidth = max(10, boxWidth - 4 - numberWidth)
            let placed = steps.enumerated().map { index, step in
                let lines = TextLayout.wrap(step.text, to: textWidth, maxLines: max(1, rows - 4))
                let detail = detail(step, strings: strings)
                let detailLines = detail == nil ? 0 : 1
                let height = max(big ? BigDigits.height : 0, lines.count + detailLines) + 2
                return Placed(number: index + 1, lines: lines, detail: detail, height: height)
            }
            return (numberWidth, textWidth, placed)
        }
        // Big numbers where every step fits on one page with them and the wall is wide.
        let (bigOffset, bigWidth, big) = place(big: true)
        if width >= 100, big.reduce(0, { $0 + $1.height }) <= rows {
            return Layout(bigNumbers: true, textOffset: bigOffset, textWidth: bigWidth, pages: big.isEmpty ? [[]] : [big])
        }
        let (_, textWidth, small) = place(big: false)
        var pages: [[Placed]] = [[]]
        var used = 0
        for step in small {
            if used + step.height > rows, !pages[pages.count - 1].isEmpty {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(step)
            used += step.height
        }
        return Layout(bigNumbers: false, textOffset: 0, textWidth: textWidth, pages: pages)
    }

    static func detail(_ step: Step, strings: Strings) -> String? {
        var parts: [String] = []
        if let owner = step.owner { parts.append("\(strings.nextStepsOwner): \(owner)") }
        if let due = step.due { parts.append("\(strings.nextStepsDue): \(due.spelled(in: strings.language))") }
        return parts.isEmpty ? nil : parts.joined(separator: "  ·  ")
    }

    /// Rows for the steps: below the heading (two rows), above the message line.
    static func stepRows(height: Int) -> (top: Int, bottom: Int) { (3, height - 3) }

    static func pageCount(_ state: SessionState, view: ProjectorView, size: (width: Int, height: Int)) -> Int {
        let rows = stepRows(height: size.height)
        return layout(state, strings: Strings(view.language), width: size.width, rows: rows.bottom - rows.top).pages.count
    }

    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        let rows = stepRows(height: canvas.height)
        let layout = layout(frame.state, strings: strings, width: canvas.width, rows: rows.bottom - rows.top)
        let page = min(max(0, frame.view.nextStepsPage), layout.pages.count - 1)
        var heading = strings.nextStepsTitle
        if layout.pages.count > 1 { heading += "  (" + strings.nextStepsPage(page + 1, of: layout.pages.count) + ")" }
        canvas.write(heading, x: 2, y: 1, style: .title, limit: canvas.width - 4)
        let close = strings.nextStepsClose
        if DisplayWidth.of(heading) + DisplayWidth.of(close) + 8 <= canvas.width {
            canvas.write(close, x: canvas.width - 2 - DisplayWidth.of(close), y: 1, style: .plain)
        }
        guard !layout.pages[page].isEmpty else {
            canvas.centred(strings.nextStepsNone, y: (rows.top + rows.bottom) / 2, style: .bold)
            return
        }
        var y = rows.top
        let boxWidth = canvas.width - 4
        for step in layout.pages[page] {
            let label = layout.bigNumbers ? nil : " \(step.number) "
            canvas.box(x: 2, y: y, width: boxWidth, height: step.height, style: .plain, chars: chars, label: label)
            let textX = 4 + layout.textOffset
            if layout.bigNumbers {
                for (offset, row) in BigDigits.rows("\(step.number)", ascii: frame.view.ascii).enumerated() {
                    canvas.write(row, x: 4, y: y + 1 + offset, style: .title)
                }
            }
            var lineY = y + 1
            for line in step.lines {
                canvas.write(line, x: textX, y: lineY, style: .title, limit: layout.textWidth)
                lineY += 1
            }
            if let detail = step.detail {
                canvas.write(detail, x: textX, y: lineY, style: .bold, limit: layout.textWidth)
            }
            y += step.height
        }
    }
}
