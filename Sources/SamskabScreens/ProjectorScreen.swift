import SamskabModel
import SamskabSession

/// The facilitator's projected screen: a pure function of a frame and a size.
public enum ProjectorScreen {
    public static let minimumSize = (width: 60, height: 20)

    public static func render(_ frame: ProjectorFrame, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        canvas.transliteratesDanish = frame.view.ascii
        let strings = Strings(frame.view.language)
        guard width >= minimumSize.width, height >= minimumSize.height else {
            canvas.tooSmall(strings, need: minimumSize)
            return canvas
        }
        Header.draw(frame, strings: strings, on: &canvas)
        let body = (top: 1, bottom: height - 3) // rows 1 … height-3; height-2 is the message line
        if JoinCard.isShown(frame.view) {
            JoinCard.draw(frame, strings: strings, rows: body, on: &canvas)
        } else if ClosingScreen.isShown(frame.view) {
            ClosingScreen.draw(frame, strings: strings, on: &canvas)
        } else if NextStepsScreen.isShown(frame.view) {
            NextStepsScreen.draw(frame, strings: strings, on: &canvas)
        } else {
            itemBody(frame, strings: strings, rows: body, on: &canvas)
        }
        Footer.draw(frame, strings: strings, on: &canvas)
        AttendanceScreen.draw(frame, strings: strings, on: &canvas)
        Overlays.draw(frame, strings: strings, on: &canvas)
        return canvas
    }

    /// The current item's own screen: a title card, the board, the table plan or the walk.
    private static func itemBody(_ frame: ProjectorFrame, strings: Strings, rows body: (top: Int, bottom: Int),
                             on canvas: inout Canvas) {
        switch frame.state.currentItem.content {
        case .talk, .pause:
            TitleCard.draw(frame, strings: strings, rows: body, on: &canvas)
        case .discussion:
            if let plan = TablePlanScreen.shownPlan(frame.state, view: frame.view) {
                TablePlanScreen.draw(frame, plan: plan, strings: strings, on: &canvas)
            } else {
                Board.draw(frame, strings: strings, rows: body, on: &canvas)
            }
        case .harvest:
            Board.draw(frame, strings: strings, rows: body, on: &canvas)
        case .gallery:
            if WalkScreen.isShown(frame.state, view: frame.view) {
                WalkScreen.draw(frame, strings: strings, on: &canvas)
            } else {
                GalleryCard.draw(frame, strings: strings, rows: body, on: &canvas)
            }
        }
    }
}

extension ProjectorScreen {
    /// How many pages of notes the board (or of tables the plan) has at this size.
    public static func pageCount(state: SessionState, view: ProjectorView, size: (width: Int, height: Int)) -> Int {
        if ClosingScreen.isShown(view) { return ClosingScreen.pageCount(state, view: view, size: size) }
        if NextStepsScreen.isShown(view) { return NextStepsScreen.pageCount(state, view: view, size: size) }
        if TablePlanScreen.shownPlan(state, view: view) != nil {
            return TablePlanScreen.pageCount(state, view: view, size: size)
        }
        if WalkScreen.isShown(state, view: view) { return WalkScreen.pageCount(state, view: view, size: size) }
        guard state.currentItem.questions.isEmpty == false else { return 1 }
        let frame = ProjectorFrame(state: state, view: view, now: Timestamp(millisecondsSinceEpoch: 0), utcOffsetSeconds: 0)
        return Board.pageCount(frame, width: size.width, height: size.height)
    }
}

