import Foundation
import SamskabFiles
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabWeb

/// The live updates are told of a change at once: one this server wrote, or another writer's
/// line noticed by the journal watch; a change between a stream's look and its wait is not missed.
@Suite struct LiveSignalTests {
    /// Monotonic seconds.
    static func now() -> Double { Devices.now() }

    @Test func aWaitAfterAnOlderGenerationReturnsAtOnceAndASignalWakesAWaiter() async {
        let signal = LiveSignal()
        let seen = signal.generation
        signal.signal()
        let start = Self.now()
        await signal.wait(after: seen, milliseconds: 10_000)
        #expect(Self.now() - start < 5, "a change already made is not waited for")
        #expect(signal.generation == seen + 1)

        let current = signal.generation
        let waiter = Task { await signal.wait(after: current, milliseconds: 10_000) }
        // Once it waits, one signal wakes it (long before its timeout).
        while signal.waitingCount == 0 { await Task.yield() }
        let signalled = Self.now()
        signal.signal()
        await waiter.value
        #expect(Self.now() - signalled < 5)
        #expect(signal.waitingCount == 0)
    }

    @Test func aWaitEndsAfterItsTimeoutWithoutASignal() async {
        let signal = LiveSignal()
        let start = Self.now()
        await signal.wait(after: signal.generation, milliseconds: 30)
        #expect(Self.now() - start >= 0.025)
        #expect(signal.generation == 0)
    }

    @Test func aNoteThisServerSavesIsSeenAndSignalledBeforeItsAnswer() async throws {
        let fixture = try WebFixture()
        let before = fixture.store.changes.generation
        let sequence = fixture.store.sequence
        let answer = await fixture.store.submit(.addNote(NoteRequest(text: "Straks")), by: .participant(id: nil), danish: true)
        guard case .saved(let record) = answer else { Issue.record("not saved: \(answer)"); return }
        // No refresh asked for: the store already shows it, and the streams were woken.
        #expect(fixture.store.sequence == record.sequence)
        #expect(record.sequence > sequence)
        #expect(fixture.store.changes.generation > before)
    }

    @Test func anotherWritersLineWakesTheStreamsThroughTheJournalWatch() async throws {
        let fixture = try WebFixture()
        let store = fixture.store
        let watch = JournalWatch(folder: store.path) { _ = store.current() }
        watch.start()
        defer { watch.stop() }
        let generation = store.changes.generation
        // Another process's writer (the CLI, a kiosk): its own folder, its own descriptor.
        let record = try SessionFolder(opening: fixture.session).submit(.addNote(NoteRequest(text: "Fra kiosken")),
                                                                          by: .participant(id: nil), writer: "kiosk")
        // The watch refreshes the store, then signals: the signal says the line is in.
        for _ in 0..<20 where store.changes.generation == generation {
            await store.changes.wait(after: generation, milliseconds: 500)
        }
        #expect(store.changes.generation > generation)
        #expect(store.sequence == record.sequence)
    }
}
