import CNCursesW
import SamskabCanvas

/// ncurses key codes and characters to keys.
enum KeyMap {
    /// Key codes given to the bracketed-paste markers with define_key.
    static let pasteBeginCode: Int32 = 0x1F00
    static let pasteEndCode: Int32 = 0x1F01

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 13: return .enter
        case 10: return .newline
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .text(String(Character(scalar)))
        }
    }

    static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_SLEFT: return .wordLeft
        case KEY_SRIGHT: return .wordRight
        case samskab_key_resize(): return .resize
        default: return nil
        }
    }
}
