import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one frame of a screen as plain text, without a terminal.",
        discussion: "Uses the same screen code as 'samskab run'. For tests, docs and previews."
    )

    enum Screen: String, ExpressibleByArgument, CaseIterable {
        case projector
        case participant
    }

    /// What the projector shows: the board (by question or by table), the table plan (on a
    /// fernisering: the walk), the next steps, or the day's key points with them (closing).
    enum Shown: String, ExpressibleByArgument, CaseIterable {
        case board
        case tables = "board-by-table"
        case plan
        case nextSteps = "next-steps"
        /// The day's key points and next steps.
        case closing
        /// The join card: the phones' address, QR code and room code (or how to start a server).
        case join
    }

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Option(help: "Columns.")
    var width = 80

    @Option(help: "Rows.")
    var height = 24

    @Option(name: .customLong("as"), help: "Which screen.")
    var screen: Screen = .projector

    @Option(help: "Language of the screen (default: the workshop's).")
    var lang: LanguageOption?

    @Option(help: "The projector's view.")
    var view: Shown = .board

    @Option(help: ArgumentHelp("Draw the frame as at this moment (ISO 8601, UTC), e.g. 2019-08-30T09:10:00Z.",
                               valueName: "time"))
    var now: String?

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width and --height must be between 1 and 1000")
        }
        if let now, Timestamp(iso: now) == nil {
            throw ValidationError("--now must be a UTC time like 2019-08-30T09:10:00Z")
        }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let moment = now.flatMap { Timestamp(iso: $0) } ?? SystemClock.now()
        let language = lang?.language ?? folder.workshop.language
        let offset = SystemClock.utcOffset(at: moment)
        let canvas: Canvas
        switch screen {
        case .projector:
            var projector = ProjectorView(language: language)
            switch view {
            case .board: break
            case .tables: projector.tableItems = [folder.state.position]
            case .plan: projector.showPlan = true
            case .nextSteps: projector.showNextSteps = true
            case .closing: projector.showClosing = true
            case .join: projector.showJoin = true
            }
            canvas = ProjectorScreen.render(ProjectorFrame(state: folder.state, view: projector, now: moment, utcOffsetSeconds: offset,
                                                           web: JoinAddress.running(in: folder)),
                                            width: width, height: height)
        case .participant:
            canvas = KioskScreen.render(KioskFrame(state: folder.state, view: KioskView(language: language, pin: ""),
                                                   now: moment, utcOffsetSeconds: offset), width: width, height: height)
        }
        try Output.raw(canvas.lines.joined(separator: "\n") + "\n")
    }
}

enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case da, en

    var language: Language { self == .da ? .danish : .english }
}
