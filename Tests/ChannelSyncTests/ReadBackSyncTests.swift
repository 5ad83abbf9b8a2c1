import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// Once Amazon accepts a shipment (a confirmation, a label it sold), the order is read back with `getOrder` in the same
/// push, so the stored Amazon status follows in seconds, not at the next `searchOrders` (once in three minutes); a
/// read-back that is throttled or would wait changes nothing and holds nothing up.
@Suite("Reading an order back once Amazon accepted its shipment")
struct ReadBackSyncTests {
    static let ups = "1Z5R89390357567127"

    func paidOrder(_ h: SyncHarness) async throws -> String {
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        try await h.syncUntilSettled()
        return id
    }

    func ship(_ h: SyncHarness, _ id: String) throws {
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: Self.ups), actor: "test", at: h.clock.now)
    }

    @Test("a confirmation Amazon accepted is read back in the same push: SHIPPED in the store without a searchOrders call")
    func confirmationReadBack() async throws {
        // R13, R29
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        try ship(h, id)
        #expect(try h.store.orderDetail(id).amazonStatusShown == .confirming)
        let searches = h.client.statistics.requests[.searchOrders]
        let reads = h.client.statistics.requests[.getOrder] ?? 0

        let delivered = await h.sync.deliverOutbox()
        #expect(delivered.shipments == 1)
        #expect(h.client.statistics.requests[.searchOrders] == searches)
        #expect(h.client.statistics.requests[.getOrder] == reads + 1)
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.status == .shipped)
        #expect(detail.amazonStatusShown == .amazon(.shipped))
        #expect(detail.shipments.first?.atAmazon == .confirmed)
        #expect(try h.allOrders().first { $0.amazonOrderId == id }?.amazonStatusShown == .amazon(.shipped))
    }

    @Test("a label Amazon sold is read back at once: SHIPPED in the store without a searchOrders call")
    func labelReadBack() async throws {
        // R29: Buy Shipping confirmed the shipment; the store hears it from Amazon's own report.
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let kept = try await LabelRates(store: h.store, client: h.client, clock: h.clock).fetch(
            orderId: id, parcel: ParcelPackage(grams: 350, lengthMm: 200, widthMm: 150, heightMm: 100),
            shipFrom: PostalAddress(name: "Lager Nord", lines: ["Hafenstraße 3"], city: "Hamburg", postalCode: "20457", region: nil, countryCode: "DE"))
        try h.store.queueLabel(orderId: id, rateId: try #require(ShippingOffer.marks(kept.offers).cheapest), format: "PDF", actor: "test", at: h.clock.now)
        let searches = h.client.statistics.requests[.searchOrders]

        try await h.sync.deliverLabels()
        #expect(h.client.statistics.requests[.searchOrders] == searches)
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.status == .shipped)
        #expect(detail.amazonStatusShown == .amazon(.shipped))
        #expect(detail.shipments.count == 1)
    }

    @Test("a throttled read-back changes nothing: the order shows as confirmed by Amazon, and the next sync reads it")
    func throttledReadBack() async throws {
        // R29: nothing lost, nothing doubled; the confirmation stays done.
        let h = try SyncHarness(transport: { ThrottlingGetOrder(inner: $0) })
        let id = try await paidOrder(h)
        try ship(h, id)
        let reads = h.client.statistics.requests[.getOrder] ?? 0

        let delivered = await h.sync.deliverOutbox()
        #expect(delivered.shipments == 1 && delivered.notes.problems.isEmpty)
        #expect(h.client.statistics.requests[.getOrder] == reads + 1)  // asked once, not again
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.status == .unshipped)
        #expect(detail.amazonStatusShown == .accepted)
        #expect(detail.shipments.first?.atAmazon == .accepted)
        #expect(try h.allOrders().first { $0.amazonOrderId == id }?.amazonStatusShown == .accepted)
        #expect(try h.store.outbox(includeDone: true).filter { $0.kind == .shipment }.map(\.state) == [.done])

        try await h.syncUntilSettled()
        #expect(try h.store.orderDetail(id).amazonStatusShown == .amazon(.shipped))
    }

    @Test("a read-back never waits for the rate limit: with getOrder's bucket empty, the push ends without sleeping")
    func emptyBucketDoesNotWait() async throws {
        var limits = RateLimitPolicy.documented
        limits.limits[.getOrder] = RateLimit(rate: 0.001, burst: 1)
        let h = try SyncHarness(rateLimits: limits)
        let id = try await paidOrder(h)
        _ = try await h.client.getOrder(orderId: id)  // the bucket's one token
        try ship(h, id)
        let slept = h.client.statistics.totalSlept
        let reads = h.client.statistics.requests[.getOrder] ?? 0

        let delivered = await h.sync.deliverOutbox()
        #expect(delivered.shipments == 1)
        #expect(h.client.statistics.totalSlept == slept)
        #expect(h.client.statistics.requests[.getOrder] == reads)  // not sent at all
        #expect(try h.store.orderDetail(id).amazonStatusShown == .accepted)
    }
}

/// The simulator, except that every `getOrder` is answered 429 (Amazon's bucket empty).
private struct ThrottlingGetOrder: HTTPTransport {
    let inner: any HTTPTransport

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.method == "GET", request.path.hasPrefix("/orders/2026-01-01/orders/") {
            return HTTPResponse(status: 429, body: Data(#"{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}"#.utf8))
        }
        return try await inner.send(request)
    }
}
