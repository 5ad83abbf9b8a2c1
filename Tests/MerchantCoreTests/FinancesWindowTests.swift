import Foundation
import Testing
import MerchantCore

@Suite("FinancesWindow: the ranges a read of Amazon's posted refunds asks for")
struct FinancesWindowTests {
    let connectedAt = Fixture.connectedAt
    let day: TimeInterval = 86_400

    @Test func aRangeOverOneHundredEightyDaysIsSplit() {
        // Amazon answers a range longer than 180 days with nothing at all.
        let watermark = connectedAt.addingTimeInterval(10 * day)
        let now = watermark.addingTimeInterval(400 * day)
        let ranges = FinancesWindow.ranges(watermark: watermark, connectedAt: connectedAt, now: now)
        #expect(ranges.count == 3)
        #expect(ranges.allSatisfy { $0.before.timeIntervalSince($0.after) <= 180 * day && $0.before > $0.after })
        #expect(ranges.first?.after == watermark.addingTimeInterval(-48 * 3600))
        #expect(ranges.last?.before == now.addingTimeInterval(-120))
        for (earlier, later) in zip(ranges, ranges.dropFirst()) { #expect(earlier.before == later.after) }   // no gap, no overlap
    }

    @Test func exactlyOneHundredEightyDaysIsOneRange() {
        let watermark = connectedAt
        let now = watermark.addingTimeInterval(180 * day - 48 * 3600 + 120)
        let ranges = FinancesWindow.ranges(watermark: watermark, connectedAt: connectedAt, now: now)
        #expect(ranges.count == 1)
        #expect(ranges[0].before.timeIntervalSince(ranges[0].after) == 180 * day)
    }

    @Test func postedBeforeIsNeverLaterThanTwoMinutesBeforeNow() {
        for fraction in [0.0, 0.25, 0.5, 0.999] {
            let now = connectedAt.addingTimeInterval(3 * day + fraction)
            let ranges = FinancesWindow.ranges(watermark: connectedAt.addingTimeInterval(day + 0.7), connectedAt: connectedAt, now: now)
            #expect(!ranges.isEmpty)
            for range in ranges {
                #expect(range.before <= now.addingTimeInterval(-120))
                #expect(range.before.timeIntervalSince1970 == range.before.timeIntervalSince1970.rounded(.down))
                #expect(range.after.timeIntervalSince1970 == range.after.timeIntervalSince1970.rounded(.down))
            }
            #expect(FinancesWindow.latestBefore(now: now) > now.addingTimeInterval(-121))
        }
    }

    @Test func eachReadLooksFortyEightHoursBack() {
        // Amazon reports some transactions up to 48 hours late, dated when they were posted.
        let watermark = connectedAt.addingTimeInterval(5 * day)
        let ranges = FinancesWindow.ranges(watermark: watermark, connectedAt: connectedAt, now: watermark.addingTimeInterval(600))
        #expect(ranges.map(\.after) == [watermark.addingTimeInterval(-48 * 3600)])
        #expect(FinancesWindow.overlap == 48 * 3600)
    }

    @Test func theFirstReadLooksAsFarBackAsTheFirstOrderSync() {
        // R1: as for orders, thirty days before the connection.
        let ranges = FinancesWindow.ranges(watermark: nil, connectedAt: connectedAt, now: connectedAt.addingTimeInterval(60))
        #expect(ranges.first?.after == SyncWindow.queryStart(watermark: nil, connectedAt: connectedAt))
    }

    @Test func nothingToReadWithinTheSettleTime() {
        let ranges = FinancesWindow.ranges(watermark: nil, connectedAt: connectedAt, now: connectedAt.addingTimeInterval(-SyncWindow.firstLookBack + 100))
        #expect(ranges.isEmpty)
    }
}
