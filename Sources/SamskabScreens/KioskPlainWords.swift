import SamskabModel
import SamskabSession

/// Participants never see internal ids: a refusal from the engine that names a note (`n52`), a
/// cluster (`k3`) or a person (`r3`, `p14`) says the note's opening words, the cluster's or the
/// person's name instead. Nothing here decides; it only words the engine's answer for the room.
enum KioskPlainWords {
    /// The message with every id it names replaced by what people know it by.
    static func withoutIDs(_ message: String, state: SessionState) -> String {
        var out = ""
        var word = ""
        func flush() {
            out += plain(word, state: state) ?? word
            word = ""
        }
        for character in message {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }

    /// What an id is called: a note's opening words in quotes, a cluster's or a person's name.
    static func plain(_ word: String, state: SessionState) -> String? {
        guard let first = word.first, word.count >= 2, word.dropFirst().allSatisfy(\.isASCII),
              word.dropFirst().allSatisfy(\.isNumber) else { return nil }
        switch first {
        case "n": return state.notes[word].map { "“" + openingWords($0.text) + "”" }
        case "k": return state.clusters[word].map { "“" + $0.name + "”" }
        case "p", "r": return state.participants[word]?.name
        default: return nil
        }
    }

    /// The first words of a note, up to about 30 characters, with … when there is more.
    static func openingWords(_ text: String, limit: Int = 30) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var shown = ""
        for word in words {
            let next = shown.isEmpty ? String(word) : shown + " " + word
            if next.count > limit, !shown.isEmpty { return shown + " …" }
            if next.count > limit { return String(next.prefix(limit)) + "…" }
            shown = next
        }
        return shown
    }
}

extension KioskController {
    /// The engine's answer to what this kiosk submitted, worded for the room (no internal ids).
    public static func receive(_ outcome: CommandOutcome, view: inout KioskView, state: SessionState) {
        if let asked = view.joinAsked { return receiveJoin(outcome, asked: asked, view: &view, state: state) }
        if case .refused(let message) = outcome {
            receive(.refused(KioskPlainWords.withoutIDs(message, state: state)), view: &view)
        } else {
            receive(outcome, view: &view)
        }
    }
}
