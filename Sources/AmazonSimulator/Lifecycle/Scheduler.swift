import Foundation
import GRDB

/// Events due later (a payment, a fraud cancel, an AFN shipment, a feed's progress), kept in
/// `scheduledEvent` and applied lazily: every request first applies what is due by now, in time order,
/// stamping each change with its scheduled time.
enum Scheduler {
    static let feedStart = "feedStart"
    static let feedDone = "feedDone"

    static func schedule(_ db: Database, at: Int64, kind: String, ref: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO scheduledEvent (at, kind, ref) VALUES (?, ?, ?)")
        try statement.execute(arguments: [at, kind, ref])
    }

    /// Applies every event due at or before `now`.
    static func processDue(_ db: Database, now: Int64) throws {
        while true {
            let due = try Row.fetchAll(db, sql: "SELECT id, at, kind, ref FROM scheduledEvent WHERE at <= ? ORDER BY at, id LIMIT 500", arguments: [now])
            if due.isEmpty { return }
            for row in due {
                let at: Int64 = row["at"], kind: String = row["kind"], ref: String = row["ref"]
                switch kind {
                case feedStart: try FeedProcessor.start(db, feedId: ref, at: at)
                case feedDone: try FeedProcessor.finish(db, feedId: ref, at: at)
                case FulfillmentLifecycle.advanceKind: try FulfillmentLifecycle.advance(db, id: ref, at: at)
                default:
                    guard let event = PlannedEvent.Kind(rawValue: kind), var order = try OrderTable.load(db, id: ref) else { break }
                    let before = order
                    if let line = OrderLifecycle.apply(event, to: &order, at: at) {
                        if event == .afnShip { try FBAStock.ship(db, shipped: order, before: before, at: at) }
                        try OrderTable.update(db, order)
                        try OrderTable.record(db, orderId: order.id, at: at, kind: line.kind, detail: line.detail)
                    }
                }
                try db.execute(sql: "DELETE FROM scheduledEvent WHERE id = ?", arguments: [row["id"] as Int64])
            }
        }
    }
}
