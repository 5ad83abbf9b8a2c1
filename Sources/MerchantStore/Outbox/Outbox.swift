import Foundation
import GRDB
import MerchantCore

/// What the console owes Amazon.
public enum OutboxKind: String, Codable, Sendable, CaseIterable {
    case acknowledgement, inventory, shipment, cancellation, refund
    /// A shop order for Amazon to fulfil (R26), and the merchant's cancellation of one.
    case fulfillment, fulfillmentCancel
    /// A label bought through Amazon (Shipping v2 purchaseShipment), and its void (cancelShipment).
    case label, labelVoid
}

/// How far a message has come. Feeds pass through `uploaded` and `submitting` so that a crash between
/// sending and recording is recognised, and a feed is never created twice (R29). An inventory message is
/// `submitting` from its first send on, so it is no longer rewritten in place under its key.
public enum OutboxState: String, Codable, Sendable {
    case queued, uploaded, submitting, submitted, done, failed
}

/// Who refused a failed message: Amazon, which answered it, or the console, which kept it back before sending
/// because a rule said Amazon would not take it (R21, R27).
public enum OutboxRefuser: String, Codable, Sendable {
    case amazon, console
}

/// One message owed to Amazon, with its idempotency key.
public struct OutboxMessage: Sendable, Equatable {
    public var id: Int64
    public var idempotencyKey: String
    public var kind: OutboxKind
    public var subject: String
    public var payload: Data
    public var state: OutboxState
    public var attempts: Int
    /// The last error: Amazon's words as it wrote them, or the store's own English record (`--json` shows it).
    public var lastError: String?
    public var feedDocumentId: String?
    public var feedId: String?
    public var submittedAt: Date?
    public var createdAt: Date
    /// The store's own last error in the other languages, by language code (none for Amazon's words).
    public var lastErrorWords: [String: String] = [:]
    /// Who refused it, when it failed.
    public var refusedBy: OutboxRefuser?
    /// When it last changed: for a failed message, when it failed.
    public var updatedAt: Date?

    /// How long a failed message stays listed beside the waiting ones (the Outbox pane, `merchant outbox`, the
    /// counts of refusals): a week, so that a merchant who looks in once a week still reads it, while an old
    /// refusal does not stand there for good. The activity log and `merchant outbox --all` keep it after that.
    public static let failuresShownFor: TimeInterval = 7 * 24 * 3600

    /// `failuresShownFor` in whole days, as the merchant reads it.
    public static var failuresShownDays: Int { Int(failuresShownFor / 86400) }

    /// The oldest failure still listed at `now`.
    public static func failuresShownSince(_ now: Date) -> Date { now.addingTimeInterval(-failuresShownFor) }

    /// The last error in the language the merchant reads now.
    public var lastErrorInMerchantsWords: String? { lastError.map { StoredWords.read($0, lastErrorWords) } }

    public func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: payload) }
}

/// An imported order's acknowledgement (R6).
public struct AcknowledgementPayload: Codable, Sendable, Equatable {
    public var amazonOrderId: String
    public var merchantOrderId: String
    public var marketplaceId: String
    public var orderItemIds: [String]
}

/// The quantity (and handling time) offered on Amazon for one listing SKU (R25).
public struct InventoryPayload: Codable, Sendable, Equatable {
    public var sku: String
    public var quantity: Int
    public var handlingDays: Int?
}

enum OutboxTable {
    static func enqueue(_ db: Database, key: String, kind: OutboxKind, subject: String, payload: some Encodable, at now: Date) throws {
        let data = try JSONEncoder().encode(payload)
        // The key is unique: enqueuing the same message twice is a no-op, never a second message.
        try db.cachedExecute(sql: """
            INSERT INTO outbox (idempotencyKey, kind, subject, payload, state, createdAt, updatedAt)
            VALUES (?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT (idempotencyKey) DO NOTHING
            """, arguments: [key, kind.rawValue, subject, String(decoding: data, as: UTF8.self), now.timeIntervalSince1970, now.timeIntervalSince1970])
    }

