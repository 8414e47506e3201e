import Yams

/// `departments:` — a list of `code` + `name`, codes unique regardless of case.
enum DepartmentParser {
    static func parse(_ node: Node?, reader: inout FieldReader) -> [Department] {
        guard let node else { return [] }
        guard case .sequence(let entries) = node else {
            if !node.isNull {
                reader.log.error("'departments' must be a list; write each as '- code: MBU' with 'name:' below it",
                                 at: node.position)
            }
            return []
        }
        var departments: [Department] = []
        var firstUse: [String: (index: Int, line: Int)] = [:]
        for (index, entry) in entries.enumerated() {
            let owner = "department \(index + 1)"
            guard let fields = Fields(entry, owner: owner) else {
                reader.log.error("\(owner) must have 'code:' and 'name:', like '- code: MBU' and '  name: Børn og Unge'",
                                 at: entry.position)
                continue
            }
            reader.rejectUnknownKeys(fields, allowed: ["code", "name"], kindName: owner)
            let code = reader.text(fields, "code", required: true, example: "MBU")
            let name = reader.text(fields, "name", required: true, example: "Børn og Unge")
            guard let code else { continue }
            let codePosition = fields["code"]?.position ?? fields.position
            if !isValidCode(code) {
                reader.log.error("department code '\(code)' must be 1–12 letters or digits (like MBU), without spaces",
                                 at: codePosition)
                continue
            }
            let key = code.uppercased()
            if let earlier = firstUse[key] {
                reader.log.error("department code '\(code)' is already used by department \(earlier.index + 1) "
                                 + "(line \(earlier.line)); each code must be unique", at: codePosition)
                continue
            }
            firstUse[key] = (index, codePosition.line)
            if let name { departments.append(Department(code: code, name: name)) }
        }
        return departments
    }

    static func isValidCode(_ code: String) -> Bool {
        (1...12).contains(code.count) && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

/// `next_steps:` — each a text, or `text` with `owner` and `due`.
enum NextStepParser {
    static func parse(_ node: Node?, reader: inout FieldReader) -> [NextStep] {
        guard let node else { return [] }
        guard case .sequence(let entries) = node else {
            if !node.isNull {
                reader.log.error("'next_steps' must be a list; write each step on a line starting with '- '",
                                 at: node.position)
            }
            return []
        }
        var steps: [NextStep] = []
        for (index, entry) in entries.enumerated() {
            let owner = "next step \(index + 1)"
            if case .scalar = entry {
                if let text = reader.text(entry, named: owner, in: "'next_steps'", required: true) {
                    steps.append(NextStep(text: text))
                }
                continue
            }
            guard let fields = Fields(entry, owner: owner) else {
                reader.log.error("\(owner) must be text, or 'text:' with 'owner:' and 'due:'", at: entry.position)
                continue
            }
            reader.rejectUnknownKeys(fields, allowed: ["text", "owner", "due"], kindName: owner)
            let text = reader.text(fields, "text", required: true, example: "Møde med chefkollegerne")
            let stepOwner = reader.text(fields, "owner")
            let due = reader.date(fields, "due")
            if let text { steps.append(NextStep(text: text, owner: stepOwner, due: due)) }
        }
        return steps
    }
}
