import Foundation
import SamskabSession

/// A table plan as JSON (product brief, `groups --json`): `[{"name", "members": [{"name", "department"}]}]`,
/// tables in number order. Keys are only ever added.
public enum TablePlanJSON {
    public static func render(_ plan: TablePlan, state: SessionState) -> String {
        let tables = members(of: plan, state: state)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Texts and numbers only; should encoding ever fail, the output says so instead of trapping.
        guard let data = try? encoder.encode(tables) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func members(of plan: TablePlan, state: SessionState) -> [TableInfo] {
        plan.tables.map { table in
            TableInfo(number: table.number, name: table.name, department: table.department,
                      members: table.members.map { id in
                          JSONExport.PersonInfo(participant: id, state: state)
                      })
        }
    }

    struct TableInfo: Encodable {
        var number: Int
        var name: String
        var department: String?
        var members: [JSONExport.PersonInfo]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(number, forKey: .number)
            try container.encode(name, forKey: .name)
            try container.encode(department, forKey: .department)
            try container.encode(members, forKey: .members)
        }

        enum Keys: String, CodingKey { case number, name, department, members }
    }
}
