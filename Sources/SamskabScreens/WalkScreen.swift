import SamskabModel
import SamskabSession

/// The gallery walk (fernisering) on the wall, readable from the back of the room: the round,
/// the round's countdown in digits as large as fit (or SKIFT for a few seconds after a shift),
/// and each pair with the board it stands at now and the next; in a reflection round the
/// question, large.
enum WalkScreen {
    /// Whether the wall shows the walk now: on a gallery, unless the board was asked for (`g`).
    static func isShown(_ state: SessionState, view: ProjectorView) -> Bool {
        view.showPlan && view.attendance == nil && state.gallery(item: state.position) != nil
    }

    /// Where the parts go at one size.
    struct Layout {
        let scale: Int
        let textWidth: Int
        let textLines: [(String, CellStyle)]
        let bodyTop: Int
        let grid: WalkPlanGrid?
        let statusRow: Int
    }

    static func layout(_ frame: ProjectorFrame, width: Int, height: Int, strings: Strings) -> Layout {
        let state = frame.state
        let moment = state.walkMoment(item: state.position, at: frame.now)
        let route = WalkRoute(state, item: state.position)
        let statusRow = height - 3
        let pairs = route.map { $0.pairs(round: moment?.round ?? 0, state: state) } ?? []
        let visiting = moment.map { !$0.isReflection } ?? true
        let big = bigText(frame, strings: strings)
        var chosen: Layout?
        for scale in [3, 2, 1] {
            let bigWidth = BigDigits.width(big.text) * scale
            let textWidth = width - 2 - bigWidth - 3
            guard scale == 1 || textWidth >= 40 else { continue }
            let lines = self.textLines(frame, moment: moment, width: max(20, textWidth), strings: strings)
            let bodyTop = 2 + max(lines.count, BigDigits.height * scale) + 1
            var grid: WalkPlanGrid?
            if let route, visiting, !pairs.isEmpty {
                let labelWidth = pairs.map { DisplayWidth.of(strings.pairLabel($0.number)) }.max() ?? 6
                let places = pairs.flatMap {
                    [route.place($0.now, state: state, strings: strings),
                     route.place($0.next, isEnd: $0.nextIsEnd, state: state, strings: strings)]
                } + [strings.stationNow, strings.stationNext]
                grid = WalkPlanGrid(pairs: pairs.count, labelWidth: labelWidth, stationWidth: places.map(DisplayWidth.of).max() ?? 6,
                                    width: width - 2, height: statusRow - bodyTop - 1)
            }
            let layout = Layout(scale: scale, textWidth: textWidth, textLines: lines, bodyTop: bodyTop, grid: grid, statusRow: statusRow)
            // The largest digits that leave every pair on one page (or, in a reflection, room for the question).
            let fits = grid.map { $0.pages == 1 } ?? (statusRow - bodyTop >= 6)
            if scale == 1 || fits {
                chosen = layout
                break
            }
        }
        return chosen ?? Layout(scale: 1, textWidth: width - 2, textLines: [], bodyTop: 8, grid: nil, statusRow: statusRow)
    }

    /// The large text at the top right: the round's countdown, or SKIFT just after a shift.
    static func bigText(_ frame: ProjectorFrame, strings: Strings) -> (text: String, style: CellStyle) {
        // Red letters, solid, on the wall's own background: read at a glance.
        if isShifting(frame) { return (strings.shiftWord, .warning) }
        let state = frame.state
        guard let moment = state.walkMoment(item: state.position, at: frame.now), !moment.isOver else {
            return (CountdownText.format(frame.remainingSeconds), frame.remainingSeconds < 0 ? .warning : .countdown)
        }
        return (CountdownText.format(Int(moment.secondsLeftInRound.rounded(.up))), .countdown)
    }

    static func isShifting(_ frame: ProjectorFrame) -> Bool {
        guard let until = frame.view.shiftUntil else { return false }
        return frame.now < until
    }

