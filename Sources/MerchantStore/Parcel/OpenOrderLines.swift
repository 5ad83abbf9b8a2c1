import Foundation
import GRDB
import MerchantCore

extension MerchantStore {
    /// What is still to ship of the merchant's own Amazon orders (MFN, unshipped or partly shipped, imported and
    /// not cancelled), one row per order line with units left, the most urgent order first: what the pick list sums.
    /// Read through the index of orders to ship (`amazonOrder_toShip`), so a store of a million shipped orders
    /// reads only the open ones.
    public func openOrderLines() throws -> [OpenOrderLine] {
        try pool.read { db in
            try db.cachedRows(sql: Self.openOrderLinesSQL).map { row in
                let bin: String? = row["bin"]
                return OpenOrderLine(amazonOrderId: row["amazonOrderId"], sku: row["productSku"], title: row["title"],
                                     bin: bin.flatMap { try? BinLocation.parse($0) }, quantity: row["open"])
            }
        }
    }

    static let openOrderLinesSQL = """
        SELECT a.amazonOrderId, l.productSku, p.title, p.bin,
               l.quantity - MAX(l.quantityShipped, COALESCE(i.quantityShipped, 0)) AS open
        FROM amazonOrder a INDEXED BY amazonOrder_toShip
        JOIN localOrder o ON o.amazonOrderId = a.amazonOrderId
        JOIN localOrderLine l ON l.localOrderId = o.id
        JOIN product p ON p.sku = l.productSku
        LEFT JOIN amazonOrderItem i ON i.amazonOrderId = a.amazonOrderId AND i.orderItemId = l.orderItemId
        WHERE a.status IN ('UNSHIPPED', 'PARTIALLY_SHIPPED') AND a.fulfillmentChannel = 'MERCHANT'
          AND o.status = 'processing' AND open > 0
        ORDER BY a.latestShipDate, a.amazonOrderId, l.orderItemId
        """
}
