import Foundation
import GRDB
import MerchantCore

/// What the sync follows: a shop order Amazon fulfils and has not finished.
public struct OpenFulfillment: Sendable, Equatable {
    public var reference: String
    public var sellerFulfillmentOrderId: String
    public var status: String
}

extension MerchantStore {
    /// Fulfillment orders Amazon has accepted and not finished, oldest first.
    public func openFulfillments(limit: Int = 500) throws -> [OpenFulfillment] {
        try pool.read { db in
            try db.cachedRows(literal: """
                SELECT f.sellerFulfillmentOrderId, f.status, s.reference FROM fulfillmentOrder f JOIN shopOrder s ON s.localOrderId = f.localOrderId
                WHERE f.status NOT IN \(ShopOrderRules.unfollowedStatuses)
                ORDER BY f.createdAt LIMIT \(limit)
                """).map {
                OpenFulfillment(reference: $0["reference"], sellerFulfillmentOrderId: $0["sellerFulfillmentOrderId"], status: $0["status"])
            }
        }
    }

    /// What Amazon says of a fulfillment order (R26): its status; when shipped, the order is shipped with
    /// Amazon's tracking; when Amazon will not ship it, it goes back to the merchant with the reason.
    public func recordFulfillment(_ sellerFulfillmentOrderId: String, status: FulfillmentOrderStatus, carrier: String? = nil,
                                  trackingNumber: String? = nil, reason: @autoclosure () -> String? = nil, at now: Date) throws {
        try pool.write { db in
            guard let row = try db.cachedRow(sql: "SELECT localOrderId, status FROM fulfillmentOrder WHERE sellerFulfillmentOrderId = ?",
                                             arguments: [sellerFulfillmentOrderId]) else { return }
            let localOrderId: Int64 = row["localOrderId"]
            guard (row["status"] as String) != status.rawValue else { return }
            try db.cachedExecute(sql: """
                UPDATE fulfillmentOrder SET status = ?, carrier = COALESCE(?, carrier), trackingNumber = COALESCE(?, trackingNumber),
                    statusUpdatedAt = ?, updatedAt = ? WHERE sellerFulfillmentOrderId = ?
                """, arguments: [status.rawValue, carrier, trackingNumber, now.timeIntervalSince1970, now.timeIntervalSince1970, sellerFulfillmentOrderId])
            if status.isShipped { try LocalOrderTable.shipWhole(localOrderId: localOrderId, db: db, at: now) }
            try ActivityLog.append(db, at: now, actor: "sync", kind: "fulfillment", subject: sellerFulfillmentOrderId, message: trackingNumber.map {
                tr("store.activity.fulfillment-shipped", sellerFulfillmentOrderId, status.rawValue, carrier ?? "Amazon", $0)
            } ?? tr("store.activity.fulfillment", sellerFulfillmentOrderId, status.rawValue))
            if status.returnsToMerchant {
                try ShopOrderHandBack.toMerchant(localOrderId: localOrderId, reason: reason() ?? tr("store.notice.fulfillment-status", status.rawValue), db: db, at: now)
            }
        }
    }

    /// A shop order Amazon cannot fill is not sent (R27), or one Amazon refused: it stays with the merchant, with
    /// the reason, and its message says who refused it.
    public func keepWithMerchant(_ reference: String, refusedBy: OutboxRefuser, reason: @autoclosure () -> String, at now: Date) throws {
        try pool.write { db in
            guard let id = try db.cachedValue(Int64.self, sql: "SELECT localOrderId FROM shopOrder WHERE reference = ?", arguments: [reference]) else { return }
            let stored = try StoredWords { reason() }
            try db.cachedExecute(sql: """
                UPDATE outbox SET state = 'failed', lastError = ?, lastErrorWords = ?, refusedBy = ?, updatedAt = ?
                WHERE idempotencyKey = ? AND state NOT IN ('done', 'failed')
                """, arguments: [stored.english, stored.json, refusedBy.rawValue, now.timeIntervalSince1970, "mcf:\(reference)"])
            try db.cachedExecute(literal: """
                UPDATE fulfillmentOrder SET status = \(FulfillmentOrderStatus.unfulfillable.rawValue), updatedAt = \(now.timeIntervalSince1970) WHERE localOrderId = \(id)
                """)
            try ShopOrderHandBack.toMerchant(localOrderId: id, reason: reason(), db: db, at: now)
        }
    }

