import SamskabModel
import SamskabSession

/// The parts of the wall that change with the clock by the second: the countdowns. Each is
/// drawn through here, and marks its place on the canvas, so that when only the seconds have
/// changed the projector draws them alone onto the last frame instead of the whole wall
/// (`ProjectorScreen.redrawClocks`): a wall that shows nothing else new costs next to nothing.
enum ClockPart: String, CaseIterable {
    /// The item's countdown in one line: "12:34 (pause på uret)".
    case compact
    /// The item's countdown in large digits.
    case big
    /// A walk's large text: the round's countdown, or SKIFT.
    case walk
    /// The item's countdown in one line of ordinary digits (a title card with no room for large ones).
    case small

    func text(_ frame: ProjectorFrame, strings: Strings) -> (text: String, style: CellStyle) {
        let remaining = frame.remainingSeconds
        switch self {
        case .compact: return (Countdown.compact(frame, strings: strings), remaining < 0 ? .overrun : .countdown)
        case .big, .small: return (CountdownText.format(remaining), remaining < 0 ? .warning : .countdown)
        case .walk: return WalkScreen.bigText(frame, strings: strings)
        }
    }

    func size(_ text: String, scaleX: Int, scaleY: Int) -> (width: Int, height: Int) {
        switch self {
        case .compact, .small: (DisplayWidth.of(text), 1)
        case .big, .walk: (BigDigits.width(text) * scaleX, BigDigits.height * scaleY)
        }
    }

    /// Draws the part with its left edge at `x` (where its screen placed it), marking its place.
    func draw(_ frame: ProjectorFrame, strings: Strings, x: Int, y: Int, scaleX: Int = 1, scaleY: Int = 1,
              on canvas: inout Canvas) {
        let (text, style) = self.text(frame, strings: strings)
        let size = self.size(text, scaleX: scaleX, scaleY: scaleY)
        canvas.mark(rawValue, parameters: [scaleX, scaleY], x: x, y: y, width: size.width, height: size.height)
        switch self {
        case .compact, .small: canvas.write(text, x: x, y: y, style: style)
        case .big, .walk: canvas.bigText(text, x: x, y: y, style: style, ascii: frame.view.ascii, scaleX: scaleX, scaleY: scaleY)
        }
    }
}

extension ProjectorScreen {
    /// What of a frame changes with the clock outside its countdowns (the header's clock and
    /// schedule, a title card's caption): while this stays the same, redrawing the countdowns
    /// alone gives the whole frame.
    public static func clockSignature(_ frame: ProjectorFrame) -> [String] {
        let strings = Strings(frame.view.language)
        var signature = [Header.right(frame, strings: strings)]
        switch frame.state.currentItem.content {
        case .talk, .pause:
            signature.append(Countdown.caption(frame, strings: strings))
        case .gallery:
            if let moment = frame.state.walkMoment(item: frame.state.position, at: frame.now) {
                signature.append(WalkScreen.caption(frame, moment: moment, strings: strings))
            }
        case .discussion, .harvest:
            break
        }
        return signature
    }

    /// The frame at a new moment, drawn as its countdowns alone onto the last frame (drawn at
    /// `previous`), or nil where more than they can have changed: the wall must be drawn whole.
    /// The caller knows that the state, the view, the size, the minute, the page and the walk's
    /// round are as they were.
    /// `areas` are where the result can differ from the last frame.
    public static func redrawClocks(_ last: Canvas, previous: ProjectorFrame,
                                    frame: ProjectorFrame) -> (canvas: Canvas, areas: [Canvas.Area])? {
        guard clockSignature(previous) == clockSignature(frame) else { return nil }
        let strings = Strings(frame.view.language)
        // Nothing shown has changed (a walk shows its round's seconds, not the item's): nothing to draw.
        let unchanged = last.marks.allSatisfy { mark in
            ClockPart(rawValue: mark.name).map { $0.text(previous, strings: strings) == $0.text(frame, strings: strings) } ?? false
        }
        if unchanged { return (last, []) }
        // Help, a question or the people list stand over the wall: not drawn part by part.
        guard frame.view.attendance == nil, frame.view.overlay == nil else { return nil }
        var canvas = last
        let marks = last.marks
        for mark in marks {
            guard let part = ClockPart(rawValue: mark.name), mark.parameters.count == 2 else { return nil }
            let text = part.text(frame, strings: strings).text
            let size = part.size(text, scaleX: mark.parameters[0], scaleY: mark.parameters[1])
            // A countdown of another width would move what stands beside it.
            guard size.width == mark.width, size.height == mark.height else { return nil }
            canvas.restore(mark)
        }
        canvas.clearMarks()
        for mark in marks {
            ClockPart(rawValue: mark.name)?.draw(frame, strings: strings, x: mark.x, y: mark.y, scaleX: mark.parameters[0],
                                                 scaleY: mark.parameters[1], on: &canvas)
        }
        return (canvas, marks.map(\.area))
    }
}
