import Foundation
import GRDB

/// Amazon's warehouse stock per SKU (FBA): what it can ship now, what it holds for orders it is
/// fulfilling, what is on its way in. Amazon ships AFN orders and fulfillment orders from it.
enum FBAStock {
    /// What a new FBA listing starts with at Amazon's warehouse.
    static let initialQuantity = 60

    struct Level: Equatable {
        var sku: String
        var fulfillable: Int
        var reserved: Int
        var inboundShipped: Int
        var unfulfillable: Int
        var updatedAt: Int64
        var total: Int { fulfillable + reserved + unfulfillable }
    }

    static func stockIfNew(_ db: Database, sku: String) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO fbaStock (sku, fulfillable, updatedAt) VALUES (?, ?, 0)", arguments: [sku, initialQuantity])
    }

    static func set(_ db: Database, sku: String, fulfillable: Int, at: Int64) throws {
        try db.execute(sql: """
            INSERT INTO fbaStock (sku, fulfillable, updatedAt) VALUES (?, ?, ?)
            ON CONFLICT(sku) DO UPDATE SET fulfillable = excluded.fulfillable, updatedAt = excluded.updatedAt
            """, arguments: [sku, fulfillable, at])
    }

    static func level(_ db: Database, sku: String) throws -> Level? {
        try Row.fetchOne(db, sql: "SELECT * FROM fbaStock WHERE sku = ?", arguments: [sku]).map(level)
    }

    /// Levels in SKU order after `afterSku`, at most `limit`, optionally only some SKUs.
    static func levels(_ db: Database, skus: [String]?, afterSku: String, limit: Int) throws -> [Level] {
        if let skus {
            return try skus.sorted().filter { $0 > afterSku }.compactMap { try level(db, sku: $0) }.prefix(limit).map { $0 }
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM fbaStock WHERE sku > ? ORDER BY sku LIMIT ?", arguments: [afterSku, limit]).map(level)
    }

    static func level(_ row: Row) -> Level {
        Level(sku: row["sku"], fulfillable: row["fulfillable"], reserved: row["reserved"], inboundShipped: row["inboundShipped"],
              unfulfillable: row["unfulfillable"], updatedAt: row["updatedAt"])
    }

    /// Takes what Amazon shipped for an AFN order out of its warehouse (never below zero).
    static func ship(_ db: Database, shipped order: SimOrder, before: SimOrder, at: Int64) throws {
        for item in order.items {
            let units = item.shipped - (before.items.first { $0.id == item.id }?.shipped ?? 0)
            guard units > 0 else { continue }
            try db.execute(sql: "UPDATE fbaStock SET fulfillable = MAX(0, fulfillable - ?), updatedAt = ? WHERE sku = ?",
                           arguments: [units, at, item.sku])
        }
    }
}
