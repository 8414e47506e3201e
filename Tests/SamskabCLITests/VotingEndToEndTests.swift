import Foundation
import Testing

/// Dot voting on the seed day in real terminals: the opsamling's notes, two kiosks where two
/// people place their dots with the keys, the projector showing no counts until the facilitator
/// closes and reveals the voting from the shell, then the votes on the wall, most first.
@Suite(.serialized, .tags(.slow), .needs(.tmux))
struct VotingEndToEndTests {
    static let alfa = "Alfa: tillid frem for kontrol"
    static let beta = "Beta: borgeren i midten"
    static let gamma = "Gamma: mod til at prøve noget nyt"

    /// "3 stemmer", "1 stemme": a vote count anywhere on the screen.
    static func showsACount(_ screen: String) -> Bool { screen.contains(/[0-9]+ stemme/) }

    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A kiosk where `name` is picked: it opens on the voting list.
    static func kiosk(_ binary: String, _ session: String, folder: URL, search: String, name: String,
                      environment: [String: String]) throws -> Tmux {
        let kiosk = try Tmux(width: 100, height: 30, directory: folder, environment: environment)
        try kiosk.startKiosk(binary, session)
        try kiosk.type(search)
        try kiosk.waitFor("▶ \(name)")
        try kiosk.press("Enter")
        try kiosk.waitFor("Du stemmer som \(name)")
        try kiosk.waitFor("3 af 3 prikker tilbage")
        return kiosk
    }

    /// Waits until the chosen line (▶) is the one with `text`.
    static func choose(_ text: String, at kiosk: Tmux) throws {
        try kiosk.waitUntil("▶ on \(text)") { screen in lines(screen).contains { $0.contains("▶") && $0.contains(text) } }
    }

    @Test func twoKiosksVoteAndTheWallShowsTheOrderOnlyWhenRevealed() throws {
        let (folder, session) = try GroupsCommandTests.startSeedDay()
        let binary = try BinaryRunner.binary.path
        let environment = ["TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"]

        // The opsamling (item 13), three notes on its second sentence starter, the voting open.
        #expect(try BinaryRunner.run(["phase", session, "13"]).status == 0)
        for text in [Self.alfa, Self.beta, Self.gamma] {
            let added = try BinaryRunner.run(["note", "add", session, text, "--question", "2"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let opened = try BinaryRunner.run(["voting", "open", session])
        #expect(opened.status == 0, "\(opened.stderr)")

        let projector = try Tmux(width: 120, height: 35, directory: folder, environment: environment)
        try projector.run("\(binary) run \(session)")
        try projector.waitFor("Opsamling på dagens drøftelser")
        try projector.waitFor(Self.gamma)

        // Åse: one dot on Alfa, two on Beta.
        let ase = try Self.kiosk(binary, session, folder: folder, search: "åse", name: "Åse Østergaard (MKB)",
                                 environment: environment)
        try Self.choose(Self.alfa, at: ase)
        try ase.press("Enter")
        try ase.waitFor("2 af 3 prikker tilbage")
        try ase.press("Down")
        try Self.choose(Self.beta, at: ase)
        try ase.press("Enter")
        try ase.waitFor("1 af 3 prikker tilbage")
        try ase.type("+")
        try ase.waitFor("0 af 3 prikker tilbage")
        try ase.waitUntil("two dots on Beta") { screen in Self.lines(screen).contains { $0.contains("●●") && $0.contains(Self.beta) } }
        // A fourth dot: the engine refuses, the kiosk says why.
        try ase.press("Enter")
        try ase.waitFor("har brugt alle 3 prikker")

        // Lene: one dot on Beta. Her kiosk shows her own dot, never Åse's.
        let lene = try Self.kiosk(binary, session, folder: folder, search: "lene", name: "Lene Søgaard (MSO)",
                                  environment: environment)
        try lene.press("Down")
        try Self.choose(Self.beta, at: lene)
        try lene.press("Enter")
        let voted = try lene.waitFor("2 af 3 prikker tilbage")
        let betaLine = try #require(Self.lines(voted).first { $0.contains(Self.beta) })
        #expect(betaLine.filter { $0 == "●" }.count == 1, "only her own dot: \(betaLine)")
        #expect(!Self.showsACount(voted) && !voted.contains("●●"), "nobody else's dots on her kiosk:\n\(voted)")

        // The wall while the voting is open: who has voted, no counts.
        let open = try projector.waitFor("2 har stemt")
        #expect(!open.contains("stemme") && !open.contains("stemmer"), "no counts before the reveal:\n\(open)")

        // Closed: the kiosks say so; still no counts on the wall.
        #expect(try BinaryRunner.run(["voting", "close", session]).status == 0)
        try ase.waitFor("Afstemningen er lukket")
        try lene.waitFor("Afstemningen er lukket")
        let closed = try projector.waitFor("Afstemningen er lukket")
        #expect(!Self.showsACount(closed), "no counts before the reveal:\n\(closed)")

        // Revealed: the votes on the wall, most first.
        #expect(try BinaryRunner.run(["voting", "reveal", session]).status == 0)
        let wall = try projector.waitFor("3 stemmer")
        let lines = Self.lines(wall)
        let order = [Self.beta, Self.alfa, Self.gamma].map { text in lines.firstIndex { $0.contains(text) } }
        #expect(order.allSatisfy { $0 != nil }, "all three notes on the wall:\n\(wall)")
        let rows = order.compactMap { $0 }
        #expect(rows.count == 3 && rows[0] < rows[1] && rows[1] < rows[2], "Beta (3), Alfa (1), Gamma (0), in that order:\n\(wall)")
        #expect(wall.contains("1 stemme"), "\(wall)")

        // The kiosk may show the result now: most votes first.
        try ase.waitFor("Stemmerne er vist — Tab for at se resultatet")
        try ase.press("Tab")
        let result = try ase.waitFor("Resultat af afstemningen")
        #expect(result.contains("1. " + Self.beta) && result.contains("3 stemmer"), "\(result)")

        try projector.quitProjector()
        for kiosk in [ase, lene] {
            try kiosk.leaveKiosk(pin: "1234")
        }
        let votes = try JournalFile(session + "/journal.jsonl").lines.filter { $0["type"] as? String == "vote.cast" }
        #expect(votes.count == 4, "four dots in the journal: \(votes)")
    }
}
