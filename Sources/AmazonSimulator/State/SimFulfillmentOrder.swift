import Foundation
import GRDB
import SellingPartnerAPI

/// A multi-channel fulfillment order as the simulated Amazon keeps it.
struct SimFulfillmentOrder: Codable, Equatable {
    var request: CreateFulfillmentOrderRequest
    var marketplaceId: String
    var status: String
    var received: Int64
    var statusUpdated: Int64
    var tracking: String?
    var shipped: Int64?

    static func load(_ db: Database, id: String) throws -> SimFulfillmentOrder? {
        try Data.fetchOne(db, sql: "SELECT body FROM fulfillmentOrder WHERE id = ?", arguments: [id]).map {
            try JSONDecoder().decode(SimFulfillmentOrder.self, from: $0)
        }
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO fulfillmentOrder (id, status, receivedAt, statusUpdatedAt, body) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, statusUpdatedAt = excluded.statusUpdatedAt, body = excluded.body
            """, arguments: [request.sellerFulfillmentOrderId, status, received, statusUpdated, try JSONEncoder().encode(self)])
    }
}

/// Amazon moves a fulfillment order along on its clock: Received → Planning (30 min) → Processing (2 h)
/// → Complete (6 h, shipped with a tracking number). Stock is held at creation and leaves at Complete.
enum FulfillmentLifecycle {
    static let advanceKind = "fulfillmentAdvance"
    static let steps: [(from: String, to: String, after: Int64)] = [
        ("Received", "Planning", 30 * 60), ("Planning", "Processing", 90 * 60), ("Processing", "Complete", 4 * 3_600),
    ]

    static func schedule(_ db: Database, _ order: SimFulfillmentOrder) throws {
        guard let step = steps.first(where: { $0.from == order.status }) else { return }
        try Scheduler.schedule(db, at: order.statusUpdated + step.after, kind: advanceKind, ref: order.request.sellerFulfillmentOrderId)
    }

    static func advance(_ db: Database, id: String, at: Int64) throws {
        guard var order = try SimFulfillmentOrder.load(db, id: id), let step = steps.first(where: { $0.from == order.status }) else { return }
        order.status = step.to
        order.statusUpdated = at
        if step.to == "Complete" {
            var rng = SplitMix64(seed: id.hashValueStable)
            order.tracking = "TBA" + rng.digits(12)
            order.shipped = at
            for item in order.request.items {
                try db.execute(sql: "UPDATE fbaStock SET reserved = MAX(0, reserved - ?), updatedAt = ? WHERE sku = ?", arguments: [item.quantity, at, item.sellerSku])
            }
        }
        try order.save(db)
        try schedule(db, order)
    }

    /// Gives back what a cancelled order held.
    static func release(_ db: Database, _ order: SimFulfillmentOrder, at: Int64) throws {
        for item in order.request.items {
            try db.execute(sql: "UPDATE fbaStock SET reserved = MAX(0, reserved - ?), fulfillable = fulfillable + ?, updatedAt = ? WHERE sku = ?",
                           arguments: [item.quantity, item.quantity, at, item.sellerSku])
        }
    }
}
