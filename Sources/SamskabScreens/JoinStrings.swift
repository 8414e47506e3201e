import SamskabModel

/// The texts of the join card and the wall's address line, in Danish and English.
extension Strings {
    private func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    public var joinTitle: String { t("Skriv med fra din telefon", "Write along from your phone") }
    public var joinGoTo: String { t("Gå til", "Go to") }
    public var joinTypeCode: String { t("Skriv koden", "Enter the code") }
    public var joinOrScan: String { t("eller scan QR-koden med kameraet", "or scan the QR code with the camera") }
    public var joinSameNetwork: String { t("på lokalets netværk", "on the room's network") }
    public var joinLargerForQR: String {
        t("(QR-koden vises i et større vindue)", "(the QR code shows in a larger window)")
    }
    public var joinASCIINoQR: String {
        t("(QR-koden kræver en terminal med UTF-8)", "(the QR code needs a UTF-8 terminal)")
    }
    public var joinNoServer: String { t("Ingen webserver kører for denne session", "No web server is running for this session") }
    public var joinHowToStart: [String] {
        [t("Start projektoren med --serve:", "Start the projector with --serve:"),
         "samskab run … --serve",
         t("eller i en anden terminal:", "or in another terminal:"),
         t("samskab serve SESSIONSMAPPE", "samskab serve SESSION-FOLDER"),
         t("Kortet viser da adressen, QR-koden og rummets kode.", "The card then shows the address, the QR code and the room code.")]
    }
    /// The line on every board while a server runs.
    public func joinFooter(_ address: String, code: String) -> String { t("Telefon: \(address) · kode \(code)", "Phone: \(address) · code \(code)") }
    public func joinFooterShort(_ address: String, code: String) -> String { "\(address) · \(code)" }
}
