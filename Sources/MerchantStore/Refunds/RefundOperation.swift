import Foundation
import GRDB
import MerchantCore

/// A refund as sent to Amazon: one `OrderAdjustment` message of a payment adjustment feed.
public struct RefundPayload: Codable, Sendable, Equatable {
    public var refundId: Int64
    public var amazonOrderId: String
    public var marketplaceId: String
    public var reason: RefundReason
    public var amount: Money
    public var lines: [RefundAllocation.Line]
}

/// What became of a refund the merchant made.
public enum RefundOutcome: Sendable, Equatable {
    /// On its way to Amazon.
    case queued(RefundPayload)
    /// Kept in the queue as failed without being sent, with the notice to show (R21).
    case failed(refundId: Int64, notice: String)
}

extension MerchantStore {
    /// Refunds part or all of an order (R20, R22): recorded, queued for Amazon and logged in one
    /// transaction (R29). A return waiting in the queue for this order is the refund's request and is
    /// settled by it. An order refunded on Amazon so far that this refund cannot go through keeps the
    /// refund as failed, with the notice, instead of sending it (R21). A refusal changes nothing (R30).
    ///
    /// `requestId` names the merchant's request: the same request again (a script re-running a refund that a
    /// crash may or may not have let through) is `StoreError.alreadyRecorded`, never a second refund.
    @discardableResult
    public func refund(_ amazonOrderId: String, amount: Money, reason: RefundReason, requestId: String? = nil,
                       actor: String, at now: Date) throws -> RefundOutcome {
        if let requestId, requestId.allSatisfy(\.isWhitespace) { throw StoreError.refused(tr("store.refund.empty-request-id")) }
        return try pool.write { db in
            if let requestId, let earlier = try db.cachedRow(sql: "SELECT id, amazonOrderId, amountMinor, currency FROM refund WHERE requestId = ?",
                                                             arguments: [requestId]) {
                let same = earlier["amazonOrderId"] == amazonOrderId && earlier["amountMinor"] == amount.minorUnits
                    && earlier["currency"] == amount.currency
                guard same else {
                    throw StoreError.refused(tr("store.refund.request-id-taken", requestId))
                }
                throw StoreError.alreadyRecorded(requestId: requestId, refundId: earlier["id"])
            }
            guard let order = try AmazonOrderTable.find(amazonOrderId, db: db) else { throw StoreError.unknownOrder(amazonOrderId) }
            let local = try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db)
            let decision = try RefundRules.check(amount, order: order, local: local?.status, balance: try RefundTable.balance(order, db: db))
            let request = try db.cachedValue(Int64.self, sql: "SELECT id FROM refund WHERE amazonOrderId = ? AND state = 'requested' ORDER BY id LIMIT 1",
                                             arguments: [amazonOrderId])
            let lines = RefundAllocation.split(amount, over: order.items, alreadyRefunded: try RefundTable.refundedByItem(amazonOrderId, db: db))
            let (state, failure): (RefundState, String?) = switch decision {
            case .send: (.waiting, nil)
            case .alreadyRefundedOnAmazon(let notice): (.failed, notice)
            }
            // The notice kept in every language: the rule asked again in each (R21).
            let balance = try RefundTable.balance(order, db: db)
            let notice = { () -> String in
                guard case .alreadyRefundedOnAmazon(let notice)? = try? RefundRules.check(amount, order: order, local: local?.status, balance: balance) else { return "" }
                return notice
            }
            let stored = try failure.map { _ in try StoredWords(notice) }
            let linesText = String(decoding: try JSONEncoder().encode(lines), as: UTF8.self)
            let refundId: Int64
            if let request {
                try db.cachedExecute(sql: """
                    UPDATE refund SET state = ?, amountMinor = ?, reason = ?, failure = ?, failureWords = ?, lines = ?, requestId = ?, updatedAt = ? WHERE id = ?
                    """, arguments: [state.rawValue, amount.minorUnits, reason.rawValue, stored?.english, stored?.json, linesText, requestId,
                                     now.timeIntervalSince1970, request])
                refundId = request
            } else {
                try db.cachedExecute(sql: """
                    INSERT INTO refund (amazonOrderId, origin, state, amountMinor, currency, reason, failure, failureWords, lines, requestId, createdAt, updatedAt)
                    VALUES (?, 'merchant', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [amazonOrderId, state.rawValue, amount.minorUnits, amount.currency, reason.rawValue, stored?.english, stored?.json, linesText,
                                     requestId, now.timeIntervalSince1970, now.timeIntervalSince1970])
                refundId = db.lastInsertedRowID
            }
            if let failure {
                try AmazonOrderTable.appendHistory(amazonOrderId, at: now, tr("store.history.refund-of-not-sent", amount, notice()), db: db)
                try ActivityLog.append(db, at: now, actor: actor, kind: "refund", subject: amazonOrderId, message: tr("store.activity.refund-failed", amount, notice()))
                return .failed(refundId: refundId, notice: failure)
            }
            let payload = RefundPayload(refundId: refundId, amazonOrderId: amazonOrderId, marketplaceId: order.marketplaceId,
                                        reason: reason, amount: amount, lines: lines)
            try OutboxTable.enqueue(db, key: "refund:\(refundId)", kind: .refund, subject: amazonOrderId, payload: payload, at: now)
            try AmazonOrderTable.appendHistory(amazonOrderId, at: now, tr("store.history.refund-by-merchant", amount, ReasonWords.labelled(reason.rawValue)), db: db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "refund", subject: amazonOrderId, message: tr("store.activity.refunding", amount, amazonOrderId, reason.rawValue))
            return .queued(payload)
        }
    }

    /// Records the refunds Amazon posted (Finances), each once, and moves the Finances watermark.
    /// Returns how many were new and how many of those were made on Amazon, not by the console.
    @discardableResult
    public func recordAmazonRefunds(_ events: [AmazonRefundEvent], watermark: Date?) throws -> (new: Int, onAmazon: Int) {
        try pool.write { db in
            var new = 0, onAmazon = 0
            for event in events where try RefundTable.record(event, db: db) {
                new += 1
                if try db.cachedValue(Int64.self, sql: "SELECT refundId FROM amazonRefund WHERE eventKey = ?", arguments: [event.eventKey]) == nil { onAmazon += 1 }
            }
            if let watermark {
                try db.cachedExecute(sql: "UPDATE syncState SET financesWatermark = MAX(COALESCE(financesWatermark, 0), ?) WHERE id = 1",
                                     arguments: [watermark.timeIntervalSince1970])
            }
            return (new, onAmazon)
        }
    }

    /// Where the last Finances read ended (nil: never read).
    public func financesWatermark() throws -> Date? {
        try pool.read { db in
            try db.cachedValue(Double.self, sql: "SELECT financesWatermark FROM syncState WHERE id = 1").map { Date(timeIntervalSince1970: $0) }
        }
    }
}
