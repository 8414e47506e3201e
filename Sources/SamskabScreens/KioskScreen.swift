import SamskabModel
import SamskabSession

/// One frame of the participant kiosk.
public struct KioskFrame: Sendable {
    public var state: SessionState
    public var view: KioskView
    public var now: Timestamp
    public var utcOffsetSeconds: Int

    public init(state: SessionState, view: KioskView, now: Timestamp, utcOffsetSeconds: Int) {
        self.state = state
        self.view = view
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    var projector: ProjectorFrame {
        ProjectorFrame(state: state, view: ProjectorView(language: view.language), now: now, utcOffsetSeconds: utcOffsetSeconds)
    }
}

public enum KioskScreen {
    public static let editorRows = 6

    public static func render(_ frame: KioskFrame, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        canvas.transliteratesDanish = frame.view.ascii
        let strings = Strings(frame.view.language)
        let minimum = ProjectorScreen.minimumSize
        guard width >= minimum.width, height >= minimum.height else {
            canvas.tooSmall(strings, need: minimum)
            return canvas
        }
        header(frame, on: &canvas)
        let view = frame.view
        var hints = strings.kioskPickNameHints
        let atStation = view.stage != .leaving && KioskStation.isActive(view, state: frame.state)
        switch view.stage {
        case _ where atStation:
            // A station of the gallery walk, whatever the person stage was.
            hints = KioskStationScreen.draw(frame, strings: strings, on: &canvas)
        case .pickName:
            pickName(frame, strings: strings, on: &canvas)
            hints = strings.kioskPickNameHints
        case .newName:
            canvas.write(strings.kioskWho, x: 2, y: 2, style: .title)
            field(strings.kioskNewName, view.field, y: 4, on: &canvas)
            hints = strings.kioskNewNameHints
        case .newDepartment(let name):
            // The name as it will go on the roster (`zoe` is Zoe), not as it was typed.
            canvas.write(NameCapitals.spelled(name), x: 2, y: 2, style: .title)
            canvas.write(strings.kioskWhichDepartment, x: 2, y: 4, style: .bold)
            for (index, department) in frame.state.workshop.departments.enumerated() where 6 + index < height - 3 {
                let selected = index == view.selected
                canvas.write((selected ? marker(view) : "  ") + "\(department.code) — \(department.name)", x: 2, y: 6 + index,
                             style: selected ? .selected : .plain, limit: width - 4)
            }
            hints = strings.kioskDepartmentHints
        case .writing where KioskVoting.isShown(view, state: frame.state):
            // Dot voting, in place of the note editor.
            hints = KioskVotingScreen.draw(frame, strings: strings, on: &canvas)
        case .writing:
            writing(frame, strings: strings, on: &canvas)
            hints = writingHints(frame, strings: strings)
        case .leaving where view.code.isLocked:
            canvas.write(strings.kioskLocked, x: 2, y: 4, style: .warning, limit: width - 4)
            hints = "Esc " + (view.language == .danish ? "tilbage" : "back")
        case .leaving:
            canvas.write(strings.kioskCode, x: 2, y: 4, style: .bold)
            let masked = String(repeating: "•", count: view.field.clusters.count)
            let x = 2 + DisplayWidth.of(strings.kioskCode)
            canvas.write(masked, x: x, y: 4, style: .input)
            canvas.cursor = (x + view.field.cursor, 4)
            hints = "Enter OK  Esc " + (view.language == .danish ? "tilbage" : "back")
        }
        if let message = view.message {
            let good = [strings.saved, strings.kioskVotingDotPlaced, strings.kioskVotingDotTaken].contains(message)
            canvas.write(message, x: 1, y: height - 2, style: good ? .bold : .warning, limit: width - 2)
        }
        if DisplayWidth.of(hints) > width - 2, hints.hasSuffix(strings.kioskKeyLeave) {
            // On a narrow kiosk the participant's keys stay whole; the facilitator's Ctrl-X goes.
            hints = String(hints.dropLast(strings.kioskKeyLeave.count)).trimmingWhitespace
        }
        canvas.fill(x: 0, y: height - 1, width: width, height: 1, style: .bar)
        canvas.write(hints, x: 1, y: height - 1, style: .bar, limit: width - 2)
        return canvas
    }