    /// The lines beside the large digits: the item, the round, when it moves on, what is visited.
    static func textLines(_ frame: ProjectorFrame, moment: WalkMoment?, width: Int, strings: Strings) -> [(String, CellStyle)] {
        let state = frame.state
        var lines: [(String, CellStyle)] = [(strings.kindLabel(.gallery) + "  " + state.currentItem.title, .title), ("", .plain)]
        if let moment {
            let label = moment.isOver ? strings.walkOver
                : moment.isReflection ? strings.reflectionRound(moment.round + 1, of: moment.roundCount)
                : strings.round(moment.round + 1, of: moment.roundCount)
            lines.append((label, .title))
            if isShifting(frame) {
                lines.append((moment.isReflection ? strings.shiftToReflection : strings.shiftNow, .warning))
            } else {
                lines.append((caption(frame, moment: moment, strings: strings), .bold))
            }
        }
        for line in Board.intro(state.currentItem, state: state, strings: strings).prefix(1) {
            lines += TextLayout.wrap(line, to: width, maxLines: 2).map { ($0, .dim) }
        }
        return lines
    }

    /// "skifter kl. 13:22", or why the clock stands still.
    static func caption(_ frame: ProjectorFrame, moment: WalkMoment, strings: Strings) -> String {
        let timer = frame.state.timer(item: frame.state.position)
        if timer.firstStarted == nil { return strings.timerNotStarted }
        if !timer.isRunning { return strings.timerPaused }
        if moment.isOver { return strings.overrun }
        let end = frame.localClock(frame.now.adding(seconds: moment.secondsLeftInRound.rounded(.up))).description
        return moment.round + 1 >= moment.roundCount ? strings.endsAt(end) : strings.shiftsAt(end)
    }

    static func pageCount(_ state: SessionState, view: ProjectorView, size: (width: Int, height: Int)) -> Int {
        let frame = ProjectorFrame(state: state, view: view, now: Timestamp(millisecondsSinceEpoch: 0), utcOffsetSeconds: 0)
        return layout(frame, width: size.width, height: size.height, strings: Strings(view.language)).grid?.pages ?? 1
    }

    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let state = frame.state
        let layout = layout(frame, width: canvas.width, height: canvas.height, strings: strings)
        for (offset, line) in layout.textLines.enumerated() {
            canvas.write(line.0, x: 1, y: 2 + offset, style: line.1, limit: layout.textWidth)
        }
        let big = bigText(frame, strings: strings)
        let bigX = canvas.width - BigDigits.width(big.text) * layout.scale - 1
        ClockPart.walk.draw(frame, strings: strings, x: bigX, y: 2, scaleX: layout.scale, scaleY: layout.scale, on: &canvas)

