import Foundation
import Testing

/// `samskab groups` and `participant absent|present` on the shipped seed day (40 people, six
/// departments), through the real binary.
@Suite(.serialized)
struct GroupsCommandTests {
    /// Starts the shipped workshop in a scratch folder; returns (folder, session path).
    static func startSeedDay() throws -> (URL, String) {
        let folder = try BinaryRunner.scratchFolder()
        let workshops = BinaryRunner.packageRoot.appendingPathComponent("Workshops")
        for name in ["ledelse-af-samskabelse-2019-08-30.yaml", "deltagere-eksempel.csv"] {
            try FileManager.default.copyItem(at: workshops.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let started = try BinaryRunner.run(["start", "ledelse-af-samskabelse-2019-08-30.yaml"], in: folder)
        #expect(started.status == 0, "\(started.stderr)")
        return (folder, folder.appendingPathComponent(started.stdout.trimmingCharacters(in: .newlines)).path)
    }

    static func tables(_ json: String) throws -> [(name: String, members: [(name: String, department: String?)])] {
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return list.map { table in
            let members = (table["members"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["department"] as? String) }
            return (table["name"] as? String ?? "", members)
        }
    }

    @Test func aPlanIsMadeOnceMixedAndShownAgainUnchanged() throws {
        let (_, session) = try Self.startSeedDay()
        let onATalk = try BinaryRunner.run(["groups", session])
        #expect(onATalk.status == 1)
        #expect(onATalk.stderr.hasSuffix("is not a discussion, so it has no tables; the discussions are items 3, 9, 12 (give --item N)\n"))
        let first = try BinaryRunner.run(["groups", session, "--item", "3", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let tables = try Self.tables(first.stdout)
        #expect(tables.map(\.name) == (1...7).map { "Bord \($0)" }, "40 people at tables of 6")
        #expect(tables.flatMap(\.members).count == 40)
        #expect(Set(tables.map(\.members.count)).isSubset(of: [5, 6]))
        // Every department is spread as evenly as it can be: MBU's 12 are one or two a table.
        for department in ["BA", "MBU", "MKB", "MSB", "MSO", "MTM"] {
            let counts = tables.map { $0.members.filter { $0.department == department }.count }
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "\(department) is spread \(counts)")
        }
        #expect(try BinaryRunner.run(["groups", session, "--item", "3", "--json"]).stdout == first.stdout, "shown again, not redrawn")
        let journal = try JournalFile(session + "/journal.jsonl")
        #expect(journal.lines.compactMap { $0["type"] as? String } == ["tables.planned"])
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        let wall = try BinaryRunner.run(["render", session, "--view", "plan", "--width", "120", "--height", "40"]).stdout
        #expect(wall.contains("BORDPLAN") && wall.contains("Bord 7"), "render draws the plan as the wall shows it:\n\(wall)")
        let text = try BinaryRunner.run(["groups", session, "--item", "3"]).stdout
        #expect(text.hasPrefix("Gruppedrøftelse: Grænsekrydsende samarbejde og ledelse: 40 people at 7 tables\n\nBord 1 ("))
    }

    @Test func theAbsentAreLeftOutAndArrivalsSitDown() throws {
        let (_, session) = try Self.startSeedDay()
        #expect(try BinaryRunner.run(["participant", "absent", session, "Lene Søgaard"]).stdout == "Lene Søgaard is marked absent\n")
        let again = try BinaryRunner.run(["participant", "absent", session, "Lene Søgaard"])
        #expect(again.stderr == "error: Lene Søgaard is already marked absent\n")
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        let plan = try Self.tables(try BinaryRunner.run(["groups", session, "--json"]).stdout)
        #expect(plan.flatMap(\.members).count == 39)
        #expect(!plan.flatMap(\.members).contains { $0.name == "Lene Søgaard" })
        let arrived = try BinaryRunner.run(["participant", "present", session, "Lene Søgaard"])
        let smallest = plan.map(\.members.count).min() ?? 0
        let after = try Self.tables(try BinaryRunner.run(["groups", session, "--json"]).stdout)
        let seat = try #require(after.first { $0.members.contains { $0.name == "Lene Søgaard" } })
        #expect(arrived.stdout == "Lene Søgaard is marked present; sits at \(seat.name) (item 3)\n")
        #expect(seat.members.count - 1 == smallest, "she joins a table that had the fewest")
        #expect(try BinaryRunner.run(["participant", "absent", session, "Nobody Here"]).stderr
                == "error: there is nobody called 'Nobody Here' on the roster\n")
    }

    @Test func movingRenamingAndNotesThatKnowTheirTable() throws {
        let (_, session) = try Self.startSeedDay()
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        let plan = try Self.tables(try BinaryRunner.run(["groups", session, "--json"]).stdout)
        let person = try #require(plan[0].members.first).name
        #expect(try BinaryRunner.run(["groups", "move", session, person, "Bord 2"]).stdout == "\(person) sits at Bord 2\n")
        #expect(try BinaryRunner.run(["groups", "rename", session, "2", "Vinduet"]).stdout == "table 2 is now 'Vinduet'\n")
        let unknown = try BinaryRunner.run(["groups", "move", session, person, "9"])
        #expect(unknown.stderr == "error: item 3 has no table '9'; its tables are: Bord 1, Vinduet, Bord 3, Bord 4, Bord 5, Bord 6, Bord 7\n")
        #expect(try BinaryRunner.run(["note", "add", session, "Tillid", "--author", person]).stdout == "n4\n")
        let export = try BinaryRunner.run(["export", session, "--format", "json", "--output", "-"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let items = try #require(summary["items"] as? [[String: Any]])
        let notes = try #require(items[2]["notes"] as? [[String: Any]])
        #expect(notes.first?["group"] as? String == "Vinduet", "a note without --group takes its author's table")
        #expect(try BinaryRunner.run(["undo", session]).status == 0)
        #expect(try BinaryRunner.run(["undo", session]).status == 0)
        #expect(try Self.tables(try BinaryRunner.run(["groups", session, "--json"]).stdout).map(\.name) == (1...7).map { "Bord \($0)" })
    }
}

/// `samskab export --posters`: a page per table board of the discussion the walk visits.
@Suite(.serialized)
struct PosterCommandTests {
    @Test func postersAreAPagePerTableOfTheVisitedDiscussion() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        let none = try BinaryRunner.run(["export", session, "--posters", "--output", "-"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("samskab groups --item 9"), "no plan yet: says how to make one\n\(none.stderr)")
        #expect(try BinaryRunner.run(["phase", session, "9"]).status == 0)
        #expect(try BinaryRunner.run(["note", "add", session, "Tillid frem for kontrol", "--author", "Åse Østergaard", "--question", "1"]).status == 0)
        let posters = try BinaryRunner.run(["export", session, "--posters", "--output", "-"])
        #expect(posters.status == 0, "\(posters.stderr)")
        let pages = posters.stdout.components(separatedBy: "<section class=\"poster").count - 1
        #expect(pages == 7, "40 people at tables of six: seven boards")
        #expect(posters.stdout.contains("Tillid frem for kontrol"))
        let clash = try BinaryRunner.run(["export", session, "--posters", "--format", "json"])
        #expect(clash.status != 0)
    }
}

/// `samskab voting` and `samskab vote` on the seed day's opsamling: dots within the budget,
/// hidden until revealed, counted in the export.
@Suite(.serialized)
struct VotingCommandTests {
    @Test func dotsAtTheOpsamlingAreCountedOnceRevealed() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        #expect(try BinaryRunner.run(["phase", session, "13"]).status == 0)
        let first = try BinaryRunner.run(["note", "add", session, "Tillid frem for kontrol", "--question", "1"]).stdout
            .trimmingCharacters(in: .newlines)
        #expect(try BinaryRunner.run(["voting", "open", session, "--max-per-note", "2"]).stdout
                == "voting open at item 13: 3 dots each, at most 2 on one note\n", "the opsamling's own 3 dots")
        #expect(try BinaryRunner.run(["vote", "add", session, first, "--voter", "Åse Østergaard"]).stdout == "Åse Østergaard: 2 dots left\n")
        #expect(try BinaryRunner.run(["vote", "add", session, first, "--voter", "Åse Østergaard"]).status == 0)
        let third = try BinaryRunner.run(["vote", "add", session, first, "--voter", "Åse Østergaard"])
        #expect(third.stderr == "error: Åse Østergaard already has 2 dots on note \(first), the most one note may get\n")
        #expect(try BinaryRunner.run(["voting", "close", session]).status == 0)
        let late = try BinaryRunner.run(["vote", "add", session, first, "--voter", "Lene Søgaard"])
        #expect(late.stderr == "error: the voting at item 13 is closed\n")
        #expect(try BinaryRunner.run(["voting", session]).stdout
                == "voting at item 13 on its notes: closed; 3 dots each, at most 2 on one note; 2 placed by 1\nthe counts are hidden until 'samskab voting reveal'\n")
        #expect(try BinaryRunner.run(["voting", "reveal", session]).stdout == "2  \(first)  Tillid frem for kontrol\n")
        #expect(try BinaryRunner.run(["voting", "show", session]).stdout.hasSuffix("2 placed by 1\n2  \(first)  Tillid frem for kontrol\n"))
        let csv = try BinaryRunner.run(["export", session, "--format", "json", "--output", "-"]).stdout
        #expect(csv.contains("\"votes\" : 2"))
    }
}

/// `samskab cluster` on the seed day's opsamling: gathered by name, renamed, merged, made a key
/// point, taken out; bad references refused with what and where; `status` tells the voting.
@Suite(.serialized)
struct ClusterCommandTests {
    @Test func clustersByScriptAndTheirErrors() throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        #expect(try BinaryRunner.run(["phase", session, "13"]).status == 0)
        var ids: [String] = []
        for text in ["Tillid", "Mere tillid", "Tid", "Tid til at lytte"] {
            ids.append(try BinaryRunner.run(["note", "add", session, text, "--question", "2"]).stdout.trimmingCharacters(in: .newlines))
        }
        let made = try BinaryRunner.run(["cluster", "add", session, "Tillid", ids[0], ids[1]])
        #expect(made.status == 0 && made.stdout.hasPrefix("cluster k") && made.stdout.hasSuffix("'Tillid': \(ids[0]), \(ids[1])\n"), "\(made.stdout)")
        #expect(try BinaryRunner.run(["cluster", "add", session, "Tid", ids[2]]).status == 0)
        #expect(try BinaryRunner.run(["cluster", "add", session, "tid", ids[3]]).stdout.hasSuffix("'Tid': \(ids[2]), \(ids[3])\n"),
                "the same name in another case gathers there")
        let taken = try BinaryRunner.run(["cluster", "add", session, "Andet", ids[0]])
        #expect(taken.status == 1 && taken.stderr == "error: note \(ids[0]) is in the cluster 'Tillid'; take it out there first\n")
        let unknown = try BinaryRunner.run(["cluster", "rename", session, "Ingen", "X"])
        #expect(unknown.status == 1 && unknown.stderr == "error: there is no cluster 'Ingen'\n")
        #expect(try BinaryRunner.run(["cluster", "rename", session, ids[2], "Tid til at lytte"]).status == 0)
        #expect(try BinaryRunner.run(["cluster", "merge", session, "Tid til at lytte", "Tillid"]).stdout
                .hasSuffix("'Tillid': \(ids[0]), \(ids[1]), \(ids[2]), \(ids[3])\n"))
        #expect(try BinaryRunner.run(["voting", "open", session]).status == 0)
        #expect(try BinaryRunner.run(["vote", "add", session, ids[3], "--voter", "Åse Østergaard"]).status == 0)
        let status = try BinaryRunner.run(["status", session]).stdout
        #expect(status.contains("voting on the notes: open, hidden; 3 dots each; 1 of 40 have voted"), "\(status)")
        #expect(status.contains("clusters: 1"))
        let json = try BinaryRunner.run(["status", session, "--json"]).stdout
        #expect(json.contains(#""voting":{"dots":3,"on":"notes","open":true,"revealed":false,"voters":1}"#) && json.contains(#""clusters":1"#), "\(json)")
        #expect(try BinaryRunner.run(["cluster", "keypoint", session, "tillid"]).stdout
                == "key point \(ids[0]): Tillid (merged: \(ids[1]), \(ids[2]), \(ids[3]))\n")
        #expect(try BinaryRunner.run(["cluster", "remove", session, ids[3]]).stdout == "note \(ids[3]) taken out\n")
        let list = try BinaryRunner.run(["cluster", session]).stdout
        #expect(list.contains("item 13  Tillid") && list.contains("    \(ids[2])  Tid"), "\(list)")
        #expect(try BinaryRunner.run(["undo", session]).status == 0)
    }
}
