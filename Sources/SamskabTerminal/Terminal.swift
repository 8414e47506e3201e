#if canImport(Glibc)
import Glibc
#endif
import CNCursesW
import CTerminalCleanup
import SamskabCanvas

/// The only place that talks to ncurses: sets the terminal up, paints canvases (letting
/// ncurses send just the differences), reads keys, and restores the terminal on every exit.
public final class Terminal {
    public let isUTF8: Bool
    public let usesColor: Bool
    private var painted: Canvas?
    private var cursorVisible = false

    /// Takes over the terminal. Throws when the terminal cannot be used (unknown TERM, not a tty).
    private let bracketedPaste: Bool

    /// - Parameters:
    ///   - rawKeys: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals (the kiosk).
    ///   - bracketedPaste: ask the terminal to mark pastes, so pasted lines do not submit.
    public init(noColor: Bool, rawKeys: Bool = false, bracketedPaste: Bool = false) throws(TerminalError) {
        self.bracketedPaste = bracketedPaste
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("this needs a terminal; to print a frame without one, use 'samskab render'")
        }
        setlocale(LC_ALL, "")
        // Before newterm: ncurses then leaves SIGINT and SIGTERM to these handlers (it installs its
        // own only over default ones), so a killed projector ends as killed, terminal restored.
        samskab_install_terminal_cleanup()
        isUTF8 = String(cString: samskab_codeset()).uppercased().split(separator: "-").joined() == "UTF8"
        // newterm, unlike initscr, reports an unknown terminal type instead of exiting.
        guard getenv("TERM") != nil, newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) != nil else {
            throw TerminalError("the terminal type '\(getenv("TERM").map { String(cString: $0) } ?? "")' is unknown to ncurses")
        }
        if rawKeys { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(samskab_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        usesColor = !noColor && has_colors()
        if usesColor {
            start_color()
            use_default_colors()
            Palette.defineColorPairs()
        }
        if bracketedPaste {
            define_key("\u{1B}[200~", KeyMap.pasteBeginCode)
            define_key("\u{1B}[201~", KeyMap.pasteEndCode)
            Self.send("\u{1B}[?2004h")
        }
    }

    private static func send(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    deinit {
        stop()
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        if isendwin() == false {
            if bracketedPaste { Self.send("\u{1B}[?2004l") }
            endwin()
        }
    }

    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0, columns: Int32 = 0
        samskab_getmaxyx(samskab_stdscr(), &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Paints `canvas`: only cells that differ from the last painted canvas are handed to
    /// ncurses, which then sends the terminal only what changed on screen.
    public func paint(_ canvas: Canvas) {
        let window = samskab_stdscr()
        let previous = painted.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        for y in 0..<canvas.height {
            var x = 0
            while x < canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation || (previous.map { $0[x, y] == cell } ?? false) {
                    x += 1
                    continue
                }
                put(cell, x: x, y: y, canvasWidth: canvas.width, window: window)
                x += 1
            }
        }
        if let cursor = canvas.cursor {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
        painted = canvas
    }

    private func put(_ cell: Cell, x: Int, y: Int, canvasWidth: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let attributes = Palette.attributes(cell.style, color: usesColor)
        let canvasColumns = DisplayWidth.of(cell.text)
        var scalars = Array(cell.text.unicodeScalars)
        if !isUTF8 { scalars = Array(ASCIIFallback.replace(cell.text, columns: canvasColumns).unicodeScalars) }
        // ncurses knows a cell as one spacing character plus zero-width ones; it takes the
        // spacing one's width from wcwidth. Where that disagrees with the canvas, draw the
        // base alone and pad, so the layout never shifts.
        let base = scalars.first ?? " "
        var combining = scalars.dropFirst().prefix { samskab_wcwidth(wchar_t(bitPattern: $0.value)) == 0 }.prefix(4)
        var baseColumns = Int(samskab_wcwidth(wchar_t(bitPattern: base.value)))
        var drawn = base
        if baseColumns != max(1, canvasColumns) {
            if baseColumns == 1 && canvasColumns == 2 {
                combining = []
            } else {
                drawn = canvasColumns == 2 ? "?" : "?"
                baseColumns = 1
                combining = []
            }
        }
        var characters: [wchar_t] = [wchar_t(bitPattern: drawn.value)] + combining.map { wchar_t(bitPattern: $0.value) } + [0]
        var cchar = cchar_t()
        setcchar(&cchar, &characters, attributes.attr, attributes.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cchar)
        if baseColumns == 1 && canvasColumns == 2 && x + 1 < canvasWidth {
            var space: [wchar_t] = [32, 0]
            setcchar(&cchar, &space, attributes.attr, attributes.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &cchar)
        }
    }

    /// Repaints every cell at the next paint (Ctrl-L, or after the screen was disturbed).
    public func forceRedraw() {
        painted = nil
        clearok(samskab_curscr(), true)
    }

    /// Waits up to `milliseconds` for a key; nil when none came.
    public func readKey(timeout milliseconds: Int) -> Key? {
        let window = samskab_stdscr()
        wtimeout(window, Int32(milliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == samskab_key_code_yes() {
            return KeyMap.special(Int32(character))
        }
        if result == samskab_ok() {
            return KeyMap.character(UInt32(character))
        }
        return nil
    }

    public func bell() {
        beep()
    }
}

public struct TerminalError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

