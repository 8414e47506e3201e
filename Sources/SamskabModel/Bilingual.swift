/// A table of texts in the workshop's language: `t("Punkt", "Item")` is the Danish or the English.
/// The one language choice the screens' `Strings`, the exports' and the phone page's words share.
public protocol Bilingual {
    var language: Language { get }
}

extension Bilingual {
    public var danish: Bool { language == .danish }

    /// The Danish text in a Danish workshop, the English otherwise.
    public func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    /// An item's kind as the summary and the phone page name it.
    public func kind(_ kind: ItemKind) -> String {
        switch kind {
        case .talk: t("Oplæg", "Talk")
        case .pause: t("Pause", "Break")
        case .discussion: t("Drøftelse", "Discussion")
        case .gallery: t("Fernisering", "Gallery walk")
        case .harvest: t("Opsamling", "Harvest")
        }
    }
}
