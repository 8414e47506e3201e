import Foundation

/// Wakes the live-update streams when the state they show may have changed: each waits for the
/// next change (or a timeout) after the generation it last looked at, so a change made between
/// its look and its wait is never missed. No task and no timer while nothing waits; a timeout is
/// one dispatched resume.
public final class LiveSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var current: UInt64 = 0
    private var waiting: [UInt64: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter: UInt64 = 0

    public init() {}

    /// The number of changes signalled so far.
    public var generation: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Streams waiting now.
    var waitingCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count
    }

    /// Something changed: every waiting stream looks now.
    public func signal() {
        lock.lock()
        current &+= 1
        let woken = waiting
        waiting.removeAll(keepingCapacity: true)
        lock.unlock()
        for continuation in woken.values { continuation.resume() }
    }

    /// Returns at the first change after `generation` (at once if there was one already), or
    /// after `milliseconds`.
    public func wait(after generation: UInt64, milliseconds: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            guard current == generation else {
                lock.unlock()
                continuation.resume()
                return
            }
            let waiter = nextWaiter
            nextWaiter &+= 1
            waiting[waiter] = continuation
            lock.unlock()
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) { self.timeOut(waiter) }
        }
    }

    private func timeOut(_ waiter: UInt64) {
        lock.lock()
        let continuation = waiting.removeValue(forKey: waiter)
        lock.unlock()
        continuation?.resume()
    }
}
