import Foundation
import GRDB
import MerchantCore

/// A merchant's cancellation as sent to Amazon: an acknowledgement with status Failure.
public struct CancellationPayload: Codable, Sendable, Equatable {
    public var amazonOrderId: String
    public var merchantOrderId: String
    public var marketplaceId: String
    public var reason: CancelReason
    public var refund: Money
    public var orderItemIds: [String]
}

extension MerchantStore {
    /// Cancels an order nothing of which has shipped (R17, R19) with a refund greater than zero (R18).
    /// The local order is cancelled, its stock goes back unless the reason is NoInventory, and the
    /// cancellation is queued for Amazon, all in one transaction (R29). A refusal changes nothing (R30).
    @discardableResult
    public func cancel(_ amazonOrderId: String, reason: CancelReason, refund: Money, actor: String, at now: Date) throws -> CancellationPayload {
        try pool.write { db in
            guard let order = try AmazonOrderTable.find(amazonOrderId, db: db) else { throw StoreError.unknownOrder(amazonOrderId) }
            let local = try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db)
            // Our own shipments count even before Amazon reports them.
            if let refusal = OrderActionRules.refusalToCancel(order, local: local?.status, unitsShippedLocally: local?.unitsShipped ?? 0) { throw refusal }
            guard let local else { throw ActionRefusal.notImported(amazonOrderId) }
            let refund = try CancellationRefund.validate(refund, order: order)

            try db.cachedExecute(literal: "UPDATE localOrder SET status = \(LocalOrderStatus.cancelled.rawValue), updatedAt = \(now.timeIntervalSince1970) WHERE id = \(local.id)")
            try AmazonOrderTable.forgetCancelRequest(amazonOrderId, db: db)  // answered
            if !reason.returnsStock {
                // The units were not there after all: the shelf count comes down by what the order held.
                for line in local.lines {
                    try Shelf.take(line.quantity, of: line.productSku, db: db)
                }
            }
            try db.cachedExecute(sql: "INSERT INTO cancellation (amazonOrderId, reason, refundMinor, currency, createdAt) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [amazonOrderId, reason.rawValue, refund.minorUnits, refund.currency, now.timeIntervalSince1970])
            // A Failure acknowledgement acknowledges the order too: an acknowledgement not yet sent is not needed.
            let superseded = try StoredWords { tr("store.notice.superseded") }
            try db.cachedExecute(sql: "UPDATE outbox SET state = 'done', lastError = ?, lastErrorWords = ?, updatedAt = ? WHERE idempotencyKey = ? AND state = 'queued'",
                                 arguments: [superseded.english, superseded.json, now.timeIntervalSince1970, "ack:\(amazonOrderId)"])
            let payload = CancellationPayload(amazonOrderId: amazonOrderId, merchantOrderId: String(local.id), marketplaceId: order.marketplaceId,
                                              reason: reason, refund: refund, orderItemIds: order.items.map(\.orderItemId))
            try OutboxTable.enqueue(db, key: "cancel:\(amazonOrderId)", kind: .cancellation, subject: amazonOrderId, payload: payload, at: now)
            try AmazonOrderTable.appendHistory(amazonOrderId, at: now, tr("store.history.cancelled", ReasonWords.labelled(reason.rawValue), refund), db: db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "cancel", subject: amazonOrderId,
                                   message: tr("store.activity.cancelled", amazonOrderId, reason.rawValue, refund))
            try SyncStateTable.requestReconsider(db)  // freed stock may unblock other orders
            try InventoryPush.enqueueIfChanged(productSkus: local.lines.map(\.productSku), db: db, at: now)
            return payload
        }
    }
}
