import Foundation
import GRDB
import MerchantCore

/// The refund queue's rows: the console's own refunds and the returns that ask for one, and the
/// refunds Amazon reports (`amazonRefund`), matched to the console's own or kept apart as made on Amazon (R23).
enum RefundTable {
    /// What the order has had refunded so far, by the console (not failed) and on Amazon directly.
    static func balance(_ order: AmazonOrder, db: Database) throws -> RefundBalance {
        let currency = order.total?.currency ?? "EUR"
        let byConsole = try db.cachedValue(Int64.self, sql: """
            SELECT COALESCE(SUM(amountMinor), 0) FROM refund WHERE amazonOrderId = ? AND state IN ('waiting', 'done')
            """, arguments: [order.amazonOrderId]) ?? 0
        let onAmazon = try onAmazonMinor(order.amazonOrderId, db: db)
        return RefundBalance(byConsole: Money(minorUnits: byConsole, currency: currency), onAmazon: Money(minorUnits: onAmazon, currency: currency))
    }

    static func onAmazonMinor(_ amazonOrderId: String, db: Database) throws -> Int64 {
        try db.cachedValue(Int64.self, sql: "SELECT COALESCE(SUM(amountMinor), 0) FROM amazonRefund WHERE amazonOrderId = ? AND refundId IS NULL",
                           arguments: [amazonOrderId]) ?? 0
    }

    /// What earlier refunds took from each item, so a new one is spread over what is left.
    static func refundedByItem(_ amazonOrderId: String, db: Database) throws -> [String: Int64] {
        let texts = try db.cachedValues(String.self, sql: "SELECT lines FROM refund WHERE amazonOrderId = ? AND state IN ('waiting', 'done') AND lines IS NOT NULL",
                                        arguments: [amazonOrderId])
        var taken: [String: Int64] = [:]
        for text in texts {
            for line in (try? JSONDecoder().decode([RefundAllocation.Line].self, from: Data(text.utf8))) ?? [] {
                taken[line.orderItemId, default: 0] += line.amount.minorUnits
            }
        }
        return taken
    }

    /// A package Amazon reports on its way back, or back, puts a request in the queue (once per package).
    static func noteReturns(_ order: AmazonOrder, db: Database, at now: Date) throws {
        for package in order.packages {
            guard let origin = PackageReturn.origin(detailedStatus: package.detailedStatus) else { continue }
            let worth = package.items.reduce(Int64(0)) { sum, line in
                sum + (order.items.first { $0.orderItemId == line.orderItemId }?.unitPrice?.minorUnits ?? 0) * Int64(line.quantity)
            }
            let existing = try db.cachedRow(sql: "SELECT id, origin, state FROM refund WHERE amazonOrderId = ? AND packageReferenceId = ?",
                                            arguments: [order.amazonOrderId, package.packageReferenceId])
            if let existing {
                // Only a request still waiting on the merchant follows the package (on its way → arrived).
                guard (existing["state"] as String) == RefundState.requested.rawValue, (existing["origin"] as String) != origin.rawValue else { continue }
                try db.cachedExecute(sql: "UPDATE refund SET origin = ?, updatedAt = ? WHERE id = ?",
                                     arguments: [origin.rawValue, now.timeIntervalSince1970, existing["id"] as Int64])
            } else {
                try db.cachedExecute(sql: """
                    INSERT INTO refund (amazonOrderId, origin, packageReferenceId, state, suggestedMinor, currency, reason, createdAt, updatedAt)
                    VALUES (?, ?, ?, 'requested', ?, ?, 'CustomerReturn', ?, ?)
                    """, arguments: [order.amazonOrderId, origin.rawValue, package.packageReferenceId, worth,
                                     order.total?.currency ?? "EUR", now.timeIntervalSince1970, now.timeIntervalSince1970])
            }
            try AmazonOrderTable.appendHistory(order.amazonOrderId, at: order.lastUpdateDate,
                                               origin == .returnArrived ? tr("store.history.return-arrived", package.packageReferenceId)
                                                   : tr("store.history.return-on-its-way", package.packageReferenceId), db: db)
        }
    }

