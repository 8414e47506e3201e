import SamskabModel
import SamskabSession

/// What the board shows as one card: a post-it, or a cluster's notes stacked under its label.
enum BoardCard {
    static func height(_ unit: BoardModel.Unit, width: Int, frame: ProjectorFrame, context: PostIt.Context = PostIt.Context()) -> Int {
        switch unit {
        case .note(let note): PostIt.height(note, width: width, frame: frame, context: context)
        case .cluster(_, let notes): ClusterStack.height(notes, width: width, frame: frame)
        }
    }

    /// Draws the card and returns its height.
    static func draw(_ unit: BoardModel.Unit, x: Int, y: Int, width: Int, frame: ProjectorFrame, strings: Strings,
                     newest: String?, context: PostIt.Context, chars: BoxChars, on canvas: inout Canvas) -> Int {
        let votes = context.votes?[unit.ballot]
        switch unit {
        case .note(let note):
            return PostIt.draw(note, x: x, y: y, width: width, frame: frame, strings: strings, isNewest: note.id == newest,
                               context: context, votes: votes, chars: chars, on: &canvas)
        case .cluster(let cluster, let notes):
            return ClusterStack.draw(cluster, notes: notes, x: x, y: y, width: width, frame: frame, strings: strings,
                                     newest: newest, votes: votes, chars: chars, on: &canvas)
        }
    }
}

/// Votes on the wall: only once the facilitator has revealed them (nil until then).
enum VoteBadge {
    static func shown(_ frame: ProjectorFrame) -> [String: Int]? {
        let item = frame.state.position
        guard frame.state.votings[item]?.target == .notes else { return nil }
        return frame.state.shownVoteCounts(item: item)
    }

    static func label(_ votes: Int?, strings: Strings, chars: BoxChars) -> String? {
        guard let votes, votes > 0 else { return nil }
        return chars.dot + " " + strings.votes(votes)
    }
}

/// A cluster: one frame with its name (and votes, once shown) in the top edge, its notes
/// inside one under the other, parted by a thin line.
enum ClusterStack {
    static func lines(_ note: Note, width: Int, frame: ProjectorFrame) -> [String] {
        PostIt.lines(note, width: width - 2, frame: frame)
    }

    static func height(_ notes: [Note], width: Int, frame: ProjectorFrame) -> Int {
        notes.reduce(0) { $0 + lines($1, width: width, frame: frame).count } + max(0, notes.count - 1) + 2
    }

    static func draw(_ cluster: Cluster, notes: [Note], x: Int, y: Int, width: Int, frame: ProjectorFrame, strings: Strings,
                     newest: String?, votes: Int?, chars: BoxChars, on canvas: inout Canvas) -> Int {
        let height = height(notes, width: width, frame: frame)
        // Name and votes first; the number of notes where there is room (they are in sight anyway).
        var label = chars.cluster + " " + cluster.name
        if let badge = VoteBadge.label(votes, strings: strings, chars: chars) { label += " · " + badge }
        let count = " · " + strings.clusterNotes(notes.count)
        if DisplayWidth.of(label + count) + 4 <= width { label += count }
        let holdsNewest = notes.contains { $0.id == newest }
        canvas.box(x: x, y: y, width: width, height: height, style: .note, chars: holdsNewest ? chars.heavy : chars,
                   label: " " + label + " ")
        var lineY = y + 1
        for (index, note) in notes.enumerated() {
            if index > 0 {
                canvas.write(String(repeating: chars.thin, count: max(0, width - 4)), x: x + 2, y: lineY, style: .note)
                lineY += 1
            }
            let selected = note.id == frame.view.selectedNote
            let style: CellStyle = selected ? .selected : frame.state.keyPoints[note.id] != nil ? .keyPoint : .note
            // Each note starts with its mark: » being merged, ✓ marked, ★ the newest, ◆ a key point, • otherwise.
            let mark = frame.view.mergeSource == note.id ? (frame.view.ascii ? ">" : "»") : frame.view.marked.contains(note.id) ? chars.check : note.id == newest ? chars.star
                : frame.state.keyPoints[note.id] != nil ? chars.diamond : chars.bullet
            for (offset, line) in lines(note, width: width, frame: frame).enumerated() {
                canvas.fill(x: x + 1, y: lineY, width: width - 2, height: 1, style: style)
                canvas.write((offset == 0 ? mark : " ") + " " + line, x: x + 1, y: lineY, style: style, limit: width - 2)
                lineY += 1
            }
        }
        return height
    }
}
