import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

/// One part of a sync failing or waiting stops none of the others (orders, outbox, stock, FBA stock, refunds made on
/// Amazon), and what the merchant did reaches Amazon while orders wait for their rate (R3, R29).
@Suite("Sync parts on their own")
struct SyncPartsTests {
    static let ups = "1Z5R89390357567127"

    /// Syncs three times, a few minutes apart, whatever fails: the order is paid, imported and acknowledged.
    @discardableResult
    func settle(_ h: SyncHarness, _ sync: ChannelSync? = nil) async -> SyncOutcome {
        var last = SyncOutcome()
        for _ in 0..<3 {
            h.clock.advance(seconds: 180)
            last = await (sync ?? h.sync).runOnce()
        }
        return last
    }

    func ship(_ h: SyncHarness, _ id: String) throws {
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: Self.ups,
                                         shipDate: h.clock.now.addingTimeInterval(-60)), actor: "test", at: h.clock.now)
    }

    @Test("Amazon refusing FBA Inventory leaves orders synced and the shipment delivered; the summary names FBA stock",
          arguments: [("/fba/inventory/", SyncPart.fbaStock), ("/finances/", SyncPart.refundsOnAmazon)])
    func refusedPart(path: String, part: String) async throws {
        // R3, R29
        let h = try SyncHarness(transport: { RefusingTransport($0, pathContains: path) })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        let first = await settle(h)
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        #expect(first.problems.map(\.part) == [part])
        #expect(first.headline == "\(part): Amazon refused access: check the connection's credentials")
        try ship(h, id)
        let second = await settle(h)
        #expect(try h.simulator.orderView(orderId: id).status == "SHIPPED")
        #expect(second.problems.map(\.part) == [part])
        #expect(try h.store.syncState().lastError == second.headline)
    }

    @Test("a failing shipment call stops neither the order reading nor the other messages")
    func failingShipments() async throws {
        // R29: each kind of message goes out on its own. R1: the orders are still read.
        let h = try SyncHarness(transport: { RefusingTransport($0, pathContains: "/shipmentConfirmation", status: 500) })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        await settle(h)
        try ship(h, id)
        let next = try h.simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 1)
        let outcome = await settle(h)
        #expect(outcome.problems.map(\.part) == [SyncPart.shipments])
        #expect(outcome.headline == "sending shipments: Amazon is not answering properly; the next sync tries again")
        #expect(try h.store.orderDetail(next).local?.status == .processing)
        #expect(try h.simulator.orderView(orderId: id).status != "SHIPPED")
    }

    @Test("a shipment made while searchOrders waits for its rate reaches Amazon before that wait ends")
    func shipmentDoesNotWaitForOrders() async throws {
        // R29: what the merchant does reaches Amazon within seconds, not behind a three-minute rate limit.
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        await settle(h)
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        try await spendOrdersBurst(h)
        // A clock that stands still while the client sleeps: the orders wait lasts until the test moves time.
        let clock = StandingClock(h.clock)
        let client = SellingPartnerClient(transport: h.simulator, clock: clock, backoff: BackoffPolicy(seed: 1))
        let sync = ChannelSync(store: h.store, client: client, clock: clock)
        let running = Task { await sync.runOnce() }
        try await eventually { sync.waiting.first?.operation == "searchOrders" }
        let wait = try #require(sync.waiting.first)
        #expect(wait.text.hasPrefix("Amazon allows the next orders request in 2:5"))
        #expect(wait.text.hasSuffix("(searchOrders: 1 per 3 min)"))
        #expect(sync.activity.hasPrefix("waiting: Amazon allows the next orders request"))
        try ship(h, id)
        try await eventually { try h.simulator.orderView(orderId: id).status == "SHIPPED" }
        // Still waiting for the orders: the shipment did not go out behind them.
        #expect(sync.waiting.first?.operation == "searchOrders")
        h.clock.advance(seconds: 200)
        let outcome = await running.value
        #expect(outcome.problems.isEmpty)
        #expect(outcome.shipmentsConfirmed == 1)
        #expect(sync.waiting.isEmpty)
    }

    @Test("a shipment stored while the sync's first push is out (after it read the shipments) still goes before the orders wait ends")
    func shipmentDuringFirstPush() async throws {
        // R29: the sync notices a change made while its first push runs, not only those made after it.
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        await settle(h)
        try await spendOrdersBurst(h)
        // A stock change for the first push to carry after its shipments; the merchant ships while it is out.
        _ = try h.store.updateProduct(sku: "TEE-GRUEN-500", ProductChange(stockOnHand: 9), actor: "test", at: h.clock.now)
        let shipping = ActingTransport(h.simulator, when: { $0.method == "PATCH" && $0.path.contains("/listings/") }) { try? self.ship(h, id) }
        let clock = StandingClock(h.clock)
        let client = SellingPartnerClient(transport: shipping, clock: clock, backoff: BackoffPolicy(seed: 1))
        let sync = ChannelSync(store: h.store, client: client, clock: clock)
        let running = Task { await sync.runOnce() }
        try await eventually { shipping.acted && sync.waiting.first?.operation == "searchOrders" }
        try await eventually { try h.simulator.orderView(orderId: id).status == "SHIPPED" }
        #expect(sync.waiting.first?.operation == "searchOrders", "the shipment went out while the orders still waited")
        h.clock.advance(seconds: 200)
        let outcome = await running.value
        #expect(outcome.shipmentsConfirmed == 1)
    }

    @Test("--no-wait: the orders request that would wait minutes is skipped and said so; the rest runs, nothing failed")
    func noWaitSkips() async throws {
        // R3: the rate limit is honoured by not sending, never by sending anyway.
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        await settle(h)
        try await spendOrdersBurst(h)
        try ship(h, id)
        let client = SellingPartnerClient(transport: h.simulator, clock: h.clock, rateLimits: RateLimitPolicy.documented.withoutLongWaits,
                                          backoff: BackoffPolicy(seed: 1))
        let outcome = await ChannelSync(store: h.store, client: client, clock: h.clock).runOnce()
        #expect(outcome.problems.isEmpty)
        let skipped = try #require(outcome.skipped.first)
        #expect(outcome.skipped.count == 1)
        #expect(skipped.hasPrefix("reading orders: Amazon allows the next orders request in 2:5"))
        #expect(skipped.hasSuffix("(searchOrders: 1 per 3 min)"))
        #expect(outcome.summary.hasSuffix("1 skipped"))
        #expect(try h.simulator.orderView(orderId: id).status == "SHIPPED")
    }

    @Test("waits in a merchant's words: the request, minutes and seconds, Amazon's rate")
    func waitWords() {
        let wait = RateLimitWait(operation: .searchOrders, until: Date(timeIntervalSince1970: 178), limit: RateLimit(rate: 0.0056, burst: 20))
        #expect(AmazonWait(wait, now: Date(timeIntervalSince1970: 0)).text == "Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)")
        #expect(AmazonWait(wait, now: Date(timeIntervalSince1970: 175.2)).countdown == "0:03")
        let feed = RateLimitWait(operation: .createFeed, until: Date(timeIntervalSince1970: 61), limit: RateLimit(rate: 0.0083, burst: 15))
        #expect(AmazonWait(feed, now: Date(timeIntervalSince1970: 0)).text == "Amazon allows the next feed request in 1:01 (createFeed: 1 per 2 min)")
        let stock = RateLimitWait(operation: .getInventorySummaries, until: Date(timeIntervalSince1970: 3), limit: RateLimit(rate: 2, burst: 2))
        #expect(AmazonWait(stock, now: Date(timeIntervalSince1970: 0)).text == "Amazon allows the next FBA stock request in 0:03 (getInventorySummaries: 2 per second)")
    }

    /// Throttling on, and the simulated account's searchOrders burst used up by someone else.
    func spendOrdersBurst(_ h: SyncHarness) async throws {
        try h.simulator.setThrottling(enabled: true)
        let query = [("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9")]
        for _ in 0..<25 { _ = try await h.simulator.send(HTTPRequest(method: "GET", path: "/orders/2026-01-01/orders", query: query)) }
    }

    /// Waits (in real time, up to 90 s: generous, since a full run on two cores can stall a task for long) until
    /// `condition` holds. Not a timing assertion: the simulated clock stands still meanwhile.
    func eventually(_ condition: () throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(90)
        while try !condition() {
            guard Date() < deadline else { Issue.record("the condition did not come true within 90 s"); return }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
    }
}