    /// Amazon's answer to a refund feed message: done, or failed with Amazon's words (R21: saying so when
    /// the order was refunded on Amazon directly).
    static func follow(outboxId: Int64, done: Bool, error: String?, db: Database, at now: Date) throws {
        guard let key = try db.cachedValue(String.self, sql: "SELECT idempotencyKey FROM outbox WHERE id = ?", arguments: [outboxId]),
              let refundId = Int64(key.dropFirst("refund:".count)),
              let row = try db.cachedRow(sql: "SELECT amazonOrderId, currency FROM refund WHERE id = ?", arguments: [refundId]) else { return }
        let orderId: String = row["amazonOrderId"]
        if done {
            try db.cachedExecute(sql: "UPDATE refund SET state = 'done', failure = NULL, updatedAt = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, refundId])
            try markLocalOrderRefunded(orderId, db: db, at: now)
            return
        }
        let onAmazon = try onAmazonMinor(orderId, db: db)
        let currency: String = row["currency"]
        // Amazon's own words stay as Amazon wrote them; the console's around them are the merchant's language.
        let failure = {
            let words = error ?? tr("store.no-reason-given")
            return onAmazon > 0 ? refusedAfterAmazonsOwn(onAmazon, currency: currency, words) : tr("store.notice.amazon-refused", words)
        }
        let stored = try StoredWords(failure)
        try db.cachedExecute(sql: "UPDATE refund SET state = 'failed', failure = ?, failureWords = ?, updatedAt = ? WHERE id = ?",
                             arguments: [stored.english, stored.json, now.timeIntervalSince1970, refundId])
        try AmazonOrderTable.appendHistory(orderId, at: now, tr("store.history.refund-failed", failure()), db: db)
    }

    /// How the English record of a refund Amazon refused begins (`store.notice.amazon-refused`), to find it again.
    static let refusedPrefix = "Amazon refused it: "

    /// Amazon's own words in the English record of a refund Amazon refused: without the console's words before
    /// them and the quotes around them (records written before they were quoted have none).
    static func amazonsWords(refused record: String) -> String {
        let words = record.dropFirst(refusedPrefix.count)
        guard words.hasPrefix("“"), words.hasSuffix("”"), words.count >= 2 else { return String(words) }
        return String(words.dropFirst().dropLast())
    }

    /// R21's words for a refund Amazon refused once it is known that the order was refunded on Amazon directly.
    static func refusedAfterAmazonsOwn(_ onAmazon: Int64, currency: String, _ words: String) -> String {
        tr("store.notice.refused-after-amazons-own", Money(minorUnits: onAmazon, currency: currency), words)
    }

    /// R21, whichever came first: a refund Amazon refused before this store knew of Amazon's own refund of the order
    /// (the sync's parts run side by side, so the feed's answer may come before the Finances read) is said as
    /// already refunded on Amazon as soon as the store knows.
    static func sayRefusedAsRefundedOnAmazon(_ order: AmazonOrder, db: Database, at now: Date) throws {
        guard let currency = order.total?.currency else { return }
        let onAmazon = try onAmazonMinor(order.amazonOrderId, db: db)
        let refused = try db.cachedRows(sql: "SELECT id, failure FROM refund WHERE amazonOrderId = ? AND state = 'failed' AND failure LIKE 'Amazon refused it: %'",
                                        arguments: [order.amazonOrderId])
        for row in refused {
            let words = amazonsWords(refused: row["failure"])
            let stored = try StoredWords { refusedAfterAmazonsOwn(onAmazon, currency: currency, words) }
            try db.cachedExecute(sql: "UPDATE refund SET failure = ?, failureWords = ?, updatedAt = ? WHERE id = ?",
                                 arguments: [stored.english, stored.json, now.timeIntervalSince1970, row["id"] as Int64])
        }
    }

    /// The local order shows what the console refunded: all of it, or part.
    static func markLocalOrderRefunded(_ amazonOrderId: String, db: Database, at now: Date) throws {
        guard let order = try AmazonOrderTable.find(amazonOrderId, db: db), let total = order.total,
              let local = try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db),
              [.processing, .shipped, .partiallyRefunded].contains(local.status) else { return }
        let done = try db.cachedValue(Int64.self, sql: "SELECT COALESCE(SUM(amountMinor), 0) FROM refund WHERE amazonOrderId = ? AND state = 'done'",
                                      arguments: [amazonOrderId]) ?? 0
        let status: LocalOrderStatus = done >= total.minorUnits ? .refunded : .partiallyRefunded
        try db.cachedExecute(sql: "UPDATE localOrder SET status = ?, updatedAt = ? WHERE id = ?", arguments: [status.rawValue, now.timeIntervalSince1970, local.id])
    }

    /// Records one refund event Amazon posted, once. It is the console's own when a refund of the same
    /// order and amount was submitted to Amazon before it was posted (processing a feed takes Amazon
    /// minutes) and is not matched yet; otherwise it was
    /// made on Amazon (R23), and refunds of the order not yet sent that no longer fit fail now (R21).
    /// Returns whether it was new.
    static func record(_ event: AmazonRefundEvent, db: Database) throws -> Bool {
        guard try db.cachedValue(Bool.self, sql: "SELECT 1 FROM amazonRefund WHERE eventKey = ?", arguments: [event.eventKey]) != true else { return false }
        if try adoptV0Record(event, db: db) { return false }
        let own = try db.cachedValue(Int64.self, sql: """
            SELECT r.id FROM refund r JOIN outbox o ON o.idempotencyKey = 'refund:' || r.id
            WHERE r.amazonOrderId = ? AND r.amountMinor = ? AND r.state IN ('waiting', 'done') AND o.state IN ('submitted', 'done')
              AND o.submittedAt < ?
              AND NOT EXISTS (SELECT 1 FROM amazonRefund a WHERE a.refundId = r.id)
            ORDER BY r.id LIMIT 1
            """, arguments: [event.amazonOrderId, event.amount.minorUnits, event.postedAt.timeIntervalSince1970])
        try db.cachedExecute(sql: "INSERT INTO amazonRefund (eventKey, amazonOrderId, postedAt, amountMinor, currency, refundId) VALUES (?, ?, ?, ?, ?, ?)",
                             arguments: [event.eventKey, event.amazonOrderId, event.postedAt.timeIntervalSince1970, event.amount.minorUnits, event.amount.currency, own])
        if own == nil, let order = try AmazonOrderTable.find(event.amazonOrderId, db: db) {
            try AmazonOrderTable.appendHistory(event.amazonOrderId, at: event.postedAt, tr("store.history.refunded-on-amazon", event.amount), db: db)
            try failUnsentRefundsThatNoLongerFit(order, db: db, at: event.postedAt)
            try sayRefusedAsRefundedOnAmazon(order, db: db, at: event.postedAt)
        }
        return true
    }

