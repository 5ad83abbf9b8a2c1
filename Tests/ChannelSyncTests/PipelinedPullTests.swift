import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

/// The sync writes each page while it reads and decodes the next one from Amazon.
@Suite("Pull: a page written while the next is read, nothing lost at a failure")
struct PipelinedPullTests {
    @Test("a page Amazon garbles mid-sync: every page before it is kept with its watermark, also the one still being written; the next sync brings the rest")
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
        // Pages 1 to 13 were read whole, all stored and counted: page 13 was being written when page 14 came.
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

    @Test("an order pending on one page and paid on the next is fetched again in full, though the first was still being written")
    func newlyPaidOnTheNextPage() async throws {
        // R12: a page is compared with the store only once the page before it is in.
        var injecting: OrderInjectingTransport!
        let h = try SyncHarness(transport: { simulator in
            injecting = OrderInjectingTransport(PagingTransport(simulator, pageSize: 5))
            return injecting
        })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, pending: true)
        _ = try h.simulator.advance(minutes: 24 * 60, seed: 31)
        h.clock.advance(seconds: 180)
        var order = try await h.client.getOrder(orderId: id)
        let updated = try #require(SPAPIDate.parse(order.lastUpdatedTime))
        order.fulfillment?.fulfillmentStatus = "PENDING"
        order.lastUpdatedTime = SPAPIDate.format(updated.addingTimeInterval(1))
        let pending = order
        order.fulfillment?.fulfillmentStatus = "UNSHIPPED"
        order.lastUpdatedTime = SPAPIDate.format(updated.addingTimeInterval(2))
        // Amazon shows the order only on pages 12 and 13 of the sync: pending, then paid.
        injecting.show(id, [12: pending, 13: order])
        let fetchedBefore = h.client.statistics.requests[.getOrder, default: 0]

        let outcome = await h.sync.runOnce()

        #expect(outcome.error == nil, "\(outcome.error ?? "")")
        #expect(outcome.pages > 13)
        #expect(h.client.statistics.requests[.getOrder, default: 0] - fetchedBefore == 1)
    }
}

/// Shows one order only where a test puts it: taken out of every search page, put into the pages given.
final class OrderInjectingTransport: HTTPTransport {
    let inner: any HTTPTransport
    private let state = Mutex<(searches: Int, orderId: String?, pages: [Int: SellingPartnerAPI.Order])>((0, nil, [:]))

    init(_ inner: any HTTPTransport) { self.inner = inner }

    func show(_ orderId: String, _ pages: [Int: SellingPartnerAPI.Order]) { state.withLock { $0 = ($0.searches, orderId, pages) } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = try await inner.send(request)
        guard request.method == "GET", request.path == "/orders/2026-01-01/orders", response.status == 200 else { return response }
        let (n, orderId, pages) = state.withLock { s in
            s.searches += 1
            return (s.searches, s.orderId, s.pages)
        }
        guard let orderId, var page = try? JSONDecoder().decode(SearchOrdersResponse.self, from: response.body) else { return response }
        page.orders.removeAll { $0.orderId == orderId }
        if let shown = pages[n] { page.orders.append(shown) }
        response.body = try JSONEncoder().encode(page)
        return response
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
