import AmazonSimulator
import Foundation

/// Judges the client's pace from simulated Amazon's own record of the calls it received: each operation's calls are
/// replayed through a token bucket with Amazon's documented rate and burst (SPAPI.md), full at the first call. A call
/// that finds less than one token, or that the simulator refused with 429, went faster than Amazon allows.
struct RateVerdict: CustomStringConvertible {
    var operation: String
    var rate: Double
    var burst: Double
    var calls = 0
    /// Calls simulated Amazon answered with 429 QuotaExceeded.
    var throttled = 0
    /// The fewest tokens left in the documented bucket right after a call (below 0: over the rate).
    var lowestTokens: Double
    /// The most calls in any ten simulated minutes.
    var busiestTenMinutes = 0

    var withinRate: Bool { throttled == 0 && lowestTokens > -1e-9 }

    var description: String {
        let lowest = calls == 0 ? "-" : String(format: "%.2f", lowestTokens)
        return "\(operation): \(calls) calls, \(throttled) refused (429), lowest bucket \(lowest) of \(Int(burst)) at \(rate)/s, busiest 10 min \(busiestTenMinutes) calls"
    }
}

enum RateJudge {
    /// Amazon's documented usage plans (SPAPI.md), written out here rather than read from the client's table,
    /// so that a wrong table in the client cannot also make the judge wrong.
    static let documented: [String: (rate: Double, burst: Double)] = [
        "searchOrders": (0.0056, 20),
        "getOrder": (0.5, 30),
    ]

    static func judge(_ calls: [SimulatedCall], operation: String) -> RateVerdict {
        let (rate, burst) = documented[operation]!
        var verdict = RateVerdict(operation: operation, rate: rate, burst: burst, lowestTokens: burst)
        let mine = calls.filter { $0.operation == operation }.sorted { $0.at < $1.at }
        var tokens = burst
        var last = mine.first?.at ?? 0
        for call in mine {
            tokens = min(burst, tokens + (call.at - last) * rate) - 1
            last = call.at
            verdict.lowestTokens = min(verdict.lowestTokens, tokens)
        }
        verdict.calls = mine.count
        verdict.throttled = mine.filter(\.throttled).count
        var start = 0
        for (end, call) in mine.enumerated() {
            while call.at - mine[start].at >= 600 { start += 1 }
            verdict.busiestTenMinutes = max(verdict.busiestTenMinutes, end - start + 1)
        }
        return verdict
    }

    /// How often each order was fetched with getOrder, the most first.
    static func fetchesPerOrder(_ calls: [SimulatedCall]) -> [String: Int] {
        Dictionary(calls.filter { $0.operation == "getOrder" && !$0.throttled }.compactMap { $0.orderId.map { ($0, 1) } }, uniquingKeysWith: +)
    }
}