/// Title, item k of N, planned and actual clock, and how far behind schedule.
enum Header {
    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let state = frame.state
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: .bar)
        let right = self.right(frame, strings: strings)
        let rightWidth = DisplayWidth.of(right)
        let titleRoom = canvas.width - rightWidth - 3
        if titleRoom >= 10 {
            canvas.write(state.workshop.title, x: 1, y: 0, style: .bar, limit: titleRoom)
            canvas.write(right, x: canvas.width - rightWidth - 1, y: 0, style: .bar)
        } else {
            canvas.write(right, x: 1, y: 0, style: .bar, limit: canvas.width - 2)
        }
    }

    /// "Punkt 3 af 14 · plan 09:35 · kl. 09:41 · 2 min bagud".
    static func right(_ frame: ProjectorFrame, strings: Strings) -> String {
        let state = frame.state
        var right = "\(strings.item) \(state.position + 1) \(strings.of) \(state.workshop.program.count)"
        if let planned = state.workshop.plannedStarts?[state.position] {
            right += " · \(strings.planned) \(planned)"
        }
        right += " · \(strings.clock) \(frame.localClock(frame.now))"
        if let delta = scheduleDelta(frame) {
            right += " · " + (delta > 0 ? strings.behind(delta) : delta < 0 ? strings.ahead(-delta) : strings.onTime)
        }
        return right
    }

    /// Minutes the current item will end after (positive) or before (negative) its planned end.
    /// Only on the workshop's own day (or any day, for a workshop without a date).
    static func scheduleDelta(_ frame: ProjectorFrame) -> Int? {
        let state = frame.state
        guard let starts = state.workshop.plannedStarts else { return nil }
        if let date = state.workshop.date, date != frame.localDate(frame.now) { return nil }
        let plannedEnd = starts[state.position].minutesAfterMidnight + state.currentItem.minutes
        let now = frame.localClock(frame.now).minutesAfterMidnight
        let projectedEnd = now + max(0, frame.remainingSeconds) / 60
        return projectedEnd - plannedEnd
    }
}

/// Talk and break: a title card with speaker and a countdown in digits as large as the wall
/// allows (a break's may fill it), with when it ends and what comes next beneath.
enum TitleCard {
    static func draw(_ frame: ProjectorFrame, strings: Strings, rows: (top: Int, bottom: Int), on canvas: inout Canvas) {
        let state = frame.state
        let item = state.currentItem
        let remaining = frame.remainingSeconds
        // The kind above the title, unless the title says it already ("PAUSE" above "Pause").
        let kind = strings.kindLabel(item.kind)
        let showsKind = !item.title.lowercased().hasPrefix(kind.lowercased())
        let title = TextLayout.wrap(item.title, to: canvas.width - 8, maxLines: 3)
        var speaker: String?
        if case .talk(let talk) = item.content { speaker = talk.speaker }
        let next = state.position + 1 < state.workshop.program.count ? nextLine(state.workshop.program[state.position + 1], strings: strings) : nil
        let closing = state.position == state.workshop.program.count - 1
            && (!state.keyPoints.isEmpty || !NextStepsScreen.steps(state).isEmpty)
        // Rows around the digits: kind, blank, title, speaker, blank … blank, caption, and below a
        // blank and what comes next (or, at the day's end, the way to its key points).
        let nextLines = next.map { TextLayout.wrap($0, to: canvas.width - 8, maxLines: 2) } ?? []
        let around = 2 + title.count + (speaker == nil ? 0 : 1) + 1 + 1 + 1 + (closing ? 2 : nextLines.isEmpty ? 0 : 1 + nextLines.count)
        let text = CountdownText.format(remaining)
        let room = rows.bottom - rows.top - around
        let scale = BigDigits.scale(text, width: canvas.width - 4, height: room, limit: item.kind == .pause ? 8 : 3)
        let digitRows = scale.map { BigDigits.height * $0.y } ?? 1
        var y = rows.top + max(0, (rows.bottom - rows.top - around - digitRows) / 2)
        if showsKind { canvas.centred(kind, y: y, style: .dim) }
        y += 2
        for line in title {
            canvas.centred(line, y: y, style: .title)
            y += 1
        }
        if let speaker {
            canvas.centred(speaker, y: y, style: .plain)
            y += 1
        }
        y += 1
        if let scale {
            let width = BigDigits.width(text) * scale.x
            ClockPart.big.draw(frame, strings: strings, x: max(0, (canvas.width - width) / 2), y: y, scaleX: scale.x, scaleY: scale.y,
                               on: &canvas)
        } else {
            ClockPart.small.draw(frame, strings: strings, x: max(0, (canvas.width - DisplayWidth.of(text)) / 2), y: y, on: &canvas)
        }
        y += digitRows + 1
        canvas.centred(Countdown.caption(frame, strings: strings), y: y, style: remaining < 0 ? .overrun : .bold)
        // The day's last item: the way to its key points and next steps, for the facilitator.
        if closing, y + 2 < rows.bottom {
            canvas.centred(strings.closingHint, y: y + 2, style: .plain)
        } else {
            for (offset, line) in nextLines.enumerated() where y + 2 + offset < rows.bottom {
                canvas.centred(line, y: y + 2 + offset, style: .plain)
            }
        }
    }

