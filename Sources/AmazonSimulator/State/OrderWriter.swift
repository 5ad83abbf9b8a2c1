import Foundation
import GRDB

/// Writes a freshly generated order: applies the planned events already due by `until` in memory
/// (no scheduled row, no second write: this is what makes a million-order `advance` fast) and
/// schedules the rest.
enum OrderWriter {
    /// Returns the order's id (redrawn on the rare collision).
    @discardableResult
    static func insert(_ db: Database, _ order: SimOrder, plan: [PlannedEvent], until: Int64,
                       rng: inout SplitMix64, generator: OrderGenerator, encoder: JSONEncoder = JSONEncoder()) throws -> String {
        var order = order
        var lines: [(Int64, String, String)] = [(order.created, "placed", order.isPending ? "PENDING" : order.status)]
        var later: [PlannedEvent] = []
        for event in plan.sorted(by: { $0.at < $1.at }) {
            if event.at <= until {
                if let line = OrderLifecycle.apply(event.kind, to: &order, at: event.at) { lines.append((event.at, line.kind, line.detail)) }
            } else {
                later.append(event)
            }
        }
        // Order ids are random; on the rare collision draw another.
        while try !OrderTable.insert(db, order, encoder: encoder) { order.id = generator.orderId(&rng) }
        for (at, kind, detail) in lines { try OrderTable.record(db, orderId: order.id, at: at, kind: kind, detail: detail) }
        for event in later { try Scheduler.schedule(db, at: event.at, kind: event.kind.rawValue, ref: order.id) }
        return order.id
    }
}
