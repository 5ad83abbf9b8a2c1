import Foundation

/// The time ranges one read of Amazon's posted refunds asks for (Finances `listTransactions`).
///
///     FinancesWindow.ranges(watermark: lastRead, connectedAt: connected, now: now)
///     // [(after: lastRead − 48 h, before: now − 2 min)], cut into pieces of at most 180 days
///
/// Amazon answers only for what was posted more than two minutes ago, reports some transactions up to
/// 48 hours late (with their original posting date), and answers a range longer than 180 days with
/// nothing at all. So each read starts 48 hours before the last one ended (what it reads twice is
/// recorded once, by transaction id), ends two minutes before now, and long ranges are split.
public enum FinancesWindow {
    /// Amazon answers for transactions posted up to two minutes before the request.
    public static let settleTime: TimeInterval = 120
    /// How far back each read looks again: transactions of the last 48 hours may still be missing.
    public static let overlap: TimeInterval = 48 * 3600
    /// The longest range Amazon answers in one request.
    public static let longest: TimeInterval = 180 * 86_400

    /// The ranges to read, oldest first, each at most `longest` long, together covering from the watermark
    /// less the overlap (or, on the first read, from as far back as the first order sync looks) to two
    /// minutes before `now`. Whole seconds, as Amazon's dates are written. Empty when there is nothing yet.
    public static func ranges(watermark: Date?, connectedAt: Date, now: Date) -> [(after: Date, before: Date)] {
        let start = wholeSeconds(watermark.map { $0.addingTimeInterval(-overlap) } ?? SyncWindow.queryStart(watermark: nil, connectedAt: connectedAt))
        let end = latestBefore(now: now)
        var ranges: [(after: Date, before: Date)] = []
        var after = start
        while after < end {
            let before = min(after.addingTimeInterval(longest), end)
            ranges.append((after, before))
            after = before
        }
        return ranges
    }

    /// The latest `postedBefore` Amazon accepts at `now`: two minutes earlier, rounded down to the second.
    public static func latestBefore(now: Date) -> Date {
        wholeSeconds(now.addingTimeInterval(-settleTime))
    }

    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
