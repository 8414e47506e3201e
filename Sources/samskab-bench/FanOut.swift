#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The phones' live-update streams, read by one thread with poll(2): when each sequence number
/// (`data: N`) arrived on each stream. The streams are handed over once opened and closed at the end.
final class FanOut: @unchecked Sendable {
    struct Arrival {
        var sequence: Int
        var time: Double
    }

    private final class Stream {
        let fd: Int32
        var pending: [UInt8] = []
        var arrivals: [Arrival] = []
        var open = true

        init(fd: Int32) { self.fd = fd }
    }

    private let lock = NSLock()
    private var handedOver: [Int32] = []
    private var target = Int.max, deadline = Double.infinity
    private let finished = DispatchSemaphore(value: 0)
    private var arrivals: [[Arrival]] = []

    /// A stream opened by a phone (its request sent): read from now on.
    func add(_ fd: Int32) {
        lock.lock(); defer { lock.unlock() }
        handedOver.append(fd)
    }

    func start() {
        let thread = Thread { self.readAll() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Reads on until every open stream has seen `sequence` (or `seconds` have passed), closes
    /// them, and gives each stream's arrivals, oldest first.
    func finish(after sequence: Int, seconds: Double) -> [[Arrival]] {
        lock.lock()
        target = sequence
        deadline = Stopwatch.now() + seconds
        lock.unlock()
        finished.wait()
        return arrivals
    }

    private func readAll() {
        var streams: [Stream] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            lock.lock()
            streams += handedOver.map(Stream.init)
            handedOver.removeAll()
            let (target, deadline) = (self.target, self.deadline)
            lock.unlock()
            let open = streams.filter(\.open)
            if Stopwatch.now() >= deadline || (target != .max && open.allSatisfy { ($0.arrivals.last?.sequence ?? 0) >= target }) {
                break
            }
            var watched = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&watched, nfds_t(watched.count), 20)
            guard ready > 0 else { continue }
            let now = Stopwatch.now()
            for (index, entry) in watched.enumerated() where entry.revents != 0 {
                let stream = open[index]
                let count = read(stream.fd, &chunk, chunk.count)
                guard count > 0 else { stream.open = false; continue }
                stream.pending += chunk[0..<count]
                for sequence in Self.events(in: &stream.pending) {
                    stream.arrivals.append(Arrival(sequence: sequence, time: now))
                }
            }
        }
        for stream in streams { close(stream.fd) }
        arrivals = streams.map(\.arrivals)
        finished.signal()
    }

    /// The sequence numbers of the complete `data: N` lines in the bytes read so far (headers and
    /// chunk sizes are other lines); the unfinished last line stays for the next read.
    static func events(in pending: inout [UInt8]) -> [Int] {
        guard let lastNewline = pending.lastIndex(of: 10) else { return [] }
        let lines = pending[...lastNewline].split(separator: 10)
        pending.removeSubrange(...lastNewline)
        return lines.compactMap { line in
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.hasPrefix("data: ") ? Int(text.dropFirst("data: ".count)) : nil
        }
    }

    /// How long after its acknowledged save a note reached each stream that was open before it
    /// was written (its first event older than the note).
    struct Figures {
        var delays = Samples()
        var pairs = 0, withinLimit = 0, never = 0, beforeAcknowledged = 0
        var notes = 0, notesOnNearlyAll = 0

        init(notes: [(sequence: Int, acknowledged: Double)], streams: [[Arrival]], limit: Double, nearlyAll: Double) {
            let watching = streams.filter { !$0.isEmpty }
            for note in notes {
                var reached = 0, open = 0
                for arrivals in watching where arrivals[0].sequence < note.sequence {
                    open += 1
                    pairs += 1
                    guard let arrival = Self.first(in: arrivals, reaching: note.sequence) else { never += 1; continue }
                    let delay = arrival.time - note.acknowledged
                    if delay < 0 { beforeAcknowledged += 1 }
                    delays.add(max(0, delay))
                    if delay <= limit { withinLimit += 1; reached += 1 }
                }
                guard open > 0 else { continue }
                self.notes += 1
                if Double(reached) >= nearlyAll * Double(open) { notesOnNearlyAll += 1 }
            }
        }

        /// The first arrival of this sequence number or a later one (arrivals only grow).
        static func first(in arrivals: [Arrival], reaching sequence: Int) -> Arrival? {
            var low = 0, high = arrivals.count
            while low < high {
                let middle = (low + high) / 2
                if arrivals[middle].sequence < sequence { low = middle + 1 } else { high = middle }
            }
            return low < arrivals.count ? arrivals[low] : nil
        }
    }
}