    static func marker(_ view: KioskView) -> String { view.ascii ? "> " : "▶ " }

    static func header(_ frame: KioskFrame, on canvas: inout Canvas) {
        let state = frame.state
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: .bar)
        let right = "\(state.position + 1)/\(state.workshop.program.count) · \(Strings(frame.view.language).clock) "
            + frame.projector.localClock(frame.now).description
        let rightWidth = DisplayWidth.of(right)
        // A table kiosk says which table it stands at first.
        var x = 1
        if let table = KioskTable.name(frame.view, state: state) {
            x += canvas.write(table + "  ·  ", x: x, y: 0, style: .bar, limit: max(0, canvas.width - rightWidth - 6))
        }
        canvas.write(state.workshop.title, x: x, y: 0, style: .bar, limit: max(0, canvas.width - rightWidth - 3 - x))
        canvas.write(right, x: canvas.width - rightWidth - 1, y: 0, style: .bar)
    }

    static func field(_ prompt: String, _ editor: LineEditor, y: Int, on canvas: inout Canvas) {
        let x = 2 + canvas.write(prompt, x: 2, y: y, style: .bold)
        canvas.fill(x: x, y: y, width: canvas.width - x - 2, height: 1, style: .input)
        canvas.write(editor.text, x: x, y: y, style: .input, limit: canvas.width - x - 2)
        canvas.cursor = (min(canvas.width - 3, x + editor.cursorColumn), y)
    }

    static func pickName(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        let view = frame.view
        let whoWidth = canvas.write(strings.kioskWho, x: 2, y: 2, style: .title)
        if let table = KioskTable.name(view, state: frame.state), !KioskTable.members(view, state: frame.state).isEmpty {
            canvas.write(strings.kioskTableFirst(table), x: 2 + whoWidth + 3, y: 2, style: .dim, limit: canvas.width - whoWidth - 7)
        }
        field(strings.kioskFilter, view.field, y: 4, on: &canvas)
        let choices = KioskController.choices(view, state: frame.state)
        let atTable = KioskTable.members(view, state: frame.state)
        let tableName = KioskTable.name(view, state: frame.state) ?? ""
        let rows = canvas.height - 9
        // With a long roster the two ways in for everyone else ("not on the list", "anonymously")
        // stay in sight at the bottom, and a line says how many names are out of view.
        let fixed = choices.count - choices.filter { if case .person = $0 { true } else { false } }.count
        let people = choices.count - fixed
        var lines: [Int?] = []
        if choices.count <= rows {
            lines = choices.indices.map { $0 }
        } else {
            let window = max(1, rows - fixed - 1)
            let anchor = min(view.selected, people - 1)
            let first = max(0, min(anchor - window / 2, people - window))
            lines = Array(first..<min(people, first + window)).map { $0 } + [nil] + (people..<choices.count).map { $0 }
            let hidden = people - window
            let more = view.language == .danish ? "… \(hidden) navne mere — skriv for at søge, ↑↓ for at bladre"
                : "… \(hidden) more names — type to search, ↑↓ to scroll"
            if let row = lines.firstIndex(of: nil) {
                canvas.write(more, x: 4, y: 6 + row, style: .dim, limit: canvas.width - 6)
            }
        }
        for (row, entry) in lines.enumerated() {
            guard let index = entry else { continue }
            let text: String
            switch choices[index] {
            case .person(let person):
                text = person.name + (person.department.map { " (\($0))" } ?? "")
                    + (person.absent ? "  · " + strings.kioskAbsentMark : atTable.contains(person.id) ? "  · " + tableName : "")
            case .newPerson: text = strings.kioskNewPerson
            case .anonymous: text = strings.kioskAnonymous
            }
            let selected = index == view.selected
            canvas.write((selected ? marker(view) : "  ") + text, x: 2, y: 6 + row, style: selected ? .selected : .plain,
                         limit: canvas.width - 4)
        }
    }