    static func message(_ row: Row) -> OutboxMessage {
        let submitted: Double? = row["submittedAt"]
        let payload: String = row["payload"]
        return OutboxMessage(
            id: row["id"], idempotencyKey: row["idempotencyKey"], kind: OutboxKind(rawValue: row["kind"]) ?? .acknowledgement,
            subject: row["subject"], payload: Data(payload.utf8), state: OutboxState(rawValue: row["state"]) ?? .queued,
            attempts: row["attempts"], lastError: row["lastError"], feedDocumentId: row["feedDocumentId"], feedId: row["feedId"],
            submittedAt: submitted.map { Date(timeIntervalSince1970: $0) }, createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            lastErrorWords: StoredWords.decode(row["lastErrorWords"]), refusedBy: (row["refusedBy"] as String?).flatMap(OutboxRefuser.init),
            updatedAt: (row["updatedAt"] as Double?).map { Date(timeIntervalSince1970: $0) })
    }
}

extension MerchantStore {
    /// Messages not yet confirmed by Amazon, oldest first; optionally of one kind. Read through their partial
    /// index: in id order SQLite would otherwise walk the outbox from its first message ever to find them.
    public func openOutbox(kind: OutboxKind? = nil, limit: Int = 500) throws -> [OutboxMessage] {
        try pool.read { db in
            try db.cachedRows(sql: """
                SELECT * FROM outbox INDEXED BY outbox_open WHERE state NOT IN ('done', 'failed') AND (? IS NULL OR kind = ?)
                ORDER BY id LIMIT ?
                """, arguments: [kind?.rawValue, kind?.rawValue, limit]).map(OutboxTable.message)
        }
    }

    /// Every message, newest first (`merchant outbox --all`); or those not confirmed yet, and with `failedSince` the
    /// failures since then, newest failure first, ahead of them (the Outbox pane and `merchant outbox`).
    public func outbox(includeDone: Bool, failedSince: Date? = nil, limit: Int = 200) throws -> [OutboxMessage] {
        // Separate statements, not `? OR state …`: the open ones alone are read through their partial index
        // instead of walking every message ever sent, newest first, in search of them; the failed ones through theirs.
        try pool.read { db in
            if includeDone { return try db.cachedRows(sql: "SELECT * FROM outbox ORDER BY id DESC LIMIT ?", arguments: [limit]).map(OutboxTable.message) }
            let failed = try failedSince.map {
                try db.cachedRows(sql: """
                    SELECT * FROM outbox INDEXED BY outbox_failed WHERE state = 'failed' AND updatedAt >= ? ORDER BY updatedAt DESC, id DESC LIMIT ?
                    """, arguments: [$0.timeIntervalSince1970, limit]).map(OutboxTable.message)
            } ?? []
            let open = try db.cachedRows(sql: """
                SELECT * FROM outbox INDEXED BY outbox_open WHERE state NOT IN ('done', 'failed') ORDER BY id DESC LIMIT ?
                """, arguments: [max(0, limit - failed.count)]).map(OutboxTable.message)
            return failed + open
        }
    }

