import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

/// Amazon's search-orders paging repeats under load (R3): a page answered again is read again and changes
/// nothing; a nextToken that keeps coming back is a loop, stopped with a clear error that loses nothing.
@Suite("Pull: a repeated page is harmless, a token loop is stopped", .serialized)
struct RepeatedPageSyncTests {
    @Test("a page Amazon answers twice: the sync completes, every order stored once, nothing changed by the repeat")
    func aPageRepeatedOnce() async throws {
        // R3
        var paging: PagingTransport!
        let h = try SyncHarness(transport: { simulator in
            paging = PagingTransport(simulator, pageSize: 25, repeats: 1)
            return paging
        })
        _ = try h.simulator.advance(minutes: 300, seed: 21)
        let outcome = await h.sync.runOnce()
        #expect(outcome.error == nil, "\(outcome.error ?? "")")
        let repeated = try #require(paging.repeatedPages.first)
        #expect(paging.repeatedPages.count == 1)
        #expect(outcome.pages >= 4)  // several pages, one of them twice
        // Every order arrived as new exactly once; the repeated page's orders came again, unchanged.
        let amazonIds = try h.simulator.orderIds()
        #expect(outcome.orders.new == amazonIds.count)
        #expect(outcome.orders.unchanged == repeated.count)
        let stored = try h.allOrders().map(\.amazonOrderId)
        #expect(stored.count == amazonIds.count && Set(stored) == Set(amazonIds))
        for id in repeated {
            let history = try h.store.orderDetail(id).history.map(\.event)
            #expect(history.filter { $0.hasPrefix("received as") }.count == 1, "\(id): \(history)")
        }
        try await h.syncUntilSettled()
        let differences = try TruthComparison.differences(h)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test("a broken order feed does not hold back the merchant's shipment; the pages stored before it broke are counted")
    func shipmentsGoOutWhenThePullFails() async throws {
        // R29: what the merchant did reaches Amazon though reading from Amazon fails. R3: the page read is kept.
        let h = try SyncHarness(transport: { PagingTransport($0, pageSize: 10) })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        try await h.syncUntilSettled()
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127"),
                         actor: "test", at: h.clock.now)
        _ = try h.simulator.advance(minutes: 300, seed: 24)  // several pages of changes to read
        h.clock.advance(seconds: 180)
        try h.simulator.setFaults(FaultProfile(repeatPage: 1))

        let outcome = await h.sync.runOnce()

        #expect(outcome.error?.contains("kept sending the same page again") == true)
        // The first page and its repeats were stored before the loop was stopped: counted, not reported as nothing.
        #expect(outcome.pages == 5)
        #expect(outcome.orders.received == 50)
        #expect(outcome.pushed >= 1)
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.packages.map(\.trackingNumber) == ["1Z5R89390357567127"])
    }

    @Test("a token that keeps coming back: the sync stops with a clear error, no spin, nothing lost; the next clean sync converges")
    func aTokenLoop() async throws {
        // R3
        let h = try SyncHarness(transport: { PagingTransport($0, pageSize: 10) })
        _ = try h.simulator.advance(minutes: 60, seed: 22)
        try await h.syncUntilSettled()
        _ = try h.simulator.advance(minutes: 300, seed: 23)  // enough changes for several pages
        h.clock.advance(seconds: 180)
        let before = try h.store.syncState()
        let ordersBefore = try h.allOrders()
        // The simulator's "page that repeats" at its worst: every token is answered with the page that carried it.
        try h.simulator.setFaults(FaultProfile(repeatPage: 1))
        let asked = h.client.statistics.requests[.searchOrders, default: 0]

        let outcome = await h.sync.runOnce()

        let error = try #require(outcome.error)
        #expect(error.contains("kept sending the same page again") && error.contains("next sync asks again"), "\(error)")
        // No spin: the first page, then its token five more times (PagingGuard's limit), then stop.
        #expect(h.client.statistics.requests[.searchOrders, default: 0] - asked == 6)
        #expect(try h.simulator.faultCounts()[.repeatedPage] == 5)
        let after = try h.store.syncState()
        #expect(after.lastSuccessAt == before.lastSuccessAt)  // the status line does not call it a success
        #expect(after.lastError?.contains("same page again") == true)
        // R3: nothing the store knew is lost, and the watermark went no further than the one page read:
        // every change not yet read is at or after it, so the next sync (from watermark - overlap) asks for it.
        let stored = Dictionary(uniqueKeysWithValues: try h.allOrders().map { ($0.amazonOrderId, $0) })
        #expect(ordersBefore.allSatisfy { stored[$0.amazonOrderId] != nil })
        let watermark = try #require(after.watermark)
        #expect(watermark >= (before.watermark ?? .distantPast))
        var unread = 0
        for id in try h.simulator.orderIds() {
            let amazon = try h.simulator.orderView(orderId: id)
            let updated = try #require(SPAPIDate.parse(amazon.lastUpdatedTime))
            let known = stored[id] == nil ? nil : try h.store.orderDetail(id).order.lastUpdateDate
            guard known.map({ $0 < updated }) ?? true else { continue }
            unread += 1
            #expect(updated >= watermark, "\(id) updated \(amazon.lastUpdatedTime) is behind the watermark \(watermark)")
        }
        #expect(unread > 0)  // the loop did stop the run before its end

        try h.simulator.setFaults(.none)
        try await h.syncUntilSettled()
        let differences = try TruthComparison.differences(h)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }
}

/// Passes requests to the simulator with small search pages (in place of the client's 100), so that a few
/// hours of orders span several pages; the first `repeats` requests that follow a token are answered with the page that carried it
/// (Amazon repeating a page under load, token and all), as the simulator's `repeatPage` fault does.
final class PagingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let pageSize: Int
    private let state: Mutex<(repeatsLeft: Int, servedByToken: [String: HTTPResponse], repeated: [[String]])>

    init(_ inner: any HTTPTransport, pageSize: Int, repeats: Int = 0) {
        self.inner = inner
        self.pageSize = pageSize
        state = Mutex((repeats, [:], []))
    }

    /// The order ids of each page answered again.
    var repeatedPages: [[String]] { state.withLock { $0.repeated } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == "GET", request.path == "/orders/2026-01-01/orders" else { return try await inner.send(request) }
        var small = request
        small.query.removeAll { $0.0 == "maxResultsPerPage" }
        small.query.append(("maxResultsPerPage", String(pageSize)))
        if let token = request.queryValue("paginationToken") {
            let again = state.withLock { s -> HTTPResponse? in
                guard s.repeatsLeft > 0, let page = s.servedByToken[token] else { return nil }
                s.repeatsLeft -= 1
                let ids = (try? JSONDecoder().decode(SearchOrdersResponse.self, from: page.body))?.orders.map(\.orderId) ?? []
                s.repeated.append(ids)
                return page
            }
            if let again { return again }
        }
        let response = try await inner.send(small)
        if response.status == 200, let next = (try? JSONDecoder().decode(SearchOrdersResponse.self, from: response.body))?.pagination?.nextToken {
            state.withLock { $0.servedByToken[next] = response }
        }
        return response
    }
}
