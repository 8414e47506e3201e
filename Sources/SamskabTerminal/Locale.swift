#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW

/// The character set the terminal speaks. A kiosk reached over `ssh` with `command="samskab join …"`
/// gets no LANG from most clients, and a C or POSIX locale would make every æ, ø, å and emoji
/// unreadable to ncurses. Terminals that reach a Danish forum are UTF-8, so with no locale named
/// at all (or only C/POSIX) samskab assumes UTF-8; only a locale that names another character
/// set (da_DK.ISO-8859-1) gets the ASCII drawing.
enum Locale {
    /// Sets the locale from the environment, or a UTF-8 one where the environment names none.
    static func adopt() {
        setlocale(LC_ALL, "")
        guard !isUTF8, !namesACharacterSet else { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "da_DK.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return }
        }
    }

    static var isUTF8: Bool {
        String(cString: samskab_codeset()).uppercased().split(separator: "-").joined() == "UTF8"
    }

    /// True where LC_ALL, LC_CTYPE or LANG (the first one set) names a locale other than C/POSIX.
    static var namesACharacterSet: Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let raw = getenv(name) else { continue }
            let value = String(cString: raw)
            if value.isEmpty { continue }
            return !["C", "POSIX"].contains(value)
        }
        return false
    }
}
