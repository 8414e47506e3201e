import SamskabModel

/// A text in Danish and English.
public struct Words: Sendable, Equatable {
    public let danish: String
    public let english: String

    public init(_ danish: String, _ english: String) {
        self.danish = danish
        self.english = english
    }

    public init(_ both: String) { self.init(both, both) }

    public func text(_ language: Language) -> String { language == .danish ? danish : english }
}

/// One line of a mode's key table: the keys and what each does, the label and description the
/// help screen (and `docs/facilitator.md`) show, and the short hint the footer shows.
public struct KeyRow: Sendable {
    /// Where a footer hint applies (the footer shows only keys that work where the wall is).
    public enum Place: Sendable {
        case always
        /// A board that takes notes is shown.
        case onBoard
        /// The item is a discussion or a walk.
        case hasPlan
        /// The item has tables, and no view is over its board.
        case hasTables
    }

    /// A hint in the footer (or a view's own line of hints): the key as shown there, a word,
    /// and its place in the footer's order.
    public struct Hint: Sendable {
        public let key: Words
        public let what: Words
        public let rank: Int
        public let place: Place
    }

    public let bindings: [(key: Key, action: ProjectorAction)]
    /// As the help screen shows the keys ("n  /  p"); nil: a row the help does not list.
    public let label: Words?
    public let does: Words
    public let hint: Hint?
    /// Works on the notes: a view over the board (the plan, the next steps, the closing view)
    /// closes first and the key then does what it does on the board.
    public let onNotes: Bool

    init(_ label: Words?, _ does: Words, _ bindings: [(key: Key, action: ProjectorAction)],
         hint: Hint? = nil, onNotes: Bool = false) {
        self.label = label
        self.does = does
        self.bindings = bindings
        self.hint = hint
        self.onNotes = onNotes
    }
}

/// A mode's keys, in the order the help screen lists them.
public struct KeyTable: Sendable {
    public let rows: [KeyRow]

    /// The action of a key, and the row it is in; nil: the table has no such key.
    public func binding(for key: Key) -> (action: ProjectorAction, row: KeyRow)? {
        for row in rows {
            if let binding = row.bindings.first(where: { $0.key == key }) { return (binding.action, row) }
        }
        return nil
    }

    /// (key, what) for the help screen: the rows with a label.
    public func helpLines(_ language: Language) -> [(String, String)] {
        rows.compactMap { row in row.label.map { ($0.text(language), row.does.text(language)) } }
    }

    /// The hints of the rows that have one, in their footer order.
    public func hints(_ language: Language, where applies: (KeyRow.Place) -> Bool = { _ in true }) -> [(String, String)] {
        rows.compactMap(\.hint).filter { applies($0.place) }.sorted { $0.rank < $1.rank }
            .map { ($0.key.text(language), $0.what.text(language)) }
    }

    /// The hints on one line: "G bland igen · f fremmøde · Esc tavlen".
    public func hintLine(_ language: Language) -> String {
        hints(language).map { $0.0 + " " + $0.1 }.joined(separator: " · ")
    }
}

/// What a key asks of the projector; `ProjectorController.update` carries it out.
public enum ProjectorAction: Sendable, Equatable {
    // The program and the timer.
    case nextItem, previousItem, toggleTimer
    case extendTimer(minutes: Int)
    // Tables, pairs, the walk, who is here.
    case togglePlan, reshuffle, skipRound, attendance
    // Notes.
    case scribe, select, edit, withdraw, keyPoint, keyPointWording, mergeIntoKeyPoint
    case mark, gather, takeOutOfCluster, mergeClusters
    // Votes, the closing view, next steps.
    case votingStep, voteOnKeyPoints, toggleClosing, recordStep, toggleNextSteps
    // The phones' address, QR code and room code.
    case toggleJoin
    // The rest of the board.
    case undo, redo, search, arrangement, authors, export, pageUp, pageDown, holdPage
    case help, redraw, quit
    /// Esc: clears the search and the selection on the board; closes a view or list elsewhere.
    case back
    // The people list.
    case choose, togglePresent
    // Questions, prompts and pointing.
    case yes, save, chooseQuestion
}

