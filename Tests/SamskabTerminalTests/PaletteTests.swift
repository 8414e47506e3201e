import CNCursesW
import SamskabCanvas
import Testing
@testable import SamskabTerminal

/// Every colour pair and attribute the wall and the kiosk use, checked against the rules a
/// projector in a real room needs: the same on 8, 16 and 256 colours; nothing bold that can be
/// black; and, without colour (NO_COLOR, vt100), every marked style still marked by attribute.
struct PaletteTests {
    static let bold = samskab_a_bold(), reverse = samskab_a_reverse()

    @Test func onlyTheEightBaseColoursAreUsed() {
        for (style, (_, foreground, background)) in Palette.pairs {
            #expect((-1...7).contains(foreground) && (-1...7).contains(background), "\(style) uses a colour above 7")
        }
        let numbers = Palette.pairs.values.map(\.0)
        let shared = Dictionary(grouping: Palette.pairs, by: { $0.value.0 }).filter { Set($0.value.map { "\($0.value.1),\($0.value.2)" }).count > 1 }
        #expect(shared.isEmpty, "a pair number stands for two colour pairs: \(shared.keys.sorted())")
        #expect(numbers.allSatisfy { (1...15).contains($0) }, "pair numbers fit the 16 a small terminal has")
    }

    @Test func nothingBoldCanBeDrawnBlack() {
        for style in CellStyle.allCases {
            let coloured = Palette.attributes(style, color: true)
            if let pair = Palette.pairs[style], pair.1 == Int16(COLOR_BLACK) {
                #expect(coloured.attr & Self.bold == 0, "\(style): bold black on colour")
            }
            let plain = Palette.attributes(style, color: false)
            #expect(!(plain.attr & Self.bold != 0 && plain.attr & Self.reverse != 0), "\(style): bold and reverse without colour")
            #expect(plain.pair == 0, "\(style): a colour pair under NO_COLOR")
        }
    }

    @Test func withoutColourEveryMarkIsStillAnAttribute() {
        let note = Palette.attributes(.note, color: false).attr
        for style: CellStyle in [.selected, .noteNewest, .keyPoint, .overrun, .bar, .keyHint, .input, .title, .countdown, .warning] {
            #expect(Palette.attributes(style, color: false).attr != note, "\(style) looks like a plain note without colour")
        }
        #expect(Palette.attributes(.selected, color: false).attr != Palette.attributes(.noteNewest, color: false).attr,
                "the selected note differs from the newest")
        // With colour the selected note has a colour of its own, not the post-its' yellow.
        #expect(Palette.pairs[.selected]?.2 != Palette.pairs[.note]?.2)
    }
}