/// The harness's time, but sleeping does not move it: a client that waits for its rate limit waits until the test
/// moves the clock on.
final class StandingClock: ClockSource {
    let inner: ManualClock
    init(_ inner: ManualClock) { self.inner = inner }
    var now: Date { inner.now }
    func sleep(seconds: Double) async throws { try await Task.sleep(nanoseconds: 5_000_000) }
}

/// Passes requests to Amazon, but answers those whose path holds `pathContains` with a refusal of its own (403:
/// the account may not use that API) or a server error, without sending them on.
final class RefusingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let pathContains: String
    let status: Int

    init(_ inner: any HTTPTransport, pathContains: String, status: Int = 403) {
        self.inner = inner
        self.pathContains = pathContains
        self.status = status
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.path.contains(pathContains) else { return try await inner.send(request) }
        let body = #"{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied."}]}"#
        return HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
    }
}

/// Passes every request to Amazon; before the first that `when` matches goes out, does `act` once (the merchant
/// doing something at that very moment).
final class ActingTransport: HTTPTransport, @unchecked Sendable {
    let inner: any HTTPTransport
    let when: @Sendable (HTTPRequest) -> Bool
    let act: () -> Void
    private let done = Mutex(false)

    init(_ inner: any HTTPTransport, when: @escaping @Sendable (HTTPRequest) -> Bool, act: @escaping () -> Void) {
        self.inner = inner
        self.when = when
        self.act = act
    }

    var acted: Bool { done.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if when(request), done.withLock({ was in defer { was = true }; return !was }) { act() }
        return try await inner.send(request)
    }
}