    static func writing(_ frame: KioskFrame, strings: Strings, on canvas: inout Canvas) {
        let view = frame.view, state = frame.state, item = state.currentItem
        let who = view.identity.map { identity in
            let named = identity.name.map { $0 + (identity.department.map { " (\($0))" } ?? "") }
            // The engine leaves the name off where the item is anonymous by default; say so.
            if let named, identity.participant != nil, item.anonymousByDefault { return strings.kioskAnonymousHere(named) }
            return strings.kioskWritingAs(named)
        } ?? ""
        canvas.write(who + "  ·  Esc: " + (view.language == .danish ? "skift person" : "change person"), x: 2, y: 1, style: .dim)
        var y = 3
        if let seat = KioskTable.seat(view, state: state) {
            // Where to sit, said plainly where the person looks.
            let elsewhere = KioskTable.notesGoElsewhere(view, state: state).map { "  ·  " + strings.kioskNotesGoTo($0) } ?? ""
            canvas.write(strings.kioskYouSitAt(seat.name) + elsewhere, x: 2, y: 2, style: .title, limit: canvas.width - 4)
            y = 4
        } else if KioskVoting.anonymousAtOpenVoting(view, state: state) {
            // A voting is open, and only a named person can vote.
            canvas.write(strings.kioskVotingNeedsName, x: 2, y: 2, style: .warning, limit: canvas.width - 4)
        } else if KioskVoting.isAvailable(view, state: state) {
            canvas.write(KioskVoting.canVote(view, state: state) ? strings.kioskVotingOffer : strings.kioskVotingResultOffer,
                         x: 2, y: 2, style: .bold, limit: canvas.width - 4)
        }
        // The kind, unless the title already says it ("Pause", "Oplæg: …").
        let kind = strings.kindLabel(item.kind), title = item.title.lowercased()
        let saysKind = title == kind.lowercased() || title.hasPrefix(kind.lowercased() + ":")
        let titleX = saysKind ? 2 : 2 + DisplayWidth.of(kind) + 2
        if !saysKind { canvas.write(kind + "  ", x: 2, y: y, style: .dim) }
        canvas.write(item.title, x: titleX, y: y, style: .title, limit: canvas.width - titleX - 2)
        y += 2
        guard !item.questions.isEmpty else {
            if item.kind == .pause {
                // A break says so, and when notes open again (later than its end where a talk follows).
                let notice = notesOpenAt(frame).map { strings.kioskBreak(until: breakEnds(frame).description, notesOpen: $0.description) }
                canvas.write(notice ?? strings.kioskBreakNoNotes, x: 2, y: y, style: .bold, limit: canvas.width - 4)
            } else {
                canvas.write(strings.kioskListen, x: 2, y: y, style: .bold)
                if let opens = notesOpenAt(frame) { canvas.write(strings.kioskOpensAt(opens.description), x: 2, y: y + 1) }
            }
            if !view.draft.text.isEmpty { canvas.write(strings.kioskDraftKept, x: 2, y: y + 3, style: .dim) }
            return
        }
        // The question(s).
        if item.questions.count == 1 {
            for line in TextLayout.wrap(item.questions[0], to: canvas.width - 4, maxLines: 4) {
                canvas.write(line, x: 2, y: y, style: .bold)
                y += 1
            }
        } else {
            canvas.write(strings.kioskQuestion, x: 2, y: y, style: .dim)
            y += 1
            let room = max(2, canvas.height - 20)
            let options = [strings.kioskAllQuestions] + item.questions.enumerated().map { "\($0.offset + 1). \($0.element)" }
            let chosen = view.question ?? 0
            let first = max(0, min(chosen - room / 2, options.count - room))
            for index in options.indices.dropFirst(first).prefix(room) {
                let isChosen = index == chosen
                canvas.write((isChosen ? marker(view) : "  ") + options[index], x: 2, y: y,
                             style: isChosen ? .bold : .dim, limit: canvas.width - 4)
                y += 1
            }
        }
        y += 1
        // The editor.
        let boxWidth = canvas.width - 4
        let wrapped = view.draft.wrapped(width: boxWidth - 2)
        let own = KioskController.ownNotes(view, state: state)
        // With the focus on one's own notes, the editor gives up rows until they are in sight.
        var editorRows = Self.editorRows
        if case .ownNotes = view.focus, !own.isEmpty {
            let shortBy = (y + editorRows + 3) + 1 + min(own.count, 3) - (canvas.height - 3)
            editorRows = max(1, editorRows - max(0, shortBy))
        }
        let top = max(0, wrapped.cursorRow - (editorRows - 1))
        // Counted as the engine counts it, so the counter and its refusal agree.
        let count = NoteText.length(view.draft.text)
        let label = " " + (view.editing == nil ? strings.kioskYourNote : strings.kioskEditing) + " "
        let chars = BoxChars.forView(ascii: view.ascii)
        canvas.box(x: 2, y: y, width: boxWidth, height: editorRows + 2, style: view.focus == .editor ? .plain : .dim,
                   chars: chars, label: label)
        for (row, line) in wrapped.lines.dropFirst(top).prefix(editorRows).enumerated() {
            canvas.write(line, x: 3, y: y + 1 + row, style: .plain, limit: boxWidth - 2)
        }
        let counter = " " + strings.kioskCounter(count, limit: NoteText.maximumLength) + " "
        canvas.write(counter, x: 2 + boxWidth - DisplayWidth.of(counter) - 1, y: y + editorRows + 1,
                     style: count > NoteText.maximumLength ? .warning : .dim)
        if view.focus == .editor {
            canvas.cursor = (3 + wrapped.cursorColumn, y + 1 + wrapped.cursorRow - top)
        }
        y += editorRows + 3
        // Your own notes here.
        guard !own.isEmpty, y + 1 < canvas.height - 3 else { return }
        canvas.write(strings.kioskYourNotes, x: 2, y: y, style: .bold)
        y += 1
        let room = canvas.height - 3 - y
        for (index, note) in own.enumerated().suffix(room) {
            let isFocused = view.focus == .ownNotes(index)
            let text = note.text.replacingNewlines
            canvas.write((isFocused ? marker(view) : "• ") + text, x: 2, y: y, style: isFocused ? .selected : .plain,
                         limit: canvas.width - 4)
            y += 1
        }
        if view.confirmWithdraw != nil {
            canvas.write(strings.kioskConfirmWithdraw, x: 2, y: canvas.height - 3, style: .warning)
        }
    }

