import SamskabSession

/// Where the tables of a plan go on the wall: a grid of equal boxes, as wide as the longest name
/// needs where the wall allows, all on one page where they fit (names shortened before paging),
/// double-spaced when there is room to spare. Shared by drawing and the paging keys.
struct TablePlanGrid: Equatable {
    /// Boxes across and down on a page.
    let columns: Int
    let rows: Int
    let boxWidth: Int
    let boxHeight: Int
    /// Name rows in a box, and how many columns of names it holds (a table taller than the wall).
    let lines: Int
    let nameColumns: Int
    /// Columns kept for a department code after each name (with its space).
    let codeRoom: Int
    /// A space inside the frame each side, unless that would shorten names.
    let padding: Int
    /// Rows per name: 2 (a blank row between names) when the wall has room.
    let spacing: Int
    /// Rows at the top of a box for its number in large digits (0: none), where the wall has room.
    let numberRows: Int
    let gapX: Int
    let gapY: Int
    let originX: Int
    let originY: Int
    let tableCount: Int

    var perPage: Int { columns * rows }
    var pages: Int { max(1, (tableCount + perPage - 1) / perPage) }

    /// Where the `index`-th table (0-based, in number order) is drawn, on its page; a last row
    /// that is not full stands centred under the others.
    func position(_ index: Int) -> (x: Int, y: Int) {
        let onPage = index % perPage
        let row = onPage / columns
        let pageStart = index - onPage
        let inRow = min(columns, tableCount - pageStart - row * columns)
        let shift = (columns - inRow) * (boxWidth + gapX) / 2
        return (originX + shift + (onPage % columns) * (boxWidth + gapX), originY + row * (boxHeight + gapY))
    }

    func page(of index: Int) -> Int { index / perPage }

    /// The narrowest a name may be shortened to before the tables go on more pages.
    static let shortestName = 9

    /// - Parameters:
    ///   - sizes: each table's number of people, in number order;
    ///   - nameWidths: every name's width; codeWidth: the longest department code's (0: none).
    ///   - numbered: whether tables go by number ("Bord 3"), so a large number helps find them.
    init(sizes: [Int], nameWidths: [Int], codeWidth: Int, numbered: Bool, x: Int, y: Int, width: Int, height: Int) {
        tableCount = sizes.count
        let most = max(1, sizes.max() ?? 1)
        let code = codeWidth > 0 ? codeWidth + 1 : 0
        codeRoom = code
        lines = max(1, min(most, height - 2))
        let names = (most + lines - 1) / lines
        nameColumns = names
        // A box: its frame, a space each side where there is room, and its names (and codes) in
        // one or more columns.
        func widthFor(name: Int, padding: Int) -> Int { 2 + 2 * padding + names * (name + code) + (names - 1) * 2 }
        let longest = nameWidths.max() ?? 8
        let wanted = widthFor(name: longest, padding: 1)
        let narrowest = widthFor(name: min(longest, Self.shortestName), padding: 0)
        let gap = 2
        let rowsFit = max(1, (height + 1) / (lines + 2 + 1))
        func boxWidth(columns: Int) -> Int { min((width - (columns - 1) * gap) / columns, wanted + 6) }
        // The grid that shortens the fewest names and leaves the fewest empty places, all on one
        // page; on a tie the one with more columns (a room seen from above, not a list).
        var best: (columns: Int, score: Int)?
        if tableCount > 0 {
            for columns in 1...tableCount {
                let rows = (tableCount + columns - 1) / columns
                let box = boxWidth(columns: columns)
                guard rows <= rowsFit, box >= narrowest else { continue }
                let room = Self.nameRoom(box: box, wanted: wanted, nameColumns: names, code: code)
                let score = nameWidths.filter { $0 > room }.count + 2 * (rows * columns - tableCount)
                if best == nil || score <= (best?.score ?? 0) { best = (columns, score) }
            }
        }
        if let best {
            columns = best.columns
            rows = max(1, (tableCount + best.columns - 1) / best.columns)
        } else {
            // Too many for one page: as many as fit, page by page.
            columns = max(1, min(max(1, tableCount), (width + gap) / (narrowest + gap)))
            rows = rowsFit
        }
        let box = boxWidth(columns: columns)
        self.boxWidth = box
        padding = box >= wanted ? 1 : 0
        gapX = columns > 1 ? min(6, max(1, (width - columns * box) / (columns - 1))) : 0
        let gridWidth = columns * box + (columns - 1) * gapX
        originX = x + max(0, (width - gridWidth) / 2)
        // Where everything still fits: the table's number in large digits (the room finds its
        // table from afar), then double-spaced names.
        let big = numbered && names == 1 && box >= BigDigits.width("00") + 4
            && rows * (lines + 2 + BigDigits.height + 1) + (rows - 1) <= height
        numberRows = big ? BigDigits.height + 1 : 0
        let double = names == 1 && rows * (2 * lines + 1 + numberRows) + (rows - 1) <= height
        spacing = double ? 2 : 1
        boxHeight = spacing * lines - (spacing - 1) + 2 + numberRows
        gapY = rows > 1 ? min(2, max(0, (height - rows * boxHeight) / (rows - 1))) : 0
        let gridHeight = rows * boxHeight + (rows - 1) * gapY
        originY = y + max(0, (height - gridHeight) / 2)
    }

    /// Columns a name may take in a box of this width.
    static func nameRoom(box: Int, wanted: Int, nameColumns: Int, code: Int) -> Int {
        let padding = box >= wanted ? 1 : 0
        return (box - 2 - 2 * padding - (nameColumns - 1) * 2) / nameColumns - code
    }

    /// Columns of one entry (name and code) in a box.
    var entryWidth: Int { (boxWidth - 2 - 2 * padding - (nameColumns - 1) * 2) / nameColumns }
}

/// A person's name shortened sensibly to fit: middle names to initials, then only the surname,
/// then the surname's initial ("Helle Bach Lauridsen" → "Helle B. Lauridsen" → "Helle Lauridsen"
/// → "Helle L."), then the first name alone, and only then cut with "…".
enum NameFit {
    static func fit(_ name: String, to width: Int) -> String {
        guard DisplayWidth.of(name) > width else { return name }
        let parts = name.split(separator: " ").map(String.init)
        if parts.count >= 2, let first = parts.first, let last = parts.last {
            let middles = parts.dropFirst().dropLast().map { initial($0) }
            let candidates = [
                ([first] + middles + [last]).joined(separator: " "),
                first + " " + last,
                first + " " + initial(last),
                first + " " + (last.first.map { String($0) + "." } ?? ""),
                first,
            ]
            if let fitting = candidates.first(where: { DisplayWidth.of($0) <= width }) { return fitting }
            return TextLayout.truncate(first, to: width)
        }
        return TextLayout.truncate(name, to: width)
    }

    /// "Bach" → "B.", "Holm-Jensen" → "H.-J."
    private static func initial(_ part: String) -> String {
        part.split(separator: "-").compactMap { $0.first.map { String($0) + "." } }.joined(separator: "-")
    }
}
