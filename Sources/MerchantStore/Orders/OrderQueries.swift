import Foundation
import GRDB
import MerchantCore

extension MerchantStore {
    /// Orders per Amazon status and per import state, kept by triggers (no count over the table).
    public func orderCounts() throws -> (byStatus: [AmazonOrderStatus: Int], byImportState: [ImportState: Int]) {
        try pool.read { db in
            var byStatus: [AmazonOrderStatus: Int] = [:]
            var byImport: [ImportState: Int] = [:]
            for row in try db.cachedRows(sql: "SELECT bucket, n FROM orderCount WHERE n > 0") {
                let bucket: String = row["bucket"]
                let parts = bucket.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[0] == "status", let s = AmazonOrderStatus(rawValue: parts[1]) { byStatus[s] = row["n"] }
                if parts[0] == "import", let s = ImportState(rawValue: parts[1]) { byImport[s] = row["n"] }
            }
            return (byStatus, byImport)
        }
    }

    /// Every reservation, oldest first (the Pending pane).
    public func reservations() throws -> [Reservation] {
        try pool.read { db in
            try db.cachedRows(sql: "SELECT * FROM reservation ORDER BY createdAt, amazonOrderId").map {
                Reservation(amazonOrderId: $0["amazonOrderId"], sku: $0["productSku"], quantity: $0["quantity"])
            }
        }
    }

    /// The pending orders whose reservation the stock cannot cover, with the shortage, by order id: paid now,
    /// each would be blocked (ReservationCover). Said at once, not when the payment comes.
    public func shortReservations() throws -> [String: [Blocker]] {
        ReservationCover.short(try reservations(), stock: Dictionary(try catalog().map { ($0.product.sku, $0.stock) }, uniquingKeysWith: { a, _ in a }))
    }
}

extension MerchantStore {
    /// Which of these orders the store holds as pending (the sync refetches them in full once paid, R12).
    public func pendingOrderIds(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try pool.read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return Set(try String.fetchAll(db, sql: """
                SELECT amazonOrderId FROM amazonOrder WHERE status IN \(StatusSQL.awaitingPayment) AND amazonOrderId IN (\(marks))
                """, arguments: StatementArguments(ids)))
        }
    }
}

extension MerchantStore {
    /// The items of several orders at once, by order id.
    public func orderItems(for ids: [String]) throws -> [String: [AmazonOrderItem]] {
        try pool.read { db in
            var result: [String: [AmazonOrderItem]] = [:]
            for id in ids { result[id] = try AmazonOrderTable.find(id, db: db)?.items }
            return result
        }
    }
}