    /// The footer: the keys that do something where the person is — the editor, their own notes,
    /// the question to withdraw one, or a talk or break.
    static func writingHints(_ frame: KioskFrame, strings: Strings) -> String {
        let view = frame.view, state = frame.state, item = state.currentItem
        if view.confirmWithdraw != nil { return strings.kioskConfirmHints }
        guard !item.questions.isEmpty else { return strings.kioskListenHints(draft: !view.draft.text.isEmpty) }
        if case .ownNotes = view.focus { return strings.kioskOwnNotesHints }
        return strings.kioskEditorHints(questions: item.questions.count > 1, draft: !view.draft.text.isEmpty,
                                        ownNotes: !KioskController.ownNotes(view, state: state).isEmpty,
                                        editing: view.editing != nil, voting: KioskVoting.isAvailable(view, state: state))
    }

    /// When the current item ends, as its countdown stands (now, once it runs over) — the same
    /// reckoning as the phone page's.
    static func breakEnds(_ frame: KioskFrame) -> ClockTime {
        let remaining = frame.state.remainingSeconds(item: frame.state.position, at: frame.now)
        return frame.projector.localClock(frame.now.adding(seconds: max(0, remaining)))
    }

    /// When the next item that takes notes starts, as things stand (the engine's reckoning).
    static func notesOpenAt(_ frame: KioskFrame) -> ClockTime? {
        frame.state.secondsUntilNotesOpen(at: frame.now).map { frame.projector.localClock(frame.now.adding(seconds: $0)) }
    }
}
