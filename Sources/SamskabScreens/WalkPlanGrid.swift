/// Where the pairs of a gallery walk go on the wall: one line a pair (number, names, the board
/// now, the board next) in as few columns as let every pair stand on one page, double-spaced
/// where there is room; names shorten before the plan pages. Shared by drawing and paging.
struct WalkPlanGrid: Equatable {
    let columns: Int
    /// Lines per column on a page.
    let lines: Int
    /// Rows per line: 2 (a blank row between pairs) when the wall has room.
    let spacing: Int
    let entryWidth: Int
    let labelWidth: Int
    let stationWidth: Int
    let pairCount: Int
    static let gap = 3
    /// The narrowest the names of a pair may get before the plan goes on more pages.
    static let shortestNames = 12
    static let arrow = " → "

    var perPage: Int { columns * lines }
    var pages: Int { max(1, (pairCount + perPage - 1) / perPage) }
    var namesWidth: Int { entryWidth - labelWidth - 1 - 2 - stationWidth - DisplayWidth.of(Self.arrow) - stationWidth }

    func page(of index: Int) -> Int { index / perPage }

    /// Column and row (0-based, on its page) of the `index`-th pair.
    func place(_ index: Int) -> (column: Int, row: Int) {
        let onPage = index % perPage
        return (onPage / lines, onPage % lines)
    }

    /// - Parameters:
    ///   - labelWidth: the widest "Par 12"; stationWidth: the widest place ("Bord 3", "Refleksion").
    ///   - width, height: the area for the pairs (below their heading).
    init(pairs: Int, labelWidth: Int, stationWidth: Int, width: Int, height: Int) {
        pairCount = pairs
        self.labelWidth = labelWidth
        let station = min(stationWidth, 18)
        self.stationWidth = station
        let fixed = labelWidth + 3 + 2 * station + DisplayWidth.of(Self.arrow)
        let rows = max(1, height)
        func entry(_ columns: Int) -> Int { (width - (columns - 1) * Self.gap) / columns }
        // The fewest columns that hold every pair on one page, names not narrower than the least.
        var chosen: Int?
        for columns in 1...max(1, min(4, pairs)) where entry(columns) - fixed >= Self.shortestNames || columns == 1 {
            if (pairs + columns - 1) / columns <= rows {
                chosen = columns
                break
            }
        }
        if let chosen {
            columns = chosen
            lines = max(1, (pairs + chosen - 1) / chosen)
        } else {
            // Too many for one page: as many columns as keep names readable, page by page.
            columns = (1...max(1, min(4, pairs))).last { entry($0) - fixed >= Self.shortestNames } ?? 1
            lines = rows
        }
        entryWidth = entry(columns)
        spacing = lines * 2 - 1 <= rows && pairs > 0 ? 2 : 1
    }
}