    /// "Derefter: Oplæg · Titel (taler)".
    static func nextLine(_ item: ProgramItem, strings: Strings) -> String {
        var text = strings.comesNext + ": " + strings.kindLabel(item.kind).capitalizedFirst + " · " + item.title
        if case .talk(let talk) = item.content, let speaker = talk.speaker { text += " (" + speaker + ")" }
        return text
    }
}

extension String {
    /// "OPLÆG" → "Oplæg".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst().lowercased() }
}

enum Countdown {
    /// "tilbage kl. 10:45" for a break, "slutter kl. …" for the rest; "over tid" when over.
    static func caption(_ frame: ProjectorFrame, strings: Strings) -> String {
        let remaining = frame.remainingSeconds
        let timer = frame.state.timer(item: frame.state.position)
        if remaining < 0 { return strings.overrun }
        let endClock = frame.localClock(frame.now.adding(seconds: Double(remaining)))
        var base = frame.state.currentItem.kind == .pause ? strings.backAt(endClock.description) : strings.endsAt(endClock.description)
        // On the workshop's own day the planned time stands beside it where the day has drifted,
        // so the facilitator sees both the promise of the program and where the room really is.
        if let planned = plannedEnd(frame), planned < 24 * 60, planned != endClock.minutesAfterMidnight {
            let time = ClockTime(minutesAfterMidnight: planned).description
            base += frame.view.language == .danish ? " (planlagt \(time))" : " (planned \(time))"
        }
        if timer.firstStarted == nil { return base + " · " + strings.timerNotStarted }
        if !timer.isRunning { return base + " · " + strings.timerPaused }
        return base
    }

    /// The current item's planned end in minutes after midnight, on the workshop's own day only
    /// (a rehearsal on another day has no schedule to keep).
    static func plannedEnd(_ frame: ProjectorFrame) -> Int? {
        let state = frame.state
        guard let starts = state.workshop.plannedStarts else { return nil }
        if let date = state.workshop.date, date != frame.localDate(frame.now) { return nil }
        return starts[state.position].minutesAfterMidnight + state.currentItem.minutes
    }

    /// A compact countdown for boards: "⏱ 12:34" or "+02:13 over tid".
    static func compact(_ frame: ProjectorFrame, strings: Strings) -> String {
        let remaining = frame.remainingSeconds
        let timer = frame.state.timer(item: frame.state.position)
        var text = CountdownText.format(remaining)
        if remaining < 0 { text += " " + strings.overrun }
        if timer.firstStarted == nil || !timer.isRunning { text += " (" + strings.timerPaused + ")" }
        return text
    }
}

extension ProjectorScreen {
    /// What of the clock the wall shows: the countdown's second, the header's minute, a walk's
    /// round and SKIFT, and the board's turning page. While this, the state, the view and the
    /// size stay the same, the frame is the same, and the projector does not draw it again.
    public struct Moment: Equatable, Sendable {
        var remaining: Int
        var minute: Int64
        var walkRound: Int
        var walkSeconds: Int
        var shifting: Bool
        var pageSlot: Int64

        /// Only the seconds of a countdown differ: its parts alone can be drawn again
        /// (`redrawClocks`).
        public func differsOnlyInSeconds(from other: Moment) -> Bool {
            minute == other.minute && walkRound == other.walkRound && shifting == other.shifting && pageSlot == other.pageSlot
        }
    }

    public static func moment(_ frame: ProjectorFrame) -> Moment {
        let state = frame.state
        let now = frame.now.millisecondsSinceEpoch
        var walk = (round: 0, seconds: 0)
        if state.pairPlans[state.position] != nil, let moment = state.walkMoment(item: state.position, at: frame.now) {
            walk = (moment.round, Int(moment.secondsLeftInRound.rounded(.up)))
        }
        // The pages turn only on a board whose page is not held: elsewhere the slot changes nothing.
        let turning = frame.view.page == nil && !state.currentItem.questions.isEmpty
            && ProjectorController.shownView(frame.view, state: state) == .board
        return Moment(remaining: frame.remainingSeconds, minute: now / 60_000, walkRound: walk.round, walkSeconds: walk.seconds,
                      shifting: WalkScreen.isShifting(frame),
                      pageSlot: turning ? now / (1000 * Int64(max(1, state.workshop.pageSeconds))) : 0)
    }
}
