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
    /// Until the first paint the window is all blank (as ncurses starts it), so blank cells
    /// need not be handed to it; after that a repaint (Ctrl-L, resize) must write every cell.
    private var windowIsBlank = true
    private var cursorVisible = false
    /// The terminal's input has ended: a hang-up that sent no signal (its pseudo-terminal closed
    /// under a process that does not control it). Every read then answers at once, so the loop
    /// must end instead of spinning a core on keys that cannot come.
    public private(set) var inputEnded = false

    /// Takes over the terminal. Throws when the terminal cannot be used (unknown TERM, not a tty).
    private let bracketedPaste: Bool

    /// - Parameters:
    ///   - rawKeys: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys instead of signals (the kiosk).
    ///   - bracketedPaste: ask the terminal to mark pastes, so pasted lines do not submit.
    ///   - forceASCII: draw only ASCII even where the terminal is UTF-8 (`--ascii`).
    public init(noColor: Bool, rawKeys: Bool = false, bracketedPaste: Bool = false, forceASCII: Bool = false) throws(TerminalError) {
        self.bracketedPaste = bracketedPaste
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("this needs a terminal; to print a frame without one, use 'samskab render'")
        }
        Locale.adopt()
        // Before newterm: ncurses then leaves SIGINT and SIGTERM to these handlers (it installs its
        // own only over default ones), so a killed projector ends as killed, terminal restored.
        samskab_install_terminal_cleanup()
        isUTF8 = !forceASCII && Locale.isUTF8
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
    /// `areas`: where the canvas can differ from the last one painted (nil: anywhere); only they
    /// are compared.
    public func paint(_ canvas: Canvas, areas: [Canvas.Area]? = nil) {
        let window = samskab_stdscr()
        let previous = painted.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        let skipsBlanks = previous == nil && windowIsBlank
        let whole = Canvas.Area(x: 0, y: 0, width: canvas.width, height: canvas.height)
        for area in (previous == nil ? nil : areas) ?? [whole] {
            for y in max(0, area.y)..<min(canvas.height, area.y + area.height) {
                // From the start of a wide cluster the area may cut in half.
                var x = max(0, area.x - 1)
                while x < min(canvas.width, area.x + area.width) {
                    let cell = canvas[x, y]
                    if cell.isContinuation || (previous.map { $0[x, y] == cell } ?? (skipsBlanks && cell == .blank)) {
                        x += 1
                        continue
                    }
                    put(cell, x: x, y: y, canvasWidth: canvas.width, window: window)
                    x += 1
                }
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
        windowIsBlank = false
    }

    private func put(_ cell: Cell, x: Int, y: Int, canvasWidth: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var attributes = Palette.attributes(cell.style, color: usesColor)
        var cell = cell
        // A QR code is painted with the cells' backgrounds wherever it can be: many fonts' blocks
        // begin a pixel below the top of their cell, and a light line there keeps a camera from
        // reading the code. A dark cell is a blank on dark; an upper half block is a lower one in
        // reverse colours (its dark half now the background). The text stays as the canvas has it.
        if cell.style == .qrDark {
            cell.text = " "
            attributes = Palette.qrUpperHalf(color: usesColor)
        } else if cell.style == .qrCode, cell.text == "▀", isUTF8 {
            cell.text = "▄"
            attributes = Palette.qrUpperHalf(color: usesColor)
        }
        var cchar = cchar_t()
        if let ascii = Self.printableASCII(cell.text) {
            // Most cells: one printable ASCII character, one column everywhere.
            var characters: [wchar_t] = [wchar_t(ascii), 0]
            setcchar(&cchar, &characters, attributes.attr, attributes.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            return
        }
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
        setcchar(&cchar, &characters, attributes.attr, attributes.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cchar)
        if baseColumns == 1 && canvasColumns == 2 && x + 1 < canvasWidth {
            var space: [wchar_t] = [32, 0]
            setcchar(&cchar, &space, attributes.attr, attributes.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &cchar)
        }
    }

    /// The character of a cell that is one printable ASCII character (space to tilde), else nil.
    private static func printableASCII(_ text: String) -> UInt8? {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next(), (0x20...0x7E).contains(first), utf8.next() == nil else { return nil }
        return first
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
        guard let (isKeyCode, value) = next(window) else {
            // No key: a timeout, or an input that has hung up (the kernel says so on the descriptor).
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 0) > 0, input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { inputEnded = true }
            return nil
        }
        if isKeyCode {
            if Int32(value) == KeyMap.pasteBeginCode { return readPaste(window) }
            return KeyMap.special(Int32(value))
        }
        if value == 27, let next = peek(window) {
            // An escape sequence ncurses does not know (it gives known ones as key codes):
            // dropped whole, never taken as Esc followed by letters. Esc and then a plain key
            // that happened to arrive at once stay two keys.
            guard [0x5B, 0x5D, 0x50, 0x5F, 0x5E, 0x4F].contains(next) else {
                _ = unget_wch(wchar_t(next))
                return .escape
            }
            skipEscapeSequence(startingWith: next, window)
            return nil
        }
        return KeyMap.character(value)
    }

    /// One character or key code, if one comes within the window's timeout.
    private func next(_ window: UnsafeMutablePointer<WINDOW>?) -> (isKeyCode: Bool, value: UInt32)? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == samskab_key_code_yes() { return (true, UInt32(character)) }
        if result == samskab_ok() { return (false, UInt32(character)) }
        return nil
    }

    /// The next character if it is already there (a sequence arrives at once; a person's next
    /// key does not).
    private func peek(_ window: UnsafeMutablePointer<WINDOW>?) -> UInt32? {
        wtimeout(window, 5)
        defer { wtimeout(window, -1) }
        guard let (isKeyCode, value) = next(window), !isKeyCode else { return nil }
        return value
    }

    /// Reads the rest of an escape sequence: CSI up to its final byte, OSC/DCS/APC/PM up to BEL or
    /// ESC \, anything else is one character.
    private func skipEscapeSequence(startingWith first: UInt32, _ window: UnsafeMutablePointer<WINDOW>?) {
        wtimeout(window, 5)
        defer { wtimeout(window, -1) }
        var count = 0
        switch first {
        case 0x4F: // O: SS3, one more character
            _ = next(window)
        case 0x5B: // [
            while count < 64, let (_, value) = next(window), !(0x40...0x7E).contains(value) { count += 1 }
        case 0x5D, 0x50, 0x5F, 0x5E: // ] P _ ^
            var previous: UInt32 = 0
            while count < 4096, let (_, value) = next(window) {
                if value == 7 || (previous == 27 && value == 0x5C) { break }
                previous = value
                count += 1
            }
        default:
            break
        }
    }

    /// A bracketed paste, read whole: everything up to its end marker is text (at most 64 KiB
    /// of it; the rest is read and dropped), so a pasted Esc or line break is never a key.
    private func readPaste(_ window: UnsafeMutablePointer<WINDOW>?) -> Key {
        wtimeout(window, 500)
        defer { wtimeout(window, -1) }
        var text = String.UnicodeScalarView()
        var count = 0
        while let (isKeyCode, value) = next(window) {
            if isKeyCode {
                if Int32(value) == KeyMap.pasteEndCode { break }
                continue // a pasted sequence ncurses took for a key: not text
            }
            count += 1
            if count <= Self.maximumPaste, let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return .paste(String(text))
    }

    static let maximumPaste = 65_536

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

