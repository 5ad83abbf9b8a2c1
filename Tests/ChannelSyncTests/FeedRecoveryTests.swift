import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

@Suite("Feeds whose fate is unknown are adopted, never guessed")
struct FeedRecoveryTests {
    @Test("a lost createFeed answer after a FATAL feed adopts our own feed, not the FATAL one: acknowledged exactly once")
    func lostAnswerAfterFatalFeed() async throws {
        // R6, R29
        // Armed later: until then it loses nothing. The client sees a time-out, as when a connection drops.
        var losing: LosingTransport?
        let h = try SyncHarness(transport: { simulator in
            let transport = LosingTransport(simulator, times: 0, error: .timedOut, matches: LosingTransport.createFeed)
            losing = transport
            return transport
        })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        try h.simulator.setFaults(FaultProfile(fatalFeed: 1))
        #expect(await h.sync.runOnce().error == nil)  // imported; the acknowledgement's feed will end FATAL
        try h.simulator.setFaults(.none)
        losing?.remaining.withLock { $0 = 1 }
        // Amazon has processed the feed (FATAL): the message is queued again and resent; that answer is lost.
        // Synced every ten seconds, so the new feed is created soon after the FATAL one.
        var lost = SyncOutcome()
        for _ in 0..<30 where lost.error == nil {
            h.clock.advance(seconds: 10)
            lost = await h.sync.runOnce()
        }
        #expect(lost.error?.contains("unknown whether Amazon received createFeed") == true)
        for _ in 0..<4 {
            h.clock.advance(seconds: 180)
            #expect(await h.sync.runOnce().error == nil)
        }
        #expect(try h.simulator.orderView(orderId: id).acknowledgementStatuses == ["Success"])
        #expect(try h.store.openOutbox().isEmpty)
    }
}
