import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization
import Testing

/// Passes everything to the simulator, but once armed, loses the answer to the next createFeed after
/// Amazon created the feed (the client sees a time-out, as when a connection drops).
final class LosingTransport: HTTPTransport {
    let simulator: AmazonSimulator
    let armed = Mutex(false)
    init(simulator: AmazonSimulator) { self.simulator = simulator }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer = try await simulator.send(request)
        if request.method == "POST", request.path.hasSuffix("/feeds/2021-06-30/feeds"), armed.withLock({ let was = $0; $0 = false; return was }) {
            throw TransportError.timedOut
        }
        return answer
    }
}

@Suite("Feeds whose fate is unknown are adopted, never guessed")
struct FeedRecoveryTests {
    @Test("a lost createFeed answer after a FATAL feed adopts our own feed, not the FATAL one: acknowledged exactly once")
    func lostAnswerAfterFatalFeed() async throws {
        // R6, R29
        var losing: LosingTransport?
        let h = try SyncHarness(transport: { simulator in
            let transport = LosingTransport(simulator: simulator)
            losing = transport
            return transport
        })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        try h.simulator.setFaults(FaultProfile(fatalFeed: 1))
        #expect(await h.sync.runOnce().error == nil)  // imported; the acknowledgement's feed will end FATAL
        try h.simulator.setFaults(.none)
        losing?.armed.withLock { $0 = true }
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