    /// The same refund, read before this store read Finances by transaction id (v0, keyed by its adjustment
    /// item ids): the row not yet taken over of the same order and amount posted nearest in time, within the
    /// 48 hours the overlap reads again, takes the transaction id as its key. Nothing else about it changes.
    static func adoptV0Record(_ event: AmazonRefundEvent, db: Database) throws -> Bool {
        let posted = event.postedAt.timeIntervalSince1970
        guard let key = try db.cachedValue(String.self, sql: """
            SELECT eventKey FROM amazonRefund
            WHERE amazonOrderId = ? AND amountMinor = ? AND v0Key = eventKey AND abs(postedAt - ?) <= ?
            ORDER BY abs(postedAt - ?), eventKey LIMIT 1
            """, arguments: [event.amazonOrderId, event.amount.minorUnits, posted, FinancesWindow.overlap, posted]) else { return false }
        try db.cachedExecute(sql: "UPDATE amazonRefund SET eventKey = ? WHERE eventKey = ?", arguments: [event.eventKey, key])
        return true
    }

    /// R21 before sending: a refund still in the outbox that Amazon's own refunds leave no room for is
    /// failed with the notice, instead of sending a feed Amazon would refuse.
    static func failUnsentRefundsThatNoLongerFit(_ order: AmazonOrder, db: Database, at now: Date) throws {
        let unsent = try db.cachedRows(sql: """
            SELECT r.id, r.amountMinor, o.id AS outboxId FROM refund r JOIN outbox o ON o.idempotencyKey = 'refund:' || r.id
            WHERE r.amazonOrderId = ? AND r.state = 'waiting' AND o.state = 'queued' ORDER BY r.id DESC
            """, arguments: [order.amazonOrderId])
        for row in unsent {
            let refundId: Int64 = row["id"]
            guard let currency = order.total?.currency else { return }
            try db.cachedExecute(sql: "UPDATE refund SET state = 'failed' WHERE id = ?", arguments: [refundId])  // weighed without itself
            let local = try LocalOrderTable.find(amazonOrderId: order.amazonOrderId, db: db)?.status
            let amount = Money(minorUnits: row["amountMinor"], currency: currency), weighed = try balance(order, db: db)
            // The rule's notice, asked again in each language the store keeps it in.
            let notice = { () -> String? in
                guard case .alreadyRefundedOnAmazon(let notice)? = try? RefundRules.check(amount, order: order, local: local, balance: weighed) else { return nil }
                return notice
            }
            guard notice() != nil else {
                try db.cachedExecute(sql: "UPDATE refund SET state = 'waiting' WHERE id = ?", arguments: [refundId])
                continue
            }
            let stored = try StoredWords { notice() ?? "" }
            try db.cachedExecute(sql: "UPDATE refund SET failure = ?, failureWords = ?, updatedAt = ? WHERE id = ?",
                                 arguments: [stored.english, stored.json, now.timeIntervalSince1970, refundId])
            try db.cachedExecute(sql: "UPDATE outbox SET state = 'failed', lastError = ?, lastErrorWords = ?, refusedBy = 'console', updatedAt = ? WHERE id = ?",
                                 arguments: [stored.english, stored.json, now.timeIntervalSince1970, row["outboxId"] as Int64])
            try AmazonOrderTable.appendHistory(order.amazonOrderId, at: now, tr("store.history.refund-not-sent", notice() ?? ""), db: db)
        }
    }
}

/// A refund Amazon posted (a Finances transaction of type Refund), as a positive amount; `eventKey` is its
/// transaction id.
public struct AmazonRefundEvent: Sendable, Equatable {
    public var eventKey: String
    public var amazonOrderId: String
    public var postedAt: Date
    public var amount: Money

    public init(eventKey: String, amazonOrderId: String, postedAt: Date, amount: Money) {
        self.eventKey = eventKey
        self.amazonOrderId = amazonOrderId
        self.postedAt = postedAt
        self.amount = amount
    }
}
