import Foundation
import GRDB

/// Reads and writes `SimOrder`s and their history with cached statements (`advance` writes a million).
enum OrderTable {
    static func load(_ db: Database, id: String) throws -> SimOrder? {
        guard let body = try Data.fetchOne(db, sql: "SELECT body FROM simOrder WHERE orderId = ?", arguments: [id]) else { return nil }
        return try JSONDecoder().decode(SimOrder.self, from: body)
    }

    /// Inserts a new order; false when its id is taken (the caller draws another).
    static func insert(_ db: Database, _ order: SimOrder, encoder: JSONEncoder = JSONEncoder()) throws -> Bool {
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO simOrder (orderId, createdTime, lastUpdatedTime, status, fulfilledBy, marketplaceId, body)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [order.id, order.created, order.updated, order.status,
                                          order.afn ? "AMAZON" : "MERCHANT", order.marketplaceId, try encoder.encode(order)])
        guard db.changesCount == 1 else { return false }
        try NotificationEmitter.orderWritten(db, before: nil, after: order)
        return true
    }

    /// Writes a changed order; a subscription to ORDER_CHANGE hears of a new status or a buyer's cancel request.
    static func update(_ db: Database, _ order: SimOrder) throws {
        let before = try NotificationTables.subscription(db) == nil ? nil : load(db, id: order.id)
        let statement = try db.cachedStatement(sql: """
            UPDATE simOrder SET lastUpdatedTime = ?, status = ?, body = ? WHERE orderId = ?
            """)
        try statement.execute(arguments: [order.updated, order.status, try JSONEncoder().encode(order), order.id])
        if let before { try NotificationEmitter.orderWritten(db, before: before, after: order) }
    }

    static func record(_ db: Database, orderId: String, at: Int64, kind: String, detail: String = "") throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO orderEvent (orderId, at, kind, detail) VALUES (?, ?, ?, ?)")
        try statement.execute(arguments: [orderId, at, kind, detail])
    }

    static func history(_ db: Database, orderId: String) throws -> [OrderHistoryEntry] {
        try Row.fetchAll(db, sql: "SELECT at, kind, detail FROM orderEvent WHERE orderId = ? ORDER BY id", arguments: [orderId])
            .map { OrderHistoryEntry(time: SimTime.iso($0["at"]), kind: $0["kind"], detail: $0["detail"]) }
    }
}

/// One line of an order's history on the simulated Amazon.
public struct OrderHistoryEntry: Codable, Sendable, Equatable {
    public var time: String
    public var kind: String
    public var detail: String
}
