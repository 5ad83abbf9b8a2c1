import Foundation
import GRDB
import MerchantCore

/// The simulator's control panel: what a test or `merchant sim ...` does to simulated Amazon directly.
extension AmazonSimulator {
    /// Places an order for `sku` now. Paid at once (UNSHIPPED) unless `pending`, which waits for `pay`.
    /// An AFN order that is paid ships by Amazon some hours later. `handlingDays` fixes the days the merchant
    /// has to ship it after payment (Amazon's ship-by deadline), otherwise drawn as for any buyer.
    public func placeOrder(sku: String, quantity: Int = 1, pending: Bool = false, afn: Bool = false,
                           buyerName: String? = nil, marketplaceId: String? = nil, handlingDays: Int? = nil,
                           serviceLevel: String? = nil) throws -> String {
        guard quantity > 0 else { throw SimulatorError.invalidQuantity(quantity) }
        return try db.write { db in
            let now = try simulatedNow(db)
            try Scheduler.processDue(db, now: now)
            var account = try account(db)
            let marketplaceId = marketplaceId ?? account.marketplaceIds[0]
            guard account.marketplaceIds.contains(marketplaceId), let marketplace = Marketplace.named(marketplaceId) else {
                throw SimulatorError.unknownMarketplace(marketplaceId)
            }
            guard let listing = try ListingTable.find(db, sku: sku) else { throw SimulatorError.unknownSKU(sku) }
            var rng = SplitMix64(seed: account.rngState)
            let generator = OrderGenerator(listings: [listing], marketplaces: [marketplace])
            var order = generator.makeOrder(&rng, at: now, lines: [(listing, quantity)], marketplace: marketplace, afn: afn, buyerName: buyerName)
            if let handlingDays { order.shipWithinDays = max(1, handlingDays) }
            if let serviceLevel { order.serviceLevel = serviceLevel }
            var plan: [PlannedEvent] = []
            if !pending {
                plan.append(PlannedEvent(at: now, kind: .pay))
                if afn { plan.append(PlannedEvent(at: now + Int64(rng.int(120...720)) * 60, kind: .afnShip)) }
            }
            let id = try OrderWriter.insert(db, order, plan: plan, until: now, rng: &rng, generator: generator)
            account.rngState = rng.next()
            try account.save(db)
            return id
        }
    }

    /// Amazon confirms the payment of a pending order: PENDING → UNSHIPPED, buyer, address and prices appear (R12).
    public func pay(orderId: String) throws {
        try transition(orderId) { _, order, now in
            guard order.isPending else { throw SimulatorError.notPending(orderId, status: order.status) }
            OrderLifecycle.pay(&order, at: now)
            if order.afn { return ("paid", "PENDING → UNSHIPPED", [PlannedEvent(at: now + 4 * 3600, kind: .afnShip)]) }
            return ("paid", "PENDING → UNSHIPPED", [])
        }
    }

    /// Amazon's fraud check cancels a pending order (R11); refused for any other status.
    public func fraudCancel(orderId: String) throws {
        try transition(orderId) { _, order, now in
            guard order.isPending else { throw SimulatorError.notPending(orderId, status: order.status) }
            OrderLifecycle.cancel(&order, at: now, reason: "FraudCheckFailed")
            return ("cancelled", "fraud check failed while pending", [])
        }
    }

    /// The buyer asks to cancel an unshipped order (Amazon's "Buyer Requested Cancel"); the merchant decides.
    public func requestCancel(orderId: String) throws {
        try transition(orderId) { _, order, now in
            guard order.status == "UNSHIPPED", !order.anythingShipped, !order.buyerRequestedCancel else {
                throw SimulatorError.notCancellable(orderId, status: order.status)
            }
            OrderLifecycle.requestCancel(&order, at: now)
            return ("cancelRequested", "the buyer asks to cancel", [])
        }
    }

    /// A refund made in Seller Central, not by the console (R23); refused above what is still refundable.
    /// `postedLate`: Finances reports it only now, dated that many seconds earlier (Amazon posts some up to 48 hours late).
    public func refundOnAmazon(orderId: String, amount: String, postedLate: Int64 = 0) throws {
        try transition(orderId) { db, order, now in
            guard let money = try? Money(parsing: amount, currency: order.currency) else {
                throw SimulatorError.invalidAmount("\(amount) \(order.currency)")
            }
            if let refusal = Refunds.refusal(order, amount: money.minorUnits) { throw refusal }
            try RefundLedger.post(db, &order, SimRefund(amount: money.minorUnits, at: now, source: "sellerCentral", reason: "GeneralAdjustment"),
                                  lines: RefundLedger.spread(money.minorUnits, over: order), postedAt: now - max(0, postedLate))
            return ("refunded", "\(money) in Seller Central", [])
        }
    }