/// Every mode's keys: the one place a key of the projector is bound, described and hinted.
public enum ProjectorKeys {
    /// The keys of the mode on top.
    public static func table(for mode: ProjectorMode) -> KeyTable {
        switch mode {
        case .board: board
        case .plan: plan
        case .nextSteps: nextSteps
        case .closing: closing
        case .join: join
        case .attendance: attendance
        case .help: help
        case .confirm: confirm
        case .prompt: prompt
        case .pointing: pointing
        }
    }

    private static func hint(_ key: String, _ what: Words, _ rank: Int, _ place: KeyRow.Place = .always) -> KeyRow.Hint {
        KeyRow.Hint(key: Words(key), what: what, rank: rank, place: place)
    }

    private static let arrows: [Key] = [.left, .right, .up, .down]

    /// The board, the title cards and everything else of an item: the full table (the help screen).
    public static let board = KeyTable(rows: [
        KeyRow(Words("n  /  p"), Words("næste / forrige punkt i programmet", "next / previous program item"),
               [(.text("n"), .nextItem), (.text("p"), .previousItem)],
               hint: hint("n/p", Words("næste/forrige", "next/previous"), 0)),
        KeyRow(Words("mellemrum", "space"), Words("start / pause uret", "start / pause the timer"),
               [(.text(" "), .toggleTimer)], hint: hint("␣", Words("start/pause"), 1)),
        KeyRow(Words("1  /  5  /  -"), Words("+1 / +5 / −1 minut", "+1 / +5 / −1 minute"),
               [(.text("1"), .extendTimer(minutes: 1)), (.text("5"), .extendTimer(minutes: 5)), (.text("-"), .extendTimer(minutes: -1))],
               hint: hint("1/5", Words("+1/+5 min"), 2)),
        KeyRow(Words("g  /  G"), Words("bordplan / par: vis / skjul · bland igen / nye par", "table plan / pairs: show / hide · reshuffle / new pairs"),
               [(.text("g"), .togglePlan), (.text("G"), .reshuffle)], hint: hint("g", Words("bordplan", "table plan"), 7, .hasPlan)),
        KeyRow(Words("S"), Words("fernisering: næste runde nu (med bekræftelse)", "gallery walk: next round now (asks first)"),
               [(.text("S"), .skipRound)]),
        KeyRow(Words("f  /  J"), Words("fremmøde (mellemrum skifter) · telefonernes QR-kode", "who is here (space toggles) · the phones' QR code"),
               [(.text("f"), .attendance), (.text("J"), .toggleJoin)], hint: hint("f", Words("fremmøde", "who is here"), 9)),
        KeyRow(Words("s"), Words("skriv en note som referent (med navn eller anonym)", "add a note as scribe (named or anonymous)"),
               [(.text("s"), .scribe)], hint: hint("s", Words("skriv note", "add note"), 3, .onBoard), onNotes: true),
        KeyRow(Words("← → ↑ ↓"), Words("vælg en note", "select a note"), arrows.map { ($0, .select) },
               hint: hint("←↑↓→", Words("vælg", "select"), 4, .onBoard), onNotes: true),
        KeyRow(Words("e  /  d"), Words("ret / fjern den valgte note (d eller Delete)", "edit / withdraw the selected note (d or Delete)"),
               [(.text("e"), .edit), (.text("d"), .withdraw), (.delete, .withdraw)], onNotes: true),
        KeyRow(Words("k  /  K"), Words("markér / fjern hovedpointe · ret dens ordlyd", "mark / unmark as key point · edit its wording"),
               [(.text("k"), .keyPoint), (.text("K"), .keyPointWording)],
               hint: hint("k", Words("hovedpointe", "key point"), 5, .onBoard), onNotes: true),
        KeyRow(Words("m"), Words("flet valgt note ind i hovedpointe: vælg, Enter", "merge the selected note into a key point: choose, Enter"),
               [(.text("m"), .mergeIntoKeyPoint)], onNotes: true),
        KeyRow(Words("c / C / o / M"), Words("klynge: markér · saml (navn) · tag ud · flet", "cluster: mark · gather (name) · take out · merge"),
               [(.text("c"), .mark), (.text("C"), .gather), (.text("o"), .takeOutOfCluster), (.text("M"), .mergeClusters)], onNotes: true),
        KeyRow(Words("v / V / A"), Words("stemmer: åbn→luk→vis · om hovedpointer · dagens pointer", "votes: open→close→show · on key points · the day's points"),
               [(.text("v"), .votingStep), (.text("V"), .voteOnKeyPoints), (.text("A"), .toggleClosing)]),
        KeyRow(Words("t  /  N"), Words("skriv et næste skridt · vis næste skridt på væggen", "record a next step · show the next steps on the wall"),
               [(.text("t"), .recordStep), (.text("N"), .toggleNextSteps)]),
        KeyRow(Words("u  /  r"), Words("fortryd / gentag facilitatorens seneste handling", "undo / redo the last facilitator action"),
               [(.text("u"), .undo), (.text("r"), .redo), (.control("r"), .redo)],
               hint: hint("u/r", Words("fortryd/gentag", "undo/redo"), 6)),
        KeyRow(Words("/  /  b"), Words("søg (Esc rydder) · tavlen efter spørgsmål / bord", "search (Esc clears) · by question / by table"),
               [(.text("/"), .search), (.text("b"), .arrangement)],
               hint: hint("b", Words("bord/spørgsmål", "tables/questions"), 8, .hasTables), onNotes: true),
        KeyRow(Words("a  /  x"), Words("vis / skjul navne · eksportér dagens opsamling", "show / hide names · export the day's summary"),
               [(.text("a"), .authors), (.text("x"), .export)]),
        KeyRow(Words("PgUp / PgDn / h"), Words("bladr i noter og bordplan · h: hold / slip siden", "page the notes and the table plan · h: hold / release"),
               [(.pageUp, .pageUp), (.pageDown, .pageDown), (.text("h"), .holdPage)]),
        KeyRow(Words("?  /  Ctrl-L"), Words("denne hjælp (Esc lukker) · tegn skærmen forfra", "this help (Esc closes) · redraw the screen"),
               [(.text("?"), .help), (.control("l"), .redraw)], hint: hint("?", Words("hjælp", "help"), 10)),
        KeyRow(Words("q"), Words("afslut (med bekræftelse)", "quit (asks first)"), [(.text("q"), .quit)],
               hint: hint("q", Words("afslut", "quit"), 11)),
        KeyRow(nil, Words("ryd søgning, valg og markeringer", "clear the search, the selection and the marks"), [(.escape, .back)]),
    ])

