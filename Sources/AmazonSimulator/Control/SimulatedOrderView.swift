import Foundation
import GRDB
import MerchantCore

/// Amazon's own view of an order, for tests and `merchant sim order ID`: status, items, packages,
/// refunds, acknowledgements, and how often each idempotency key naming it arrived.
public struct SimulatedOrderView: Codable, Sendable, Equatable {
    public var orderId: String
    public var status: String
    public var fulfilledBy: String
    public var marketplaceId: String
    public var createdTime: String
    public var lastUpdatedTime: String
    public var cancelReason: String?
    public var grandTotal: String
    public var refundable: String
    public var items: [Item]
    public var packages: [Package]
    public var refunds: [Refund]
    public var acknowledgements: Int
    public var acknowledgementStatuses: [String]
    public var idempotencyKeyArrivals: [String: Int]
    public var history: [OrderHistoryEntry]

    /// One line: what was ordered and shipped.
    public struct Item: Codable, Sendable, Equatable {
        public var orderItemId: String
        public var sku: String
        public var quantityOrdered: Int
        public var quantityShipped: Int
        public var unitPrice: String
    }

    /// A package with its carrier and tracking.
    public struct Package: Codable, Sendable, Equatable {
        public var packageReferenceId: String
        public var carrier: String
        public var trackingNumber: String
        public var shipTime: String
        public var items: [String: Int]
    }

    /// A refund and who made it (`sellerCentral` or `feed`).
    public struct Refund: Codable, Sendable, Equatable {
        public var amount: String
        public var source: String
        public var reason: String
        public var time: String
    }
}

extension AmazonSimulator {
    /// Amazon's view of an order.
    public func orderView(orderId: String) throws -> SimulatedOrderView {
        try db.write { db in
            try Scheduler.processDue(db, now: try simulatedNow(db))
            guard let order = try OrderTable.load(db, id: orderId) else { throw SimulatorError.unknownOrder(orderId) }
            let text = { Money(minorUnits: $0, currency: order.currency).amountText }
            let acks = try String.fetchAll(db, sql: "SELECT statusCode FROM acknowledgement WHERE orderId = ? ORDER BY id", arguments: [orderId])
            var keys = try Idempotency.arrivals(db, orderId: orderId)
            for feedId in order.refunds.compactMap(\.feedId) {
                if let row = try Row.fetchOne(db, sql: """
                    SELECT k.key, k.arrivals FROM idempotencyKey k JOIN feed f ON f.idempotencyKey = k.key WHERE f.feedId = ?
                    """, arguments: [feedId]) { keys[row["key"]] = row["arrivals"] }
            }
            return SimulatedOrderView(
                orderId: order.id, status: order.status, fulfilledBy: order.afn ? "AMAZON" : "MERCHANT",
                marketplaceId: order.marketplaceId, createdTime: SimTime.iso(order.created), lastUpdatedTime: SimTime.iso(order.updated),
                cancelReason: order.cancelReason, grandTotal: text(order.grandTotal), refundable: text(order.refundable),
                items: order.items.map { .init(orderItemId: $0.id, sku: $0.sku, quantityOrdered: $0.quantity, quantityShipped: $0.shipped, unitPrice: text($0.unitPrice)) },
                packages: order.packages.map { package in
                    .init(packageReferenceId: package.ref, carrier: package.carrierName ?? package.carrier, trackingNumber: package.tracking,
                          shipTime: SimTime.iso(package.shipTime),
                          items: Dictionary(package.items.map { ($0.itemId, $0.quantity) }, uniquingKeysWith: +))
                },
                refunds: order.refunds.map { .init(amount: text($0.amount), source: $0.source, reason: $0.reason, time: SimTime.iso($0.at)) },
                acknowledgements: acks.count, acknowledgementStatuses: acks,
                idempotencyKeyArrivals: keys, history: try OrderTable.history(db, orderId: orderId))
        }
    }
}
