import Foundation
import GRDB
import MerchantCore

/// Amazon's warehouse stock per product, as the last FBA Inventory read found it.
enum FBAStockTable {
    static func level(_ sku: String, db: Database) throws -> FBAStockLevel? {
        try db.cachedRow(sql: "SELECT * FROM fbaStock WHERE productSku = ?", arguments: [sku]).map { row in
            FBAStockLevel(fulfillable: row["fulfillable"], reserved: row["reserved"], inbound: row["inbound"],
                          checkedAt: Date(timeIntervalSince1970: row["checkedAt"]))
        }
    }
}

extension MerchantStore {
    /// Records what Amazon reported for some products; SKUs the catalog does not know are ignored.
    public func recordFBAStock(_ levels: [String: FBAStockLevel]) throws {
        try pool.write { db in
            for (sku, level) in levels {
                try db.cachedExecute(sql: """
                    INSERT INTO fbaStock (productSku, fulfillable, reserved, inbound, checkedAt)
                    SELECT sku, ?, ?, ?, ? FROM product WHERE sku = ?
                    ON CONFLICT (productSku) DO UPDATE SET fulfillable = excluded.fulfillable, reserved = excluded.reserved,
                        inbound = excluded.inbound, checkedAt = excluded.checkedAt
                    """, arguments: [level.fulfillable, level.reserved, level.inbound, level.checkedAt.timeIntervalSince1970, sku])
            }
        }
    }

    /// The products whose FBA switch is on, in SKU order.
    public func fbaProductSkus() throws -> [String] {
        try pool.read { db in try db.cachedValues(String.self, sql: "SELECT sku FROM product WHERE fba = 1 ORDER BY sku") }
    }
}