    /// Marks a queued message as leaving and returns it as it stands at that moment. A queued inventory message is
    /// rewritten in place by each newer quantity until then, so what goes out must be read in the same transaction
    /// that marks it: a copy read earlier may carry a quantity already replaced, which Amazon would keep (R25).
    /// Nil when the message is gone or was finished meanwhile.
    public func claimOutbox(id: Int64, at now: Date) throws -> OutboxMessage? {
        try pool.write { db in
            try db.cachedExecute(sql: """
                UPDATE outbox SET state = 'submitting', updatedAt = ?, submittedAt = ? WHERE id = ? AND state = 'queued'
                """, arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970, id])
            let message = try db.cachedRow(sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]).map(OutboxTable.message)
            return message?.state == .submitting ? message : nil
        }
    }

    /// Records progress of messages as Amazon answers them: a message failed here is one Amazon refused. Done and
    /// failed ones are written to the activity log.
    public func updateOutbox(
        ids: [Int64], state: OutboxState, feedDocumentId: String? = nil, feedId: String? = nil,
        error: String? = nil, countAttempt: Bool = false, at now: Date
    ) throws {
        guard !ids.isEmpty else { return }
        try pool.write { db in
            for id in ids {
                try db.cachedExecute(sql: """
                    UPDATE outbox SET state = ?, feedDocumentId = COALESCE(?, feedDocumentId), feedId = COALESCE(?, feedId),
                        lastError = ?, lastErrorWords = NULL, attempts = attempts + ?, updatedAt = ?,
                        submittedAt = CASE WHEN ? = 'submitting' THEN ? ELSE submittedAt END, refusedBy = ?
                    WHERE id = ?
                    """, arguments: [state.rawValue, feedDocumentId, feedId, error, countAttempt ? 1 : 0, now.timeIntervalSince1970,
                                     state.rawValue, now.timeIntervalSince1970, state == .failed ? OutboxRefuser.amazon.rawValue : nil, id])
                if state == .done || state == .failed,
                   let row = try db.cachedRow(sql: "SELECT kind, subject FROM outbox WHERE id = ?", arguments: [id]) {
                    let kind: String = row["kind"], subject: String = row["subject"]
                    try ActivityLog.append(db, at: now, actor: "sync", kind: kind, subject: subject,
                                           message: state == .done ? tr("store.activity.outbox-done", OutboxWords.activity(kind), subject)
                                                                   : tr("store.activity.outbox-refused", OutboxWords.activity(kind), subject,
                                                                        error ?? tr("store.activity.no-reason")))
                    if kind == OutboxKind.refund.rawValue { try RefundTable.follow(outboxId: id, done: state == .done, error: error, db: db, at: now) }
                }
            }
        }
    }

    /// Marks a batch as uploaded in its feed document, in one transaction, only if every message of it is still
    /// queued; returns whether it did. A message failed meanwhile (a refund that Amazon's own refund leaves no room
    /// for, R21) must not come back to life and go out in a document built before it failed.
    public func markOutboxUploaded(ids: [Int64], feedDocumentId: String, at now: Date) throws -> Bool {
        try pool.write { db in
            for id in ids where try db.cachedValue(String.self, sql: "SELECT state FROM outbox WHERE id = ?", arguments: [id]) != OutboxState.queued.rawValue {
                return false
            }
            for id in ids {
                try db.cachedExecute(sql: """
                    UPDATE outbox SET state = 'uploaded', feedDocumentId = ?, lastError = NULL, lastErrorWords = NULL, updatedAt = ? WHERE id = ?
                    """, arguments: [feedDocumentId, now.timeIntervalSince1970, id])
            }
            return true
        }
    }

    /// Notes a failed delivery attempt that will be retried.
    public func noteOutboxAttempt(ids: [Int64], error: String, at now: Date) throws {
        try pool.write { db in
            for id in ids {
                try db.cachedExecute(sql: "UPDATE outbox SET attempts = attempts + 1, lastError = ?, lastErrorWords = NULL, updatedAt = ? WHERE id = ?",
                               arguments: [error, now.timeIntervalSince1970, id])
            }
        }
    }

    /// Feed ids the outbox knows, to tell our own feeds from unknown ones after a crash.
    public func knownFeedIds() throws -> Set<String> {
        try pool.read { db in Set(try db.cachedValues(String.self, sql: "SELECT DISTINCT feedId FROM outbox WHERE feedId IS NOT NULL")) }
    }

    /// The messages not confirmed yet, and those failed (since `failedSince`, when given: what is listed).
    public func outboxCounts(failedSince: Date? = nil) throws -> (open: Int, failed: Int) {
        let refusals = try outboxRefusals(since: failedSince)
        return try pool.read { db in
            let open = try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM outbox WHERE state NOT IN ('done', 'failed')") ?? 0
            return (open, refusals.byAmazon + refusals.byConsole)
        }
    }

    /// The failed messages (since `since`, when given) by who refused them.
    public func outboxRefusals(since: Date? = nil) throws -> (byAmazon: Int, byConsole: Int) {
        try pool.read { db in
            let rows = try db.cachedRows(sql: """
                SELECT refusedBy, COUNT(*) AS n FROM outbox INDEXED BY outbox_failed WHERE state = 'failed' AND updatedAt >= ? GROUP BY refusedBy
                """, arguments: [since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude])
            var counts = (byAmazon: 0, byConsole: 0)
            for row in rows {
                if (row["refusedBy"] as String?) == OutboxRefuser.console.rawValue { counts.byConsole += row["n"] as Int } else { counts.byAmazon += row["n"] as Int }
            }
            return counts
        }
    }
}

extension MerchantStore {
    /// Puts messages back in the queue, forgetting their feed, to be sent in a new one.
    public func requeueOutbox(ids: [Int64], error: String, at now: Date) throws {
        try pool.write { db in
            for id in ids {
                try db.cachedExecute(sql: """
                    UPDATE outbox SET state = 'queued', feedDocumentId = NULL, feedId = NULL, submittedAt = NULL,
                        lastError = ?, lastErrorWords = NULL, attempts = attempts + 1, updatedAt = ? WHERE id = ?
                    """, arguments: [error, now.timeIntervalSince1970, id])
            }
        }
    }
}
