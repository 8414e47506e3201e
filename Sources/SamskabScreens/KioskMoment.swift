import SamskabModel
import SamskabSession

extension KioskScreen {
    /// What the clock changes on a kiosk frame: the minute in the header (and so the times a talk
    /// or break says notes open again), a station's round and its seconds. Two frames of the same
    /// state, view, size and moment are the same frame, so the kiosk draws only when this or they
    /// change — a name screen that shows nothing new is drawn once a minute.
    public struct Moment: Equatable, Sendable {
        var minute: Int64
        var round: Int
        var secondsLeftInRound: Int
        var breakEnds: ClockTime?
        var notesOpenAt: ClockTime?
    }

    public static func moment(_ frame: KioskFrame) -> Moment {
        let state = frame.state
        var moment = Moment(minute: (frame.now.millisecondsSinceEpoch + Int64(frame.utcOffsetSeconds) * 1000) / 60_000,
                            round: -1, secondsLeftInRound: 0, breakEnds: nil, notesOpenAt: nil)
        if frame.view.stage != .leaving, KioskStation.isActive(frame.view, state: state),
           let walk = state.walkMoment(item: state.position, at: frame.now) {
            moment.round = walk.round
            moment.secondsLeftInRound = Int(walk.secondsLeftInRound.rounded(.up))
        }
        if state.currentItem.questions.isEmpty {
            // A talk or a break says when it ends and when notes open again.
            moment.breakEnds = breakEnds(frame)
            moment.notesOpenAt = notesOpenAt(frame)
        }
        return moment
    }
}
