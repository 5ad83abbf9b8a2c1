import Foundation
import GRDB
import MerchantCore

/// One line of the refund queue.
public struct RefundEntry: Sendable, Equatable, Codable {
    /// The refund's number; 0 for a cancellation's refund, which has none of its own (it travels with the cancellation).
    public var id: Int64
    public var amazonOrderId: String
    public var buyerName: String?
    public var state: RefundState
    public var origin: RefundOrigin
    /// What the merchant refunds; nil while only requested.
    public var amount: Money?
    /// For a return: what the returned package was worth.
    public var suggested: Money?
    public var reason: String?
    /// Why it failed: the English record, as `--json` shows it.
    public var failure: String?
    public var packageReferenceId: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// The failure in the other languages it was written in, by language code.
    public var failureWords: [String: String] = [:]

    /// Why it failed, in the language the merchant reads now (English for a refund that failed before v24).
    public var failureInMerchantsWords: String? { failure.map { StoredWords.read($0, failureWords) } }
}

/// A refund made on Amazon directly, not by the console (R23).
public struct AmazonRefundEntry: Sendable, Equatable, Codable {
    public var amazonOrderId: String
    public var buyerName: String?
    public var amount: Money
    public var postedAt: Date
}

/// Refund sums per currency, the console's own apart from Amazon's (R23).
public struct RefundTotals: Sendable, Equatable, Codable {
    public struct Line: Sendable, Equatable, Codable {
        public var currency: String
        public var done: Money
        public var waiting: Money
        public var failed: Money
        public var onAmazon: Money
    }
    public var requested: Int
    public var lines: [Line]
}

/// What is left to refund of one order (`MerchantStore.refundable(of:)`), the console's own refunds apart
/// from Amazon's (R23).
public struct Refundable: Sendable, Equatable {
    /// What has been refunded so far: by the console (not failed), and on Amazon directly.
    public var balance: RefundBalance
    /// The order total less the console's own refunds: no refund may be more (R22).
    public var left: Money
    /// `left` less what was refunded on Amazon directly: a refund above it fails as already refunded there (R21).
    public var leftAtAmazon: Money
}

extension MerchantStore {
    /// The queue, the merchant's work first: requested, then waiting for Amazon, failed, done; newest first in each.
    /// The refunds of the merchant's cancellations are in it too (R18), in the state of the cancellation's message.
    public func refundQueue(limit: Int = 200) throws -> [RefundEntry] {
        try pool.read { db in
            try db.cachedRows(sql: """
                SELECT * FROM (
                    SELECT \(Self.refundColumns) FROM refund r LEFT JOIN amazonOrder o ON o.amazonOrderId = r.amazonOrderId
                    UNION ALL
                    SELECT \(Self.cancellationColumns) FROM cancellation c
                    LEFT JOIN outbox m ON m.idempotencyKey = 'cancel:' || c.amazonOrderId
                    LEFT JOIN amazonOrder o ON o.amazonOrderId = c.amazonOrderId
                )
                ORDER BY CASE state WHEN 'requested' THEN 0 WHEN 'waiting' THEN 1 WHEN 'failed' THEN 2 ELSE 3 END, updatedAt DESC, id DESC
                LIMIT ?
                """, arguments: [limit]).map(Self.refundEntry)
        }
    }

    /// A refund's columns, named so that a cancellation's row (`cancellationColumns`) lines up with them.
    static let refundColumns = """
        r.id, r.amazonOrderId, r.origin, r.packageReferenceId, r.state, r.amountMinor, r.suggestedMinor, r.currency, r.reason,
        r.failure, r.failureWords, r.lines, r.createdAt, r.updatedAt, r.requestId, o.buyerName
        """

    /// A cancellation as a row of the refund table: its refund waits for Amazon until the cancellation is
    /// done, and fails with it. It has no refund id of its own (0). `c`: the cancellation, `m`: its outbox message.
    static let cancellationColumns = """
        0 AS id, c.amazonOrderId, 'cancellation' AS origin, NULL AS packageReferenceId,
        CASE m.state WHEN 'done' THEN 'done' WHEN 'failed' THEN 'failed' ELSE 'waiting' END AS state,
        c.refundMinor AS amountMinor, NULL AS suggestedMinor, c.currency, c.reason,
        CASE m.state WHEN 'failed' THEN COALESCE(m.lastError, '') END AS failure, CASE m.state WHEN 'failed' THEN m.lastErrorWords END AS failureWords,
        NULL AS lines, c.createdAt, COALESCE(m.updatedAt, c.createdAt) AS updatedAt, NULL AS requestId, o.buyerName
        """

    /// The refunds of one order, oldest first (its detail).
    public func refunds(of amazonOrderId: String) throws -> (own: [RefundEntry], onAmazon: [AmazonRefundEntry]) {
        try pool.read { db in
            let own = try db.cachedRows(sql: """
                SELECT \(Self.cancellationColumns) FROM cancellation c
                LEFT JOIN outbox m ON m.idempotencyKey = 'cancel:' || c.amazonOrderId
                LEFT JOIN amazonOrder o ON o.amazonOrderId = c.amazonOrderId
                WHERE c.amazonOrderId = ?
                """, arguments: [amazonOrderId]).map(Self.refundEntry) + db.cachedRows(sql: """
                SELECT r.*, o.buyerName FROM refund r LEFT JOIN amazonOrder o ON o.amazonOrderId = r.amazonOrderId
                WHERE r.amazonOrderId = ? ORDER BY r.id
                """, arguments: [amazonOrderId]).map(Self.refundEntry)
            let amazon = try Self.amazonRefundRows(db, filter: "a.amazonOrderId = ?", arguments: [amazonOrderId], limit: 1_000)
            return (own, amazon)
        }
    }

