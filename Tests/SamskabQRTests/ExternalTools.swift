import Foundation
import Testing

/// zbarimg (Debian's zbar-tools): reads the QR codes back. As in SamskabCLITests'
/// ExternalTools: where it is missing the test is skipped and says how to install it, unless
/// `SAMSKAB_REQUIRE_TOOLS=1` (as `bash .ci/run` sets), where a missing tool fails.
enum ZBar {
    static let isInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: String($0) + "/zbarimg")
    }
    static let required = ProcessInfo.processInfo.environment["SAMSKAB_REQUIRE_TOOLS"] == "1"

    /// What zbarimg reads in the image at `path` (`--raw`: the data alone, one code a line).
    static func decode(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["zbarimg", "--quiet", "--raw", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
}

extension Trait where Self == ConditionTrait {
    static var needsZBar: Self {
        .enabled(if: ZBar.required || ZBar.isInstalled, "needs zbarimg: apt-get install zbar-tools")
    }
}
