/// A workshop definition: the program of one day, as the facilitator wrote it.
/// Built only by `WorkshopParser`, which guarantees every rule in docs/workshop-format.md.
public struct Workshop: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var date: CalendarDate?
    public var place: String?
    public var language: Language
    /// Planned clock time of the first item; with it every item gets a planned start.
    public var start: ClockTime?
    public var departments: [Department]
    public var roster: [Person]
    public var program: [ProgramItem]
    public var nextSteps: [NextStep]
    /// The facilitator code that lets someone leave a participant kiosk.
    public var kioskPin: String?
    /// How long the wall shows each page of notes that do not fit on one (`page_seconds`).
    public var pageSeconds: Int

    public static let defaultPageSeconds = 10
    public static let pageSecondsRange = 3...600

    public init(
        title: String, subtitle: String? = nil, date: CalendarDate? = nil, place: String? = nil,
        language: Language = .danish, start: ClockTime? = nil, departments: [Department] = [],
        roster: [Person] = [], program: [ProgramItem], nextSteps: [NextStep] = [], kioskPin: String? = nil,
        pageSeconds: Int = Workshop.defaultPageSeconds
    ) {
        self.kioskPin = kioskPin
        self.pageSeconds = pageSeconds
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.place = place
        self.language = language
        self.start = start
        self.departments = departments
        self.roster = roster
        self.program = program
        self.nextSteps = nextSteps
    }

    public func department(code: String) -> Department? {
        // The exact spelling first: this runs for every note on replay.
        departments.first { $0.code == code } ?? departments.first { $0.code.caseInsensitiveCompare(code) == .orderedSame }
    }
}

public enum Language: String, Sendable, Equatable, CaseIterable {
    case danish = "da"
    case english = "en"
}

public struct Department: Sendable, Equatable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

public struct Person: Sendable, Equatable {
    public var name: String
    /// A department code from the workshop's `departments`.
    public var department: String?

    public init(name: String, department: String?) {
        self.name = name
        self.department = department
    }
}

public struct NextStep: Sendable, Equatable {
    public var text: String
    public var owner: String?
    public var due: CalendarDate?

    public init(text: String, owner: String? = nil, due: CalendarDate? = nil) {
        self.text = text
        self.owner = owner
        self.due = due
    }
}

/// One entry of the program.
public struct ProgramItem: Sendable, Equatable {
    /// A short name other items refer to (a gallery names the discussion it visits).
    public var id: String?
    public var title: String
    public var minutes: Int
    public var content: Content

    public enum Content: Sendable, Equatable {
        case talk(Talk)
        case pause(Pause)
        case discussion(Discussion)
        case gallery(Gallery)
        case harvest(Harvest)
    }

    public init(id: String? = nil, title: String, minutes: Int, content: Content) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.content = content
    }

    public var kind: ItemKind {
        switch content {
        case .talk: .talk
        case .pause: .pause
        case .discussion: .discussion
        case .gallery: .gallery
        case .harvest: .harvest
        }
    }

    /// Whether notes here are anonymous unless the writer gives a name.
    public var anonymousByDefault: Bool {
        switch content {
        case .discussion(let discussion): discussion.anonymousByDefault
        case .harvest(let harvest): harvest.anonymousByDefault
        case .talk, .pause, .gallery: false
        }
    }

    /// The questions participants answer with notes, in order (a prompt counts as one).
    public var questions: [String] {
        switch content {
        case .discussion(let discussion): discussion.questions
        case .gallery(let gallery): [gallery.question]
        case .harvest(let harvest): harvest.prompts
        case .talk, .pause: []
        }
    }
}

/// The kind names used in the definition file and in JSON.
public enum ItemKind: String, Sendable, Equatable, CaseIterable {
    case talk
    case pause = "break"
    case discussion
    case gallery
    case harvest
}

public struct Talk: Sendable, Equatable {
    public var speaker: String?
    /// Facilitator notes; never shown on the wall.
    public var notes: String?

    public init(speaker: String? = nil, notes: String? = nil) {
        self.speaker = speaker
        self.notes = notes
    }
}

public struct Pause: Sendable, Equatable {
    public var notes: String?

    public init(notes: String? = nil) {
        self.notes = notes
    }
}

public enum Grouping: String, Sendable, Equatable, CaseIterable {
    /// Tables mixed across departments.
    case mixed
    /// One table per department.
    case department
    /// The whole room is one group.
    case room
}

public struct Discussion: Sendable, Equatable {
    public var intro: String?
    public var grouping: Grouping
    /// People per table; only used with `mixed` grouping.
    public var groupSize: Int
    /// Numbered questions; a discussion with one open prompt has exactly one.
    public var questions: [String]
    /// True when the definition gave `prompt` rather than `questions`.
    public var isOpenPrompt: Bool
    public var anonymousByDefault: Bool

    public static let defaultGroupSize = 6

    public init(
        intro: String? = nil, grouping: Grouping = .mixed, groupSize: Int = Discussion.defaultGroupSize,
        questions: [String], isOpenPrompt: Bool = false, anonymousByDefault: Bool = false
    ) {
        self.intro = intro
        self.grouping = grouping
        self.groupSize = groupSize
        self.questions = questions
        self.isOpenPrompt = isOpenPrompt
        self.anonymousByDefault = anonymousByDefault
    }
}

/// Fernisering: pairs mixed across departments visit the boards of an earlier discussion.
public struct Gallery: Sendable, Equatable {
    public var intro: String?
    /// Program index (0-based) of the discussion whose boards are visited.
    public var visitsItem: Int
    public var stationMinutes: Int
    public var question: String

    public static let defaultStationMinutes = 5

    public init(intro: String? = nil, visitsItem: Int, stationMinutes: Int = Gallery.defaultStationMinutes, question: String) {
        self.intro = intro
        self.visitsItem = visitsItem
        self.stationMinutes = stationMinutes
        self.question = question
    }
}

/// Opsamling: sentence starters, dot voting, key points and next steps.
public struct Harvest: Sendable, Equatable {
    public var intro: String?
    public var prompts: [String]
    public var dotsPerParticipant: Int
    /// The most dots one participant may put on one note (nil: all of them).
    public var maxPerNote: Int?
    public var anonymousByDefault: Bool

    public static let defaultDots = 3

    public init(intro: String? = nil, prompts: [String], dotsPerParticipant: Int = Harvest.defaultDots, maxPerNote: Int? = nil,
                anonymousByDefault: Bool = false) {
        self.intro = intro
        self.prompts = prompts
        self.dotsPerParticipant = dotsPerParticipant
        self.maxPerNote = maxPerNote
        self.anonymousByDefault = anonymousByDefault
    }
}
