import Foundation
import Testing
import MerchantCore

@Suite("SyncWindow: where an incremental sync starts")
struct SyncWindowTests {
    let connectedAt = Fixture.connectedAt

    @Test func firstSyncLooksThirtyDaysBeforeTheConnection() {
        // R3, R1: older orders are shown, though never imported (R2).
        let start = SyncWindow.queryStart(watermark: nil, connectedAt: connectedAt)
        #expect(connectedAt.timeIntervalSince(start) == 30 * 86_400)
    }

    @Test func laterSyncsStartAtTheWatermarkLessTheOverlap() {
        // R3: Amazon reports some updates late, so each sync looks five minutes back again.
        let watermark = connectedAt.addingTimeInterval(10 * 86_400)
        let start = SyncWindow.queryStart(watermark: watermark, connectedAt: connectedAt)
        #expect(watermark.timeIntervalSince(start) == 300)
        #expect(SyncWindow.overlap == 300)
    }

    @Test func theWatermarkMovesForward() {
        // R3
        let earlier = connectedAt
        let later = connectedAt.addingTimeInterval(60)
        #expect(SyncWindow.advance(earlier, to: later) == later)
        #expect(SyncWindow.advance(nil, to: later) == later)
    }

    @Test func theWatermarkNeverMovesBackwards() {
        // R3: a page with old times cannot rewind the sync.
        let watermark = connectedAt.addingTimeInterval(3_600)
        #expect(SyncWindow.advance(watermark, to: connectedAt) == watermark)
        #expect(SyncWindow.advance(watermark, to: nil) == watermark)
        #expect(SyncWindow.advance(watermark, to: watermark) == watermark)
        #expect(SyncWindow.advance(nil, to: nil) == nil)
    }

    @Test func advancingOverPagesInAnyOrderEndsAtTheLatestTime() {
        // R3
        let times = [40, 10, 90, 20, nil, 60].map { $0.map { connectedAt.addingTimeInterval(TimeInterval($0)) } }
        let final = times.reduce(Date?.none) { SyncWindow.advance($0, to: $1) }
        #expect(final == connectedAt.addingTimeInterval(90))
    }
}
