import Foundation
import Testing

/// The join card's QR code as a camera sees it: the projector in xterm under Xvfb, photographed
/// (`import -window root`) until zbarimg reads the address — on xterm's light default and on a
/// dark one, and under NO_COLOR on a dark one. Fonts whose blocks do not fill their cells leave light lines between rows; the
/// backend paints the code with cell backgrounds so that they do not (see docs/phones.md).
@Suite(.serialized, .tags(.slow))
struct JoinCardEndToEndTests {
    static let url = "http://192.168.1.20:8080/"

    /// `colours`: xterm's options (`-rv`: light on dark); `noColor`: the wall under NO_COLOR (on a
    /// dark terminal: reverse video is dark on light there).
    @Test(.needs(.xterm, .zbar), arguments: [("80x24", "", false), ("80x24", "-rv", false), ("120x40", "", false), ("80x24", "-rv", true)])
    func aCameraReadsTheQRCodeInXterm(_ geometry: String, _ colours: String, _ noColor: Bool) throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        // A server as `samskab serve` announces it: this test's own process, alive.
        try #"{"url": "\#(Self.url)", "code": "4821", "pid": \#(ProcessInfo.processInfo.processIdentifier)}"#
            .write(toFile: session + "/web.json", atomically: true, encoding: .utf8)
        let shot = folder.appendingPathComponent("shot.png").path
        let script = """
            xterm \(colours) -geometry \(geometry)+0+0 -fa 'DejaVu Sans Mono' -fs 14 \
              -e env \(noColor ? "NO_COLOR=1" : "-u NO_COLOR") LANG=C.UTF-8 TERM=xterm-256color \(Tmux.quote(try BinaryRunner.binary.path)) run \(Tmux.quote(session)) &
            terminal=$!
            for _ in $(seq 1 20); do
              sleep 0.5
              import -window root \(Tmux.quote(shot)) 2>/dev/null || continue
              if zbarimg --quiet --raw \(Tmux.quote(shot)) 2>/dev/null; then break; fi
            done
            kill $terminal
            """
        let run = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                       ["timeout", "60", "xvfb-run", "-a", "-s", "-screen 0 1920x1200x24", "bash", "-c", script])
        #expect(run.stdout == Self.url + "\n", "zbarimg read: \(run.stdout) \(run.stderr)")
    }
}