    /// Ships a shop order the merchant fulfils: the same carrier and tracking rules as Amazon orders (R13),
    /// no message to Amazon. Orders Amazon fulfils are refused (R26).
    @discardableResult
    public func shipShopOrder(_ reference: String, carrier: Carrier, trackingNumber: String, shipDate: Date? = nil, actor: String, at now: Date) throws -> String {
        try pool.write { db in
            guard let order = try ShopOrderTable.find(reference: reference, db: db) else { throw StoreError.unknownOrder(reference) }
            if let refusal = try ShopShipCheck.refusal(order, db: db) { throw StoreError.refused(refusal) }  // R26, R5
            let tracking = try TrackingNumber.validate(trackingNumber, carrier: carrier)
            let date = try ShipDate.resolve(shipDate, purchaseDate: order.createdAt, now: now)
            for line in order.lines where line.quantity > line.quantityShipped {
                try Shelf.take(line.quantity - line.quantityShipped, of: line.productSku, db: db)
            }
            try LocalOrderTable.shipWhole(localOrderId: order.localOrderId, db: db, at: now)
            try ActivityLog.append(db, at: now, actor: actor, kind: "ship", subject: reference,
                                   message: tr("store.activity.shop-shipped", reference, carrier.displayName, tracking, SPAPIDay.text(date)))
            try InventoryPush.enqueueIfChanged(productSkus: order.lines.map(\.productSku), db: db, at: now)
            return tracking
        }
    }

    /// Why the merchant cannot ship a shop order now, or nil: Amazon fulfils it (R26), nothing is left, or the shelf
    /// holds too few units (R5). The console asks this before its ship dialog opens; shipping asks it again.
    public func refusalToShipShopOrder(_ reference: String) throws -> String? {
        try pool.read { db in
            guard let order = try ShopOrderTable.find(reference: reference, db: db) else { throw StoreError.unknownOrder(reference) }
            return try ShopShipCheck.refusal(order, db: db)
        }
    }

    /// Asks Amazon to cancel a fulfillment order it has not started picking; the order then comes back to
    /// the merchant. Refused once Amazon is processing it (Amazon would refuse too).
    public func cancelFulfillment(_ reference: String, actor: String, at now: Date) throws {
        try pool.write { db in
            guard let order = try ShopOrderTable.find(reference: reference, db: db) else { throw StoreError.unknownOrder(reference) }
            // The console's rule (R26). Asked twice, it is one outbox message: the store lets a second ask through.
            if let refusal = order.refusalToTakeBack(cancelAsked: false) { throw StoreError.refused(refusal) }
            guard let f = order.fulfillment else { throw StoreError.refused(tr("store.shop.no-fulfillment", reference)) }
            if f.status == ShopOrderRules.notSent {
                // Not at Amazon yet: it is simply not sent.
                let notSent = try StoredWords { tr("store.notice.cancelled-before-sending") }
                try db.cachedExecute(sql: """
                    UPDATE outbox SET state = 'done', lastError = ?, lastErrorWords = ?, updatedAt = ? WHERE idempotencyKey = ? AND state = 'queued'
                    """, arguments: [notSent.english, notSent.json, now.timeIntervalSince1970, "mcf:\(reference)"])
                if db.changesCount == 1 {
                    try db.cachedExecute(literal: """
                        UPDATE fulfillmentOrder SET status = \(FulfillmentOrderStatus.cancelled.rawValue), updatedAt = \(now.timeIntervalSince1970)
                        WHERE localOrderId = \(order.localOrderId)
                        """)
                    try ShopOrderHandBack.toMerchant(localOrderId: order.localOrderId, reason: tr("store.notice.merchant-cancelled-fba"), db: db, at: now)
                    try ActivityLog.append(db, at: now, actor: actor, kind: "fulfillment", subject: reference, message: tr("store.activity.fba-not-sent", reference))
                    return
                }
                // Being sent this moment: once Amazon has it, it can be asked to cancel it.
                throw StoreError.refused(tr("store.shop.being-sent", reference))
            }
            try OutboxTable.enqueue(db, key: "mcf-cancel:\(reference)", kind: .fulfillmentCancel, subject: reference,
                                    payload: ["sellerFulfillmentOrderId": f.sellerFulfillmentOrderId], at: now)
            try ActivityLog.append(db, at: now, actor: actor, kind: "fulfillment", subject: reference, message: tr("store.activity.fba-cancel-asked", reference))
        }
    }
}

