/// A date as a reader of the workshop's language writes it: "1. oktober 2019", "1 October 2019".
/// The wall and the summaries for people use it; files for tools keep `2019-10-01`.
extension CalendarDate {
    public func spelled(in language: Language) -> String {
        switch language {
        case .danish: "\(day). \(Self.danishMonths[month - 1]) \(year)"
        case .english: "\(day) \(Self.englishMonths[month - 1]) \(year)"
        }
    }

    static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni",
                               "juli", "august", "september", "oktober", "november", "december"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December"]
}
