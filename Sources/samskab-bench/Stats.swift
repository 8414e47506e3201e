#if canImport(Glibc)
import Glibc
#endif
import SamskabFiles

/// Latency samples in seconds.
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))
        return sorted[rank]
    }

    var median: Double { percentile(50) }
    var fastest: Double { values.min() ?? 0 }
    var p99: Double { percentile(99) }
}

enum Stopwatch {
    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }
}

func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms >= 100 ? String(Int(ms.rounded())) : String(format: "%.2f", ms)
}

/// A line on standard error (written straight to the descriptor).
func printError(_ text: String) {
    FileBytes.write(Array(text.utf8), to: STDERR_FILENO)
}

/// A benchmark that could not measure what it set out to (a wrong count, a missing frame).
struct BenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
