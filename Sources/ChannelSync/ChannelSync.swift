import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// What one sync did, as the command line and the status line say it.
public struct SyncOutcome: Sendable, Equatable {
    public var orders = IngestReport()
    public var pages = 0
    public var pushed = 0
    public var refused = 0
    public var throttled = 0
    /// Refunds Amazon reported that the console did not make (R23).
    public var refundedOnAmazon = 0
    /// Shipments Amazon confirmed in this sync (part of `pushed`).
    public var shipmentsConfirmed = 0
    /// The parts that failed, each in one line and in full.
    public var problems: [SyncProblem] = []

    /// Everything known of what failed, or nil when nothing did.
    public var error: String? { problems.isEmpty ? nil : problems.map(\.detail).joined(separator: "; ") }

    /// What failed in one line (the status line, the store's record), or nil when nothing did.
    public var headline: String? { problems.isEmpty ? nil : problems.map(\.headline).joined(separator: "; ") }

    public init() {}

    /// One line: "12 new, 3 updated, 9 imported, 2 blocked, 1 reserved, 14 pushed".
    public var summary: String {
        var parts = [
            "\(orders.new) new", "\(orders.updated) updated", "\(orders.imported) imported",
            "\(orders.blocked) blocked", "\(orders.reserved) reserved", "\(pushed) pushed",
        ]
        if orders.released > 0 { parts.append("\(orders.released) released") }
        if orders.cancelled > 0 { parts.append("\(orders.cancelled) cancelled") }
        if refused > 0 { parts.append("\(refused) refused by Amazon") }
        if refundedOnAmazon > 0 { parts.append("\(refundedOnAmazon) refunded on Amazon") }
        if throttled > 0 { parts.append("\(throttled) throttled") }
        return parts.joined(separator: ", ")
    }

    /// What a merchant wants to hear of a sync: "3 new orders, 2 shipments confirmed", or "nothing new".
    public var news: String {
        var parts: [String] = []
        func add(_ n: Int, _ one: String, _ many: String) { if n > 0 { parts.append("\(n) \(n == 1 ? one : many)") } }
        add(orders.new, "new order", "new orders")
        add(orders.updated, "order updated", "orders updated")
        add(orders.blocked, "order blocked", "orders blocked")
        add(orders.cancelled, "order cancelled by Amazon", "orders cancelled by Amazon")
        add(shipmentsConfirmed, "shipment confirmed", "shipments confirmed")
        add(pushed - shipmentsConfirmed, "other update sent to Amazon", "other updates sent to Amazon")
        add(refused, "refused by Amazon (see Outbox)", "refused by Amazon (see Outbox)")
        add(refundedOnAmazon, "refund made on Amazon", "refunds made on Amazon")
        return parts.isEmpty ? "nothing new" : parts.joined(separator: ", ")
    }
}

/// Keeps the store and Amazon in step: pulls orders, re-decides waiting ones, delivers the outbox.
public final class ChannelSync: Sendable {
    public let store: MerchantStore
    public let client: SellingPartnerClient
    let clock: any ClockSource

    public init(store: MerchantStore, client: SellingPartnerClient, clock: any ClockSource) {
        self.store = store
        self.client = client
        self.clock = clock
    }

    /// One full sync. Errors are recorded (the status line shows them) and returned in the outcome.
    public func runOnce() async -> SyncOutcome {
        var outcome = SyncOutcome()
        let throttledBefore = client.statistics.throttled
        do {
            try await PullSync(store: store, client: client, clock: clock).run(report: &outcome.orders, pages: &outcome.pages)
            outcome.orders.add(try store.reconsiderWaitingOrders(at: clock.now))
            outcome.refundedOnAmazon = try await RefundPull(store: store, client: client, clock: clock).run().onAmazon
            _ = try await FBAStockPull(store: store, client: client, clock: clock).run()
        } catch {
            outcome.problems.append(SyncProblem(part: "reading from Amazon", error: error))
        }
        // The outbox goes out even when reading from Amazon failed: the merchant's shipments and cancels must not
        // wait for a broken order feed (each delivery is safe on its own: idempotency keys, feed recovery).
        do {
            let delivered = try await push()
            outcome.pushed = delivered.done
            outcome.refused = delivered.failed
            outcome.shipmentsConfirmed = delivered.shipments
        } catch {
            outcome.problems.append(SyncProblem(part: "sending to Amazon", error: error))
        }
        outcome.throttled = client.statistics.throttled - throttledBefore
        try? store.recordSync(at: clock.now, success: outcome.problems.isEmpty, report: outcome.summary, error: outcome.headline)
        return outcome
    }

    /// Delivers what the outbox holds; each kind at its own pace.
    public func push() async throws -> (done: Int, failed: Int, shipments: Int) {
        try store.queueUntoldListings(at: clock.now)
        let shipments = try await ShipmentDelivery(store: store, client: client, clock: clock).run()
        let inventory = try await InventoryDelivery(store: store, client: client, clock: clock).run()
        let acknowledgements = try await FeedDelivery(store: store, client: client, clock: clock, feed: .acknowledgements).run()
        let refunds = try await FeedDelivery(store: store, client: client, clock: clock, feed: .refunds).run()
        let fulfillments = try await FulfillmentDelivery(store: store, client: client, clock: clock).run()
        let delivered = [shipments, inventory, acknowledgements, refunds, fulfillments]
        return (delivered.reduce(0) { $0 + $1.done }, delivered.reduce(0) { $0 + $1.failed }, shipments.done)
    }
}