    /// Refunds made on Amazon directly, newest first (R23).
    public func refundsOnAmazon(limit: Int = 200) throws -> [AmazonRefundEntry] {
        try pool.read { db in try Self.amazonRefundRows(db, filter: "1", arguments: [], limit: limit) }
    }

    /// What can still be refunded of one order, and the balance `RefundRules.check` weighs a refund against:
    /// the console's dialog proposes `leftAtAmazon` (or `left` when Amazon's own refunds took it all) and checks
    /// what is typed with the rules themselves.
    ///
    ///     let r = try store.refundable(of: "302-…")   // r.left: 12.99 EUR, r.balance.onAmazon: 0.00 EUR
    public func refundable(of amazonOrderId: String) throws -> Refundable {
        try pool.read { db in
            guard let order = try AmazonOrderTable.find(amazonOrderId, db: db) else { throw StoreError.unknownOrder(amazonOrderId) }
            let balance = try RefundTable.balance(order, db: db)
            let total = order.total ?? Money(minorUnits: 0, currency: balance.byConsole.currency)
            return Refundable(balance: balance, left: balance.left(of: total), leftAtAmazon: balance.leftAtAmazon(of: total))
        }
    }

    /// Sums for the queue's header: the console's refunds by state, Amazon's own apart (R23).
    public func refundTotals() throws -> RefundTotals {
        try pool.read { db in
            var byCurrency: [String: [String: Int64]] = [:]
            for row in try db.cachedRows(sql: """
                SELECT currency, state, SUM(amountMinor) AS total FROM (
                    SELECT currency, state, amountMinor FROM refund WHERE amountMinor IS NOT NULL
                    UNION ALL
                    SELECT c.currency, CASE m.state WHEN 'done' THEN 'done' WHEN 'failed' THEN 'failed' ELSE 'waiting' END, c.refundMinor
                    FROM cancellation c LEFT JOIN outbox m ON m.idempotencyKey = 'cancel:' || c.amazonOrderId
                ) GROUP BY currency, state
                """) {
                byCurrency[row["currency"], default: [:]][row["state"]] = row["total"]
            }
            for row in try db.cachedRows(sql: "SELECT currency, SUM(amountMinor) AS total FROM amazonRefund WHERE refundId IS NULL GROUP BY currency") {
                byCurrency[row["currency"], default: [:]]["onAmazon"] = row["total"]
            }
            let requested = try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM refund WHERE state = 'requested'") ?? 0
            let lines = byCurrency.keys.sorted().map { currency in
                let sums = byCurrency[currency] ?? [:]
                let money = { (key: String) in Money(minorUnits: sums[key] ?? 0, currency: currency) }
                return RefundTotals.Line(currency: currency, done: money("done"), waiting: money("waiting"), failed: money("failed"), onAmazon: money("onAmazon"))
            }
            return RefundTotals(requested: requested, lines: lines)
        }
    }

    static func refundEntry(_ row: Row) -> RefundEntry {
        let currency: String = row["currency"]
        let money = { (minor: Int64?) in minor.map { Money(minorUnits: $0, currency: currency) } }
        let origin = RefundOrigin(rawValue: row["origin"]) ?? .merchant
        var failure: String? = row["failure"], failureWords = StoredWords.decode(row["failureWords"])
        if origin == .cancellation, let why = failure {
            // A cancellation's refund fails with its message: the console's words around Amazon's (or the store's own).
            let stored = try? StoredWords {
                tr("store.notice.cancellation-failed", failureWords[Language.current.rawValue] ?? (why.isEmpty ? tr("store.no-reason-given") : why))
            }
            failure = stored?.english
            failureWords = StoredWords.decode(stored?.json)
        }
        return RefundEntry(
            id: row["id"], amazonOrderId: row["amazonOrderId"], buyerName: row["buyerName"],
            state: RefundState(rawValue: row["state"]) ?? .requested, origin: origin,
            amount: money(row["amountMinor"]), suggested: money(row["suggestedMinor"]), reason: row["reason"], failure: failure,
            packageReferenceId: row["packageReferenceId"], createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            updatedAt: Date(timeIntervalSince1970: row["updatedAt"]), failureWords: failureWords)
    }

    static func amazonRefundRows(_ db: Database, filter: String, arguments: StatementArguments, limit: Int) throws -> [AmazonRefundEntry] {
        try db.cachedRows(sql: """
            SELECT a.*, o.buyerName FROM amazonRefund a LEFT JOIN amazonOrder o ON o.amazonOrderId = a.amazonOrderId
            WHERE a.refundId IS NULL AND \(filter) ORDER BY a.postedAt DESC LIMIT ?
            """, arguments: arguments + [limit]).map { row in
            AmazonRefundEntry(amazonOrderId: row["amazonOrderId"], buyerName: row["buyerName"],
                              amount: Money(minorUnits: row["amountMinor"], currency: row["currency"]), postedAt: Date(timeIntervalSince1970: row["postedAt"]))
        }
    }
}