    /// The table plan or the walk; the board's keys work too (those on the notes show the board first).
    public static let plan = KeyTable(rows: [
        KeyRow(Words("g  /  Esc"), Words("tavlen", "the board"), [(.text("g"), .togglePlan), (.escape, .back)],
               hint: hint("Esc", Words("tavlen", "the board"), 2)),
        KeyRow(Words("G"), Words("bland bordene igen · nye par (med bekræftelse)", "reshuffle the tables · new pairs (asks first)"),
               [(.text("G"), .reshuffle)], hint: hint("G", Words("bland igen", "reshuffle"), 0)),
        KeyRow(Words("f"), Words("fremmøde", "who is here"), [(.text("f"), .attendance)], hint: hint("f", Words("fremmøde", "who is here"), 1)),
        KeyRow(Words("PgUp / PgDn"), Words("bladr i planen", "page the plan"), [(.pageUp, .pageUp), (.pageDown, .pageDown)]),
    ])

    /// The day's next steps (`N`); the board's keys work too.
    public static let nextSteps = KeyTable(rows: [
        KeyRow(Words("N  /  Esc"), Words("luk", "close"), [(.text("N"), .toggleNextSteps), (.escape, .back)]),
        KeyRow(Words("g"), Words("bordplanen, hvis den var fremme", "the table plan where it was open"), [(.text("g"), .togglePlan)]),
        KeyRow(Words("PgUp / PgDn"), Words("bladr", "page"), [(.pageUp, .pageUp), (.pageDown, .pageDown)]),
    ])

