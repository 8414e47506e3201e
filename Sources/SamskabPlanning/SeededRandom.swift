/// A deterministic generator: SplitMix64 (Steele, Lea & Flood 2014). The same seed gives the
/// same sequence on every machine and every Swift version, so a seeded plan can be made again.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniform number in 0..<bound (0 when bound <= 0), by Lemire's multiply-and-reject.
    /// Our own rather than `Int.random(in:using:)`, whose algorithm the standard library may change.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    /// Fisher–Yates with `below`, for the same reason.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        var remaining = elements.count
        while remaining > 1 {
            let pick = below(remaining)
            remaining -= 1
            elements.swapAt(remaining, pick)
        }
    }
}
