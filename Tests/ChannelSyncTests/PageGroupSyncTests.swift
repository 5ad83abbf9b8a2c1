import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization
import Testing

/// The sync stores pages in groups, one transaction a group, and reads the next group while it writes one.
@Suite("Pull: pages stored in groups, nothing lost at a failure")
struct PageGroupSyncTests {
    @Test("a page Amazon garbles after the first group: every page before it is kept with its watermark, the next sync brings the rest")
    func aCorruptPageAfterAGroup() async throws {
        // R3: a crash or a refused page loses nothing; the watermark moves only with the orders it covers.
        var corrupting: CorruptPageTransport!
        let h = try SyncHarness(transport: { simulator in
            corrupting = CorruptPageTransport(PagingTransport(simulator, pageSize: 5), corruptSearchRequest: 14)
            return corrupting
        })
        _ = try h.simulator.advance(minutes: 24 * 60, seed: 31)  // a day: many pages of five
        h.clock.advance(seconds: 180)

        let outcome = await h.sync.runOnce()

        let error = try #require(outcome.error)
        #expect(error.contains("createdTime"), "\(error)")
        // Pages 1 to 13 were read whole: a group of ten and three more, all stored and counted.
        #expect(outcome.pages == 13)
        #expect(outcome.orders.received == 65)
        #expect(try h.allOrders().count == 65)
        // The watermark covers exactly what was stored: every order not yet stored changed at or after it.
        let watermark = try #require(try h.store.syncState().watermark)
        let stored = Set(try h.allOrders().map(\.amazonOrderId))
        for id in try h.simulator.orderIds() where !stored.contains(id) {
            let updated = try #require(SPAPIDate.parse(try h.simulator.orderView(orderId: id).lastUpdatedTime))
            #expect(updated >= watermark, "\(id), not stored, changed before the watermark")
        }

        corrupting.stop()
        try await h.syncUntilSettled()
        let differences = try TruthComparison.differences(h)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }
}

/// Answers the n-th search request with its page garbled: the first order's `createdTime` unreadable.
final class CorruptPageTransport: HTTPTransport {
    let inner: any HTTPTransport
    private let state: Mutex<(searches: Int, corruptAt: Int?)>

    init(_ inner: any HTTPTransport, corruptSearchRequest n: Int) {
        self.inner = inner
        state = Mutex((0, n))
    }

    func stop() { state.withLock { $0.corruptAt = nil } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = try await inner.send(request)
        guard request.method == "GET", request.path == "/orders/2026-01-01/orders" else { return response }
        let garble = state.withLock { s in
            s.searches += 1
            return s.searches == s.corruptAt
        }
        if garble, let range = response.body.range(of: Data(#""createdTime":""#.utf8)) {
            response.body.replaceSubrange(range.upperBound..<range.upperBound + 4, with: Data("someday".utf8))
        }
        return response
    }
}
