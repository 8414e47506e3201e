import SamskabModel

/// The message or input line, and the key hints at the bottom.
enum Footer {
    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        let messageRow = canvas.height - 2, hintRow = canvas.height - 1
        if let input = frame.view.input {
            let prompt = prompt(for: input.purpose, question: input.question, strings: strings)
            canvas.fill(x: 0, y: messageRow, width: canvas.width, height: 1, style: .input)
            let promptWidth = canvas.write(prompt, x: 1, y: messageRow, style: .input)
            let room = canvas.width - promptWidth - 2
            // Keep the cursor in view: show the end of a long text.
            let text = input.editor.text
            let cursorColumn = input.editor.cursorColumn
            let shift = max(0, cursorColumn - room + 1)
            let visible = shift == 0 ? text : String(dropColumns(text, shift))
            let written = canvas.write(visible, x: 1 + promptWidth, y: messageRow, style: .input, limit: room)
            if case .actionDue = input.purpose, let understood = strings.dueUnderstood(text, reference: frame.state.workshop.date) {
                // A date is said back as it is typed, or that it is none, before Enter saves it.
                canvas.write("   " + understood, x: 1 + promptWidth + written, y: messageRow, style: .input,
                             limit: max(0, room - written))
            }
            canvas.cursor = (1 + promptWidth + cursorColumn - shift, messageRow)
        } else if let message = frame.view.message {
            canvas.write(message, x: 1, y: messageRow, style: .warning, limit: canvas.width - 2)
        }
        canvas.fill(x: 0, y: hintRow, width: canvas.width, height: 1, style: .bar)
        // Help and quit are always shown (at the end); the others as many as fit, in order.
        let all = hints(frame, strings: strings)
        let always = all.filter { $0.0 == "?" || $0.0 == "q" }
        var alwaysWidth = always.reduce(0) { $0 + DisplayWidth.of($1.0 + " " + $1.1) + 2 }
        // While the phones' server runs, its address stays at the right (before the other hints).
        if let address = JoinCard.footerLine(frame, strings: strings, room: canvas.width - alwaysWidth - 3) {
            let addressWidth = DisplayWidth.of(address)
            canvas.write(address, x: canvas.width - addressWidth - 1, y: hintRow, style: .bar)
            alwaysWidth += addressWidth + 2
        }
        var shown: [(String, String)] = []
        var used = 1
        for hint in all where !always.contains(where: { $0.0 == hint.0 }) {
            let width = DisplayWidth.of(hint.0 + " " + hint.1) + 2
            if used + width + alwaysWidth > canvas.width { break }
            shown.append(hint)
            used += width
        }
        var x = 1
        for (key, what) in shown + always {
            let hint = key + " " + what
            let hintWidth = DisplayWidth.of(hint)
            if x + hintWidth > canvas.width - 1 { break }
            canvas.write(key, x: x, y: hintRow, style: .keyHint)
            canvas.write(" " + what, x: x + DisplayWidth.of(key), y: hintRow, style: .bar)
            x += hintWidth + 2
        }
    }

    /// The keys that work where the wall is: the note keys only on a board that takes notes, the
    /// table plan only on a discussion or a walk, by table only where the item has tables.
    static func hints(_ frame: ProjectorFrame, strings: Strings) -> [(String, String)] {
        let state = frame.state, view = frame.view
        let shown = ProjectorController.shownView(view, state: state)
        let onBoard = !state.currentItem.questions.isEmpty && shown == .board
        let hasPlan: Bool
        switch state.currentItem.content {
        case .discussion, .gallery: hasPlan = true
        case .talk, .pause, .harvest: hasPlan = false
        }
        let hasTables = state.tablePlans[state.position] != nil || view.tableItems.contains(state.position)
        return ProjectorKeys.board.hints(view.language) { place in
            switch place {
            case .always: true
            case .onBoard: onBoard
            case .hasPlan: hasPlan
            case .hasTables: hasTables && view.overView == nil
            }
        }
    }

    static func prompt(for purpose: InputField.Purpose, question: Int? = nil, strings: Strings) -> String {
        switch purpose {
        case .scribeText: question.map { strings.promptNote(question: $0) } ?? strings.promptNote
        case .scribeAuthor: strings.promptAuthor
        case .edit: strings.promptEdit
        case .search: strings.promptSearch
        case .keyPointWording: strings.promptKeyPoint
        case .actionText: strings.promptActionText
        case .actionOwner: strings.promptActionOwner
        case .actionDue: strings.promptActionDue
        case .clusterName: strings.promptClusterName
        case .clusterRename: strings.promptClusterRename
        }
    }

    static func dropColumns(_ text: String, _ columns: Int) -> Substring {
        var dropped = 0
        var index = text.startIndex
        while index < text.endIndex, dropped < columns {
            dropped += DisplayWidth.of(text[index])
            index = text.index(after: index)
        }
        return text[index...]
    }
}

/// Help and confirmations, drawn over the board.
enum Overlays {
    static func draw(_ frame: ProjectorFrame, strings: Strings, on canvas: inout Canvas) {
        guard let overlay = frame.view.overlay else { return }
        let chars = BoxChars.forView(ascii: frame.view.ascii)
        switch overlay {
        case .help:
            let lines = strings.helpLines
            let keyWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
            let width = min(canvas.width - 4, max(40, keyWidth + 3 + (lines.map { DisplayWidth.of($0.1) }.max() ?? 0) + 4))
            let height = min(canvas.height - 2, lines.count + 2)
            let x = (canvas.width - width) / 2, y = max(1, (canvas.height - height) / 2)
            canvas.box(x: x, y: y, width: width, height: height, style: .plain, chars: chars, label: " " + strings.helpTitle + " ")
            for (offset, line) in lines.prefix(height - 2).enumerated() {
                canvas.write(line.0, x: x + 2, y: y + 1 + offset, style: .keyHint)
                canvas.write(line.1, x: x + 4 + keyWidth, y: y + 1 + offset, style: .plain, limit: width - keyWidth - 6)
            }
        case .confirmQuit, .confirmWithdraw, .confirmReshuffle, .confirmReshufflePairs, .confirmSkipRound:
            let text = switch overlay {
            case .confirmQuit: strings.confirmQuit
            case .confirmReshuffle: strings.confirmReshuffle(notesKeepingTables: frame.state.notesAtTables(item: frame.state.position))
            case .confirmReshufflePairs: strings.confirmReshufflePairs
            case .confirmSkipRound: strings.confirmSkipRound
            default: strings.confirmDelete
            }
            let width = min(canvas.width - 4, DisplayWidth.of(text) + 6)
            let x = (canvas.width - width) / 2, y = canvas.height / 2 - 2
            canvas.box(x: x, y: y, width: width, height: 5, style: .warning, chars: chars)
            canvas.centred(text, y: y + 2, x: x + 1, width: width - 2, style: .warning)
        }
    }
}
