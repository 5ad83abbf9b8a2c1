import AmazonSimulator
import ChannelSync
import Foundation
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// A failed sync tells the merchant in one line of plain words; the whole story stays available (R3, R30).
@Suite("Sync problems in a merchant's words")
struct SyncProblemTests {
    @Test("an order Amazon garbled: one line naming the order, the store records that line")
    func garbledAnswer() async throws {
        // R3: the console shows what the last sync did, failures included.
        let h = try SyncHarness(transport: { simulator in
            CorruptPageTransport(PagingTransport(simulator, pageSize: 5), corruptSearchRequest: 1)
        })
        _ = try h.simulator.advance(minutes: 120, seed: 31)
        h.clock.advance(seconds: 180)
        let outcome = await h.sync.runOnce()
        let headline = try #require(outcome.headline)
        #expect(headline.hasPrefix("reading orders: order "))
        #expect(headline.contains("has an unreadable createdTime"))
        #expect(!headline.contains("\n"))
        #expect(try h.store.syncState().lastError == headline)
    }

    @Test("each kind of failure reads as one plain line")
    func plainLines() {
        let cases: [(any Error, String)] = [
            (SPAPIError.malformedResponse(operation: .searchOrders, detail: "The given data was not valid JSON."),
             "Amazon's answer could not be read; the next sync tries again"),
            (SPAPIError.rejected(status: 403, errors: [SPAPIErrorItem(code: "Unauthorized", message: "Access to requested resource is denied.")]),
             "Amazon refused access: check the connection's credentials"),
            (SPAPIError.transportFailed(operation: .searchOrders, detail: "could not connect", attempts: 3),
             "Amazon could not be reached; check the network connection"),
            (DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The given data was not valid JSON.")),
             "Amazon's answer could not be read; the next sync tries again"),
            (StoreError.refused("line one\nline two"), "line one"),
        ]
        for (error, expected) in cases {
            let problem = SyncProblem(part: "reading from Amazon", error: error)
            #expect(problem.headline == "reading from Amazon: " + expected)
            #expect(problem.detail == "\(error)")
        }
    }

    @Test("what a sync brought, in a merchant's words")
    func news() {
        var outcome = SyncOutcome()
        #expect(outcome.news == "nothing new")
        outcome.orders.new = 3
        outcome.pushed = 5
        outcome.shipmentsConfirmed = 2
        #expect(outcome.news == "3 new orders, 2 shipments confirmed, 3 other updates sent to Amazon")
        outcome.orders.new = 1
        outcome.shipmentsConfirmed = 1
        outcome.pushed = 1
        #expect(outcome.news == "1 new order, 1 shipment confirmed")
    }
}
