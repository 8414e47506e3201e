import Foundation
import Testing

/// The programs beyond Swift and ncurses that some end-to-end tests start. A test that needs one
/// says so with `.needs(…)`: where it is missing the test is skipped, and `swift test` prints what
/// is missing and how to install it. Under `SAMSKAB_REQUIRE_TOOLS=1` (as `bash .ci/run` sets,
/// after installing them all) nothing is skipped: a missing tool fails its tests.
/// docs/testing.md lists them; SamskabExportTests has its own list, with the same `.needs`.
enum ExternalTool: Sendable {
    /// tmux, started through python3 (see Tmux): every test in a real terminal.
    case tmux
    /// python3 on its own: a pseudo-terminal that goes away.
    case python3
    /// pgrep and kill: signals to the program running in tmux.
    case procps
    /// unshare: a small disk of the test's own, to fill up.
    case unshare
    /// sshd, ssh and ssh-keygen: the kiosk over ssh, on loopback.
    case openSSH
    /// zbarimg: the join card's QR code read back.
    case zbar
    /// xterm under Xvfb (xvfb-run), ImageMagick's `import` and the DejaVu Sans Mono font: the
    /// wall in a real terminal, photographed.
    case xterm
    /// Headless Chromium driven through chromedriver by Selenium in python3: the phone page in a browser.
    case browser

    var name: String {
        switch self {
        case .tmux: "tmux (started through python3)"
        case .python3: "python3"
        case .procps: "pgrep/kill"
        case .unshare: "unshare"
        case .openSSH: "sshd/ssh/ssh-keygen"
        case .zbar: "zbarimg"
        case .xterm: "xvfb-run/xterm/import (ImageMagick)/DejaVu Sans Mono"
        case .browser: "chromium, chromedriver and Selenium (imported by python3)"
        }
    }

    /// The Debian packages that bring it.
    var packages: [String] {
        switch self {
        case .tmux: ["tmux", "python3"]
        case .python3: ["python3"]
        case .procps: ["procps"]
        case .unshare: ["util-linux"]
        case .openSSH: ["openssh-server", "openssh-client"]
        case .zbar: ["zbar-tools"]
        case .xterm: ["xvfb", "xauth", "xterm", "imagemagick", "fonts-dejavu-core"]
        case .browser: ["chromium", "chromium-driver", "python3"]
        }
    }

    /// The PyPI packages it needs besides (in a virtual environment, as `bash .ci/run` makes).
    var pythonPackages: [String] {
        switch self {
        case .browser: ["selenium"]
        case .tmux, .python3, .procps, .unshare, .openSSH, .zbar, .xterm: []
        }
    }

    /// Looked for once, when a test first asks.
    var isInstalled: Bool {
        switch self {
        case .tmux: Found.tmux
        case .python3: Found.python3
        case .procps: Found.procps
        case .unshare: Found.unshare
        case .openSSH: Found.openSSH
        case .zbar: Found.zbar
        case .xterm: Found.xterm
        case .browser: Found.browser
        }
    }

    private enum Found {
        static let tmux = onPath("tmux") && python3
        static let python3 = onPath("python3")
        static let procps = onPath("pgrep") && onPath("kill")
        static let unshare = onPath("unshare")
        static let zbar = onPath("zbarimg")
        static let xterm = onPath("xvfb-run") && onPath("xauth") && onPath("xterm") && onPath("import")
            && FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
        static let openSSH = FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") && onPath("ssh")
        static let browser = (onPath("chromium") || onPath("chromium-browser") || onPath("google-chrome"))
            && onPath("chromedriver") && python3 && pythonImports("selenium")
    }

    /// SAMSKAB_REQUIRE_TOOLS=1: every test runs, so a missing tool fails instead of being skipped.
    static let required = ProcessInfo.processInfo.environment["SAMSKAB_REQUIRE_TOOLS"] == "1"

    /// Whether python3 (the first on PATH) imports the module.
    static func pythonImports(_ module: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import " + module]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func onPath(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: URL(fileURLWithPath: String($0)).appendingPathComponent(program).path)
        }
    }
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
