import CSV
import Yams

/// `roster:` — the people expected, inline as a list or in a CSV file beside the definition.
enum RosterParser {
    static func parse(_ node: Node?, departments: [Department], reader: inout FieldReader,
                      readRelated: (String) -> RelatedFile) -> [Person] {
        guard let node else { return [] }
        switch node {
        case .scalar:
            guard let name = reader.text(node, named: "'roster'", in: "the workshop", required: true) else { return [] }
            if let problem = RosterFileName.problem(name) {
                reader.log.error("'roster' must name a CSV file in the definition's folder, like 'deltagere.csv'; "
                                 + problem, at: node.position)
                return []
            }
            switch readRelated(name) {
            case .unreadable(let reason):
                reader.log.error("the roster file '\(name)' cannot be read: \(reason)", at: node.position)
                return []
            case .contents(let path, let bytes):
                var csvLog = DiagnosticLog(file: path)
                let people = RosterCSV.parse(bytes, departments: departments, log: &csvLog)
                reader.log.absorb(csvLog)
                return people
            }
        case .sequence(let entries):
            var people: [Person] = []
            var rules = RosterRules(departments: departments)
            for (index, entry) in entries.enumerated() {
                let owner = "roster person \(index + 1)"
                guard let fields = Fields(entry, owner: owner) else {
                    reader.log.error("\(owner) must have 'name:' and 'department:', like '- name: Helle Bach Lauridsen' "
                                     + "and '  department: MBU'", at: entry.position)
                    continue
                }
                reader.rejectUnknownKeys(fields, allowed: ["name", "department"], kindName: owner)
                guard let name = reader.text(fields, "name", required: true, example: "Helle Bach Lauridsen") else { continue }
                let department = reader.text(fields, "department")
                let position = fields["department"]?.position ?? fields.position
                if let person = rules.admit(name: name, department: department, namePosition: fields["name"]!.position,
                                            departmentPosition: position, log: &reader.log) {
                    people.append(person)
                }
            }
            return people
        default:
            reader.log.error("'roster' must be a list of people or the name of a CSV file beside the definition",
                             at: node.position)
            return []
        }
    }
}

/// What a roster file may be called: a file beside the definition, or in a folder below it.
/// Whatever the name, the file layer also refuses a link leading out of the definition's folder.
enum RosterFileName {
    /// Why `name` cannot be a roster file's name, or nil when it can.
    static func problem(_ name: String) -> String? {
        if name.hasPrefix("/") { return "'\(DefinitionLimits.quote(name))' is a path from the root of the disk" }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "'\(DefinitionLimits.quote(name))' uses '..'"
        }
        if name.hasSuffix("/") || name == "." { return "'\(DefinitionLimits.quote(name))' is a folder" }
        return nil
    }
}

/// The rules every roster person meets, whether written inline or in a CSV file.
struct RosterRules {
    let departments: [Department]
    private var seen: [String: Int] = [:]

    init(departments: [Department]) {
        self.departments = departments
    }

    mutating func admit(name: String, department: String?, namePosition: SourcePosition,
                        departmentPosition: SourcePosition, log: inout DiagnosticLog) -> Person? {
        if name.count > DefinitionLimits.shortText {
            log.error("this name is \(name.count) characters long; keep it to \(DefinitionLimits.shortText) characters",
                      at: namePosition)
            return nil
        }
        if let department, department.count > DefinitionLimits.shortText {
            log.error("this department is \(department.count) characters long; a department is a code like MBU",
                      at: departmentPosition)
            return nil
        }
        for text in [name, department ?? ""] where text.unicodeScalars.contains(where: DefinitionLimits.isControl) {
            log.error("'\(DefinitionLimits.quote(text))' contains a control character, which a screen cannot show; remove it",
                      at: text == name ? namePosition : departmentPosition)
            return nil
        }
        let codes = departments.map(\.code)
        var code: String?
        if let department {
            guard let known = departments.first(where: { $0.code.caseInsensitiveCompare(department) == .orderedSame }) else {
                let message = codes.isEmpty
                    ? "\(name) is in department '\(department)', but the workshop lists no 'departments'"
                    : "\(name) is in an unknown department '\(department)'"
                        + Suggestion.hint(for: department, among: codes, listLabel: "the departments are")
                log.error(message, at: departmentPosition)
                return nil
            }
            code = known.code
        } else if !codes.isEmpty {
            log.error("\(name) has no department; the workshop lists departments, so give one of: "
                      + DefinitionLimits.list(codes), at: departmentPosition)
            return nil
        }
        let key = name.lowercased()
        if let line = seen[key] {
            log.warning("\(name) is listed twice in the roster (also on line \(line))", at: namePosition)
        } else {
            seen[key] = namePosition.line
        }
        return Person(name: name, department: code)
    }
}

