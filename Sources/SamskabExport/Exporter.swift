import SamskabModel
import SamskabSession

/// Every export format, by name.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown
    case html
    case csv
    case json

    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .csv: "csv"
        case .json: "json"
        }
    }

    /// The bytes of the summary in this format. The same state gives the same bytes.
    public func render(_ state: SessionState, utcOffsetSeconds: Int, csvSeparator: String? = nil) -> [UInt8] {
        render(DaySummary(state, utcOffsetSeconds: utcOffsetSeconds), csvSeparator: csvSeparator)
    }

    /// The bytes of a summary already gathered (to write several formats of one day).
    public func render(_ summary: DaySummary, csvSeparator: String? = nil) -> [UInt8] {
        switch self {
        case .markdown: return Array(MarkdownExport.render(summary).utf8)
        case .html: return Array(HTMLExport.render(summary).utf8)
        case .csv: return CSVExport.render(summary, separator: csvSeparator)
        case .json: return Array(JSONExport.render(summary).utf8)
        }
    }

    /// The file name of this format's export of a workshop: `summary.md` and so on.
    public var fileName: String { "summary." + fileExtension }

    /// The names `--format all` writes: a folder holding nothing else is samskab's to overwrite.
    public static var fileNames: Set<String> { Set(allCases.map(\.fileName)) }
}