    /// The buyer of a shipped order sends its last package back: first asked and on its way, then (`arrived`) at the merchant.
    public func returnPackage(orderId: String, arrived: Bool) throws {
        try transition(orderId) { db, order, now in
            guard !order.afn, let index = order.packages.indices.last else { throw SimulatorError.nothingToReturn(orderId) }
            guard let line = OrderLifecycle.returnPackage(&order, index: index, arrived: arrived, at: now) else {
                throw SimulatorError.nothingToReturn(orderId)
            }
            return (line.kind, line.detail, [])
        }
    }

    /// An inbound shipment arrived (or stock was counted): Amazon can now ship `quantity` of `sku`.
    public func setFBAStock(sku: String, quantity: Int) throws {
        guard quantity >= 0 else { throw SimulatorError.invalidQuantity(quantity) }
        try db.write { db in
            guard try ListingTable.find(db, sku: sku) != nil else { throw SimulatorError.unknownSKU(sku) }
            try FBAStock.set(db, sku: sku, fulfillable: quantity, at: try simulatedNow(db))
        }
    }

    /// What Amazon can ship of `sku` now (nil: Amazon holds none and never did).
    public func fbaFulfillable(sku: String) throws -> Int? {
        try db.write { db in
            try Scheduler.processDue(db, now: try simulatedNow(db))
            return try FBAStock.level(db, sku: sku)?.fulfillable
        }
    }

    /// Amazon's fulfillment orders: id, status and tracking number, oldest first.
    public func fulfillmentOrders() throws -> [(id: String, status: String, tracking: String?)] {
        try db.write { db in
            try Scheduler.processDue(db, now: try simulatedNow(db))
            return try Data.fetchAll(db, sql: "SELECT body FROM fulfillmentOrder ORDER BY receivedAt, id").map {
                let order = try JSONDecoder().decode(SimFulfillmentOrder.self, from: $0)
                return (order.request.sellerFulfillmentOrderId, order.status, order.tracking)
            }
        }
    }

    /// Switches rate limiting on or off (off for benchmarks).
    public func setThrottling(enabled: Bool) throws {
        try db.write { db in
            var account = try account(db)
            account.throttling = enabled
            try account.save(db)
        }
    }

    /// Adds a listing or changes one (price, title, FBA flag).
    public func setListing(_ listing: SimulatedListing) throws {
        try db.write { try ListingTable.insert($0, listing) }
    }

    /// Every listing of the account.
    public func listings() throws -> [SimulatedListing] {
        try db.read { try ListingTable.all($0) }
    }

    /// The quantity the merchant last offered for `sku` through patchListingsItem (nil: never patched).
    public func offeredQuantity(sku: String) throws -> Int? {
        try db.read { db in
            guard let availability = try ListingTable.availability(db, sku: sku) else { throw SimulatorError.unknownSKU(sku) }
            return availability.quantity
        }
    }

    /// The handling days the merchant last sent for `sku`.
    public func handlingDays(sku: String) throws -> Int? {
        try db.read { try ListingTable.availability($0, sku: sku)?.handlingDays }
    }

    /// When the account was connected to the console (orders placed before it are never imported, R2).
    public var connectedAt: Date {
        get throws { Date(timeIntervalSince1970: TimeInterval(try db.read { try self.account($0).connectedAt })) }
    }

    /// Counts of requests answered and 429s given.
    public func statistics() throws -> SimulatorStatistics {
        try db.read { db in
            let all = try Statistic.all(db)
            var requests: [String: Int] = [:]
            var throttled: [String: Int] = [:]
            for (name, value) in all {
                if name.hasPrefix("requests.") { requests[String(name.dropFirst(9))] = value }
                if name.hasPrefix("throttled.") { throttled[String(name.dropFirst(10))] = value }
            }
            let orders = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM simOrder") ?? 0
            return SimulatorStatistics(orders: orders, requests: requests, throttled: all["throttled"] ?? 0, throttledByOperation: throttled)
        }
    }

    /// Loads an order, lets `change` move it at now, saves it with its history line and new events.
    private func transition(_ orderId: String,
                            _ change: (Database, inout SimOrder, Int64) throws -> (String, String, [PlannedEvent])) throws {
        try db.write { db in
            let now = try simulatedNow(db)
            try Scheduler.processDue(db, now: now)
            guard var order = try OrderTable.load(db, id: orderId) else { throw SimulatorError.unknownOrder(orderId) }
            let (kind, detail, later) = try change(db, &order, now)
            try OrderTable.update(db, order)
            try OrderTable.record(db, orderId: orderId, at: now, kind: kind, detail: detail)
            for event in later { try Scheduler.schedule(db, at: event.at, kind: event.kind.rawValue, ref: orderId) }
        }
    }
}

/// How much the simulator was asked and how often it said 429.
public struct SimulatorStatistics: Codable, Sendable, Equatable {
    public var orders: Int
    public var requests: [String: Int]
    public var throttled: Int
    public var throttledByOperation: [String: Int]
}