/// A roster CSV: a header row `name,department` (or Danish `navn;afdeling`), one person a row.
/// `;` or `,` separates fields, as Danish and English spreadsheets save them.
enum RosterCSV {
    static let nameHeaders = ["name", "navn"]
    static let departmentHeaders = ["department", "afdeling", "magistratsafdeling"]

    static func parse(_ bytes: [UInt8], departments: [Department], log: inout DiagnosticLog) -> [Person] {
        if bytes.count > DefinitionLimits.rosterBytes {
            log.error("the roster file is larger than \(DefinitionLimits.describe(bytes: DefinitionLimits.rosterBytes)), "
                      + "the most a roster may be; is it the right file?", at: .start)
            return []
        }
        guard let text = SourceText.decode(bytes, log: &log) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingSuffix("\r")) }
        guard let header = lines.first, !header.trimmingWhitespace.isEmpty else {
            log.error("the roster file is empty; its first line must be the header 'name,department'", at: .start)
            return []
        }
        let delimiter: UnicodeScalar = header.contains(";") ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            log.error("the roster file cannot be read as CSV: \(error)", at: .start)
            return []
        }
        guard let headerRow = reader.next() else { return [] }
        // Bounded, so that no line of the file costs more than its length (issue 22: a header of
        // 32,000 separators took `check` 163 s, warning about each column from the line's start).
        if headerRow.count > DayLimits.rosterColumns {
            log.error("the roster file's first line has \(headerRow.count) columns; a roster has at most "
                      + "\(DayLimits.rosterColumns) (the columns read are name and department); is it the right file?", at: .start)
            return []
        }
        let headerStarts = fieldColumns(of: header, delimiter: delimiter)
        let columns = headerRow.map { $0.lowercased().trimmingWhitespace }
        guard let nameColumn = columns.firstIndex(where: nameHeaders.contains) else {
            let found = DefinitionLimits.quote(headerRow.joined(separator: String(delimiter)))
            log.error("the roster file's first line must name its columns: 'name' and 'department' "
                      + "(or 'navn' and 'afdeling'); found '\(found)'", at: .start)
            return []
        }
        let departmentColumn = columns.firstIndex(where: departmentHeaders.contains)
        for (index, column) in columns.enumerated() where index != nameColumn && index != departmentColumn {
            log.warning("the roster column '\(DefinitionLimits.quote(headerRow[index]))' is not used; "
                        + "the columns read are name and department",
                        at: SourcePosition(line: 1, column: headerStarts[safe: index] ?? 1))
            _ = column
        }

        var rules = RosterRules(departments: departments)
        var people: [Person] = []
        func hasLineBreak(_ field: String) -> Bool { field.utf8.contains { (0x0A...0x0D).contains($0) || $0 >= 0xC2 } }
        var line = 1 + headerRow.reduce(0) { $0 + $1.filter(\.isNewline).count }
        while let row = reader.next() {
            line += 1
            defer { line += row.reduce(0) { $0 + (hasLineBreak($1) ? $1.filter(\.isNewline).count : 0) } }
            if row.allSatisfy({ $0.isEmpty }) { continue }
            let rawLine = lines[safe: line - 1] ?? ""
            if row.count > DayLimits.rosterColumns {
                log.error("this roster row has \(row.count) columns; a roster has at most \(DayLimits.rosterColumns)",
                          at: SourcePosition(line: line, column: 1))
                continue
            }
            let starts = fieldColumns(of: rawLine, delimiter: delimiter)
            let name = row[safe: nameColumn] ?? ""
            guard !name.isEmpty else {
                log.error("this roster row has no name", at: SourcePosition(line: line, column: starts[safe: nameColumn] ?? 1))
                continue
            }
            let department = departmentColumn.flatMap { row[safe: $0] }.flatMap { $0.isEmpty ? nil : $0 }
            let departmentPosition = SourcePosition(line: line, column: departmentColumn.flatMap { starts[safe: $0] } ?? 1)
            if let person = rules.admit(name: name, department: department,
                                        namePosition: SourcePosition(line: line, column: starts[safe: nameColumn] ?? 1),
                                        departmentPosition: departmentPosition, log: &log) {
                people.append(person)
            }
        }
        if let error = reader.error {
            log.error("the roster file cannot be read as CSV after line \(line): \(error)", at: SourcePosition(line: line, column: 1))
        }
        return people
    }

    /// The column (from 1) where each field of a CSV line starts, honouring quotes.
    static func fieldColumns(of line: String, delimiter: UnicodeScalar) -> [Int] {
        var starts = [1]
        var inQuotes = false
        for (offset, character) in line.enumerated() {
            if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, character.unicodeScalars.first == delimiter {
                starts.append(offset + 2)
            }
        }
        return starts
    }
}

extension Array {
    /// The element at `index`, or nil outside the array: for indices that come from outside.
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension StringProtocol {
    func trimmingSuffix(_ suffix: String) -> SubSequence {
        hasSuffix(suffix) ? self[..<index(endIndex, offsetBy: -suffix.count)] : self[...]
    }
}