extension ShopOrder {
    /// Why the merchant cannot ship this order, or nil: MerchantCore's `ShopOrderRules` (R26).
    public var refusalToShip: String? { ShopOrderRules.refusalToShip(reference, fulfilledBy: fulfilledBy, status: status) }

    /// Why the merchant cannot take this order back from Amazon, or nil: MerchantCore's `ShopOrderRules` (R26).
    public func refusalToTakeBack(cancelAsked: Bool) -> String? {
        ShopOrderRules.refusalToTakeBack(reference, fulfilledBy: fulfilledBy, fulfillmentStatus: fulfillment?.status, note: note, cancelAsked: cancelAsked)
    }
}

/// MerchantCore's rules for shipping a shop order, with the shelf as the store holds it.
enum ShopShipCheck {
    static func refusal(_ order: ShopOrder, db: Database) throws -> String? {
        if let refusal = order.refusalToShip { return refusal }
        var onHand: [String: Int] = [:]
        for line in order.lines { onHand[line.productSku] = try CatalogTable.find(line.productSku, db: db)?.stockOnHand ?? 0 }
        return ShopOrderRules.refusalForShortStock(order.reference, needs: order.lines.map { ($0.productSku, $0.quantity - $0.quantityShipped) },
                                                   onHand: { onHand[$0] ?? 0 })
    }
}

/// A shop order Amazon will not fulfil goes back to the merchant: it now holds the merchant's stock.
enum ShopOrderHandBack {
    static func toMerchant(localOrderId: Int64, reason: @autoclosure () -> String, db: Database, at now: Date) throws {
        let note = try StoredWords { reason() }
        try db.cachedExecute(literal: """
            UPDATE shopOrder SET fulfilledBy = \(FulfilledBy.merchant.rawValue), note = \(note.english), noteWords = \(note.json) WHERE localOrderId = \(localOrderId)
            """)
        try db.cachedExecute(literal: """
            UPDATE localOrder SET takesStock = 1, updatedAt = \(now.timeIntervalSince1970) WHERE id = \(localOrderId) AND status = \(LocalOrderStatus.processing.rawValue)
            """)
        let skus = try db.cachedValues(String.self, sql: "SELECT productSku FROM localOrderLine WHERE localOrderId = ?", arguments: [localOrderId])
        try InventoryPush.enqueueIfChanged(productSkus: skus, db: db, at: now)
        let reference = try db.cachedValue(String.self, sql: "SELECT reference FROM shopOrder WHERE localOrderId = ?", arguments: [localOrderId]) ?? "?"
        try ActivityLog.append(db, at: now, actor: "sync", kind: "fulfillment", subject: reference, message: tr("store.activity.waits-for-merchant", reference, reason()))
    }
}

/// A day as the activity log writes it.
enum SPAPIDay {
    static func text(_ date: Date) -> String { String(ISO8601DateFormatter().string(from: date).prefix(10)) }
}
