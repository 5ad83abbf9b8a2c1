import Foundation
import GRDB
import MerchantCore

/// The merchant's own order made from an Amazon order.
public struct LocalOrder: Sendable, Equatable, Codable {
    public var id: Int64
    public var amazonOrderId: String?
    public var status: LocalOrderStatus
    public var paymentStatus: PaymentStatus
    public var takesStock: Bool
    public var lines: [LocalOrderLine]
}

extension LocalOrder {
    /// Units the merchant's own record counts as shipped, the moment `ship` committed (Amazon may not report them yet).
    public var unitsShipped: Int { lines.reduce(0) { $0 + $1.quantityShipped } }
}

/// One line of a local order: which product, how many, how many shipped.
public struct LocalOrderLine: Sendable, Equatable, Codable {
    public var orderItemId: String
    public var productSku: String
    public var quantity: Int
    public var quantityShipped: Int
}

enum LocalOrderTable {
    static func find(amazonOrderId: String, db: Database) throws -> LocalOrder? {
        guard let row = try db.cachedRow(sql: "SELECT * FROM localOrder WHERE amazonOrderId = ?", arguments: [amazonOrderId]) else { return nil }
        let id: Int64 = row["id"]
        let lines = try db.cachedRows(sql: "SELECT * FROM localOrderLine WHERE localOrderId = ? ORDER BY orderItemId", arguments: [id]).map {
            LocalOrderLine(orderItemId: $0["orderItemId"], productSku: $0["productSku"], quantity: $0["quantity"], quantityShipped: $0["quantityShipped"])
        }
        return LocalOrder(id: id, amazonOrderId: row["amazonOrderId"], status: LocalOrderStatus(rawValue: row["status"]) ?? .processing,
                          paymentStatus: PaymentStatus(rawValue: row["paymentStatus"]) ?? .paid, takesStock: row["takesStock"], lines: lines)
    }

    /// Every line of the order shipped in full, and the order shipped (Amazon shipped a shop order, or the merchant did).
    static func shipWhole(localOrderId: Int64, db: Database, at now: Date) throws {
        try db.cachedExecute(sql: "UPDATE localOrderLine SET quantityShipped = quantity WHERE localOrderId = ?", arguments: [localOrderId])
        try db.cachedExecute(literal: "UPDATE localOrder SET status = \(LocalOrderStatus.shipped.rawValue), updatedAt = \(now.timeIntervalSince1970) WHERE id = \(localOrderId)")
    }

    static func create(for order: AmazonOrder, payment: PaymentStatus, takesStock: Bool, db: Database, at now: Date) throws -> LocalOrder {
        try db.cachedExecute(sql: """
            INSERT INTO localOrder (channel, amazonOrderId, status, paymentStatus, takesStock, createdAt, updatedAt)
            VALUES ('amazon', ?, ?, ?, ?, ?, ?)
            """, arguments: [order.amazonOrderId, LocalOrderStatus.processing.rawValue, payment.rawValue, takesStock, now.timeIntervalSince1970, now.timeIntervalSince1970])
        let id = db.lastInsertedRowID
        for item in order.items {
            let productSku = try db.cachedValue(String.self, sql: "SELECT productSku FROM skuMapping WHERE amazonSku = ?", arguments: [item.sku]) ?? item.sku
            // Shipped units are counted by `follow`, so a line starts unshipped.
            try db.cachedExecute(sql: "INSERT INTO localOrderLine (localOrderId, orderItemId, productSku, quantity) VALUES (?, ?, ?, ?)",
                           arguments: [id, item.orderItemId, productSku, item.quantityOrdered])
        }
        guard let local = try find(amazonOrderId: order.amazonOrderId, db: db) else { throw StoreError.unknownOrder(order.amazonOrderId) }
        return local
    }
}