        guard let route = WalkRoute(state, item: state.position) else {
            canvas.centred(strings.noPairsYet, y: layout.bodyTop + 2, style: .title)
            canvas.centred(strings.pressForPairs, y: layout.bodyTop + 4, style: .bold)
            return
        }
        let moment = state.walkMoment(item: state.position, at: frame.now)
        if let grid = layout.grid, let moment {
            drawPairs(route.pairs(round: moment.round, state: state), route: route, grid: grid, top: layout.bodyTop,
                      frame: frame, strings: strings, on: &canvas)
            var parts = [strings.pairsAtBoards(route.pairs(round: 0, state: state).count, route.stations.count)]
            if grid.pages > 1 {
                parts.append(strings.page(min(frame.view.planPage, grid.pages - 1) + 1, grid.pages) + " (PgUp/PgDn)")
            }
            status(parts.joined(separator: " · "), row: layout.statusRow, strings: strings, on: &canvas)
        } else {
            drawQuestion(route.gallery.question, top: layout.bodyTop, bottom: layout.statusRow, on: &canvas)
            let answers = state.visibleNotes(item: state.position).count
            canvas.centred(strings.reflectionWhere, y: layout.statusRow - 2, style: .bold)
            status(strings.reflectionAnswers(answers), row: layout.statusRow, strings: strings, on: &canvas)
        }
    }

    private static func drawPairs(_ pairs: [WalkRoute.Pair], route: WalkRoute, grid: WalkPlanGrid, top: Int, frame: ProjectorFrame,
                                  strings: Strings, on canvas: inout Canvas) {
        let state = frame.state
        let page = min(max(0, frame.view.planPage), grid.pages - 1)
        // Names take what they need, so the boards stand close to them; the block is centred.
        let widest = pairs.map { DisplayWidth.of($0.names.joined(separator: " & ")) }.max() ?? 0
        let names = min(grid.namesWidth, widest)
        let entry = grid.labelWidth + 1 + names + 2 + grid.stationWidth + DisplayWidth.of(WalkPlanGrid.arrow) + grid.stationWidth
        let blockWidth = grid.columns * entry + (grid.columns - 1) * WalkPlanGrid.gap
        let left = 1 + max(0, (canvas.width - 2 - blockWidth) / 2)
        let nowX = grid.labelWidth + 1 + names + 2
        let nextX = nowX + grid.stationWidth + DisplayWidth.of(WalkPlanGrid.arrow)
        for column in 0..<grid.columns {
            let x = left + column * (entry + WalkPlanGrid.gap)
            canvas.write(strings.stationNow, x: x + nowX, y: top, style: .dim)
            canvas.write(strings.stationNext, x: x + nextX, y: top, style: .dim)
        }
        for (index, pair) in pairs.enumerated() where grid.page(of: index) == page {
            let place = grid.place(index)
            let x = left + place.column * (entry + WalkPlanGrid.gap)
            let y = top + 1 + place.row * grid.spacing
            canvas.write(strings.pairLabel(pair.number), x: x, y: y, style: .bold)
            canvas.write(fitNames(pair.names, to: names), x: x + grid.labelWidth + 1, y: y, style: .plain, limit: names)
            let now = route.place(pair.now, state: state, strings: strings)
            canvas.write(TextLayout.truncate(now, to: grid.stationWidth), x: x + nowX, y: y, style: .title)
            canvas.write(WalkPlanGrid.arrow, x: x + nowX + grid.stationWidth, y: y, style: .dim)
            let next = route.place(pair.next, isEnd: pair.nextIsEnd, state: state, strings: strings)
            canvas.write(TextLayout.truncate(next, to: grid.stationWidth), x: x + nextX, y: y, style: .plain)
        }
    }

    /// A pair's names in `width` columns, shortened alike until they fit together: middle names
    /// left out ("Helle Lauridsen"), then the surname's initial ("Helle L."), then first names
    /// alone ("Helle & Bo"), and only then cut with "…".
    static func fitNames(_ names: [String], to width: Int) -> String {
        let parts = names.map { $0.split(separator: " ").map(String.init) }
        let levels: [(([String]) -> String)] = [
            { $0.joined(separator: " ") },
            { $0.count > 1 ? [$0[0], $0[$0.count - 1]].joined(separator: " ") : $0.joined() },
            { $0.count > 1 ? $0[0] + " " + ($0[$0.count - 1].first.map { String($0) + "." } ?? "") : $0.joined() },
            { $0.first ?? "" },
        ]
        var joined = ""
        for level in levels {
            joined = parts.map(level).joined(separator: " & ")
            if DisplayWidth.of(joined) <= width { return joined }
        }
        return TextLayout.truncate(joined, to: width)
    }

    /// The reflection question, large: wrapped narrow, centred, double-spaced where there is room.
    private static func drawQuestion(_ question: String, top: Int, bottom: Int, on canvas: inout Canvas) {
        let lines = TextLayout.wrap(question, to: min(canvas.width - 8, 90))
        let room = bottom - 3 - top
        let spacing = lines.count * 2 - 1 <= room ? 2 : 1
        let used = lines.count * spacing - (spacing - 1)
        var y = top + max(0, (room - used) / 2)
        for line in lines.prefix(max(1, room)) {
            canvas.centred(line, y: y, style: .title)
            y += spacing
        }
    }

    private static func status(_ text: String, row: Int, strings: Strings, on canvas: inout Canvas) {
        canvas.write(TextLayout.truncate(text, to: canvas.width - 2), x: 1, y: row, style: .dim)
        let keys = strings.walkKeys
        if DisplayWidth.of(text) + DisplayWidth.of(keys) + 5 <= canvas.width {
            canvas.write(keys, x: canvas.width - DisplayWidth.of(keys) - 1, y: row, style: .dim)
        }
    }
}