    /// The day's key points and next steps (`A`); the board's keys work too.
    public static let closing = KeyTable(rows: [
        KeyRow(Words("A  /  Esc"), Words("luk", "close"), [(.text("A"), .toggleClosing), (.escape, .back)]),
        KeyRow(Words("g"), Words("bordplanen, hvis den var fremme", "the table plan where it was open"), [(.text("g"), .togglePlan)]),
        KeyRow(Words("PgUp / PgDn"), Words("bladr", "page"), [(.pageUp, .pageUp), (.pageDown, .pageDown)]),
    ])

    /// The join card (`J`); the board's keys work too (those on the notes show the board first).
    public static let join = KeyTable(rows: [
        KeyRow(Words("J  /  Esc"), Words("luk", "close"), [(.text("J"), .toggleJoin), (.escape, .back)]),
    ])

    /// Who is here (`f`); typed letters search.
    public static let attendance = KeyTable(rows: [
        KeyRow(Words("↑ ↓ PgUp PgDn"), Words("vælg", "choose"),
               [(.up, .choose), (.down, .choose), (.pageUp, .choose), (.pageDown, .choose), (.home, .choose), (.end, .choose)],
               hint: hint("↑↓ PgUp PgDn", Words("vælg", "choose"), 0)),
        KeyRow(Words("mellemrum", "space"), Words("til stede / fraværende", "present / absent"), [(.text(" "), .togglePresent)],
               hint: KeyRow.Hint(key: Words("mellemrum:", "space:"), what: Words("til stede / fraværende", "present / absent"),
                                 rank: 1, place: .always)),
        KeyRow(Words("Esc"), Words("ryd søgningen, så luk", "clear the search, then close"), [(.escape, .back)],
               hint: hint("Esc", Words("luk", "close"), 2)),
        KeyRow(nil, Words("ingenting", "nothing"), [(.enter, .choose), (.tab, .choose)]),
    ])

    /// The key table over the wall: any key closes it.
    public static let help = KeyTable(rows: [
        KeyRow(Words("Esc"), Words("luk (enhver tast)", "close (any key)"), [(.escape, .back)]),
    ])

    /// A question over the wall: j (y) says yes, any other key no.
    public static let confirm = KeyTable(rows: [
        KeyRow(Words("j", "y"), Words("ja", "yes"), [(.text("j"), .yes), (.text("J"), .yes), (.text("y"), .yes), (.text("Y"), .yes)]),
        KeyRow(Words("n  /  Esc"), Words("nej (enhver anden tast)", "no (any other key)"), [(.escape, .back)]),
    ])

    /// A one-line prompt; other keys edit the text.
    public static let prompt = KeyTable(rows: [
        KeyRow(Words("Enter"), Words("gem", "save"), [(.enter, .save)]),
        KeyRow(Words("Esc"), Words("fortryd", "cancel"), [(.escape, .back)]),
        KeyRow(Words("↑ ↓"), Words("vælg spørgsmål (en note som referent)", "choose the question (a scribe's note)"),
               [(.up, .chooseQuestion), (.down, .chooseQuestion)]),
    ])

    /// Choosing the key point or cluster to merge into.
    public static let pointing = KeyTable(rows: [
        KeyRow(Words("← → ↑ ↓"), Words("vælg", "choose"), arrows.map { ($0, .select) }),
        KeyRow(Words("Enter"), Words("flet", "merge"), [(.enter, .save)]),
        KeyRow(Words("Esc"), Words("fortryd", "cancel"), [(.escape, .back)]),
    ])

    /// Every mode with its table, for the docs and their test.
    public static let all: [(name: String, mode: ProjectorMode, table: KeyTable)] = [
        ("board", .board, board), ("plan", .plan, plan), ("next steps", .nextSteps, nextSteps),
        ("closing", .closing, closing), ("join", .join, join), ("attendance", .attendance(AttendanceList()), attendance), ("help", .help, help),
        ("confirm", .confirm(.quit), confirm), ("prompt", .prompt(InputField(purpose: .search)), prompt),
        ("pointing", .pointing(.keyPoint(source: "")), pointing),
    ]
}
