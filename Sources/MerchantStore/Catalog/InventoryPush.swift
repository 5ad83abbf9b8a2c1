import Foundation
import GRDB
import MerchantCore

/// Queues the quantity offered on Amazon whenever it changes (R25): one open message per listing,
/// updated in place while Amazon has not yet received it, so a burst of changes sends one PATCH.
enum InventoryPush {
    /// FBA listings take their quantity from Amazon's warehouse, not from ours (R26).
    static func offersOnAmazon(_ p: Product) -> Bool { p.asin != nil && !p.fba }

    static func enqueueIfChanged(productSkus: some Sequence<String>, db: Database, at now: Date, force: Bool = false) throws {
        for sku in Set(productSkus) {
            guard let row = try db.cachedRow(sql: "SELECT * FROM product WHERE sku = ?", arguments: [sku]) else { continue }
            let product = CatalogTable.product(row)
            guard offersOnAmazon(product) else { continue }
            let stock = try CatalogTable.stock(of: sku, onHand: product.stockOnHand, db: db)
            let offered = stock.offeredOnAmazon(override: product.amazonStockOverride, enabled: product.enabled)
            let last: Int? = row["lastOfferedQuantity"]
            guard force || offered != last else { continue }
            try db.cachedExecute(sql: "UPDATE product SET lastOfferedQuantity = ? WHERE sku = ?", arguments: [offered, sku])
            let listingSkus = [sku] + (try CatalogTable.mappedSkus(of: sku, db: db))
            for listing in listingSkus {
                let payload = InventoryPayload(sku: listing, quantity: offered, handlingDays: product.handlingDays)
                let data = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
                try db.cachedExecute(sql: """
                    UPDATE outbox SET payload = ?, updatedAt = ? WHERE kind = 'inventory' AND subject = ? AND state = 'queued'
                    """, arguments: [data, now.timeIntervalSince1970, listing])
                if db.changesCount == 0 {
                    let sequence = (try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM outbox WHERE kind = 'inventory' AND subject = ?", arguments: [listing]) ?? 0) + 1
                    try OutboxTable.enqueue(db, key: "inventory:\(listing):\(sequence)", kind: .inventory, subject: listing, payload: payload, at: now)
                }
            }
        }
    }
}

extension MerchantStore {
    /// Queues the quantity of every listing Amazon has never been told (a new connection, a new product).
    public func queueUntoldListings(at now: Date) throws {
        try pool.write { db in
            let skus = try db.cachedValues(String.self, sql: "SELECT sku FROM product WHERE lastOfferedQuantity IS NULL AND asin IS NOT NULL AND fba = 0")
            try InventoryPush.enqueueIfChanged(productSkus: skus, db: db, at: now)
        }
    }
}
