import Foundation
import GRDB
import MerchantCore

/// Where an Amazon order stands with respect to the merchant's own store.
public enum ImportState: String, Codable, Sendable, CaseIterable {
    case imported, blocked, reserved, awaitingPayment, readOnly, beforeConnection, none
}

/// Reads and writes Amazon orders as received, with their items, packages and search text.
enum AmazonOrderTable {
    static func find(_ id: String, db: Database) throws -> AmazonOrder? {
        guard let row = try db.cachedRow(sql: "SELECT * FROM amazonOrder WHERE amazonOrderId = ?", arguments: [id]) else { return nil }
        return try order(row, db: db)
    }

    static func order(_ row: Row, db: Database) throws -> AmazonOrder {
        let id: String = row["amazonOrderId"]
        let currency: String? = row["currency"]
        let totalMinor: Int64? = row["totalMinor"]
        let items = try db.cachedRows(sql: "SELECT * FROM amazonOrderItem WHERE amazonOrderId = ? ORDER BY position", arguments: [id]).map { r in
            let price: Int64? = r["unitPriceMinor"]
            return AmazonOrderItem(
                orderItemId: r["orderItemId"], sku: r["sku"], asin: r["asin"], title: r["title"],
                quantityOrdered: r["quantityOrdered"], quantityShipped: r["quantityShipped"],
                unitPrice: price.flatMap { p in currency.map { Money(minorUnits: p, currency: $0) } })
        }
        let packages = try db.cachedRows(sql: "SELECT * FROM amazonOrderPackage WHERE amazonOrderId = ? ORDER BY shipDate, packageReferenceId", arguments: [id]).map { r in
            let shipDate: Double? = r["shipDate"]
            let lines: String = r["items"]
            return ShipmentPackage(
                packageReferenceId: r["packageReferenceId"], carrier: r["carrier"], trackingNumber: r["trackingNumber"],
                shipDate: shipDate.map { Date(timeIntervalSince1970: $0) },
                items: (try? JSONDecoder().decode([PackageLine].self, from: Data(lines.utf8))) ?? [], detailedStatus: r["detailedStatus"])
        }
        let address: String? = row["shippingAddress"]
        let latest: Double? = row["latestShipDate"]
        let earliestDelivery: Double? = row["earliestDeliveryDate"]
        let latestDelivery: Double? = row["latestDeliveryDate"]
        return AmazonOrder(
            amazonOrderId: id, status: AmazonOrderStatus(rawValue: row["status"]) ?? .pending,
            fulfillmentChannel: FulfillmentChannel(rawValue: row["fulfillmentChannel"]) ?? .merchant,
            marketplaceId: row["marketplaceId"], purchaseDate: Date(timeIntervalSince1970: row["purchaseDate"]),
            lastUpdateDate: Date(timeIntervalSince1970: row["lastUpdateDate"]),
            latestShipDate: latest.map { Date(timeIntervalSince1970: $0) },
            earliestDeliveryDate: earliestDelivery.map { Date(timeIntervalSince1970: $0) },
            latestDeliveryDate: latestDelivery.map { Date(timeIntervalSince1970: $0) }, buyerName: row["buyerName"], buyerEmail: row["buyerEmail"],
            shippingAddress: address.flatMap { try? JSONDecoder().decode(PostalAddress.self, from: Data($0.utf8)) },
            total: totalMinor.flatMap { t in currency.map { Money(minorUnits: t, currency: $0) } },
            items: items, packages: packages, buyerCancelRequest: cancelRequest(row))
    }

    /// The buyer's request to cancel as the row keeps it (v18), or nil.
    static func cancelRequest(_ row: Row) -> BuyerCancelRequest? {
        (row["buyerCancelRequested"] as Bool?) == true ? BuyerCancelRequest(reason: row["buyerCancelReason"]) : nil
    }

    /// Inserts or replaces an order as received; returns the row id.
    @discardableResult
    static func upsert(_ o: AmazonOrder, importState: ImportState, blockers: [Blocker] = [], isNew: Bool, db: Database) throws -> Int64 {
        let address = o.shippingAddress.map(StoredJSON.address)
        let currency = o.total?.currency ?? o.items.compactMap(\.unitPrice).first?.currency
        let args: StatementArguments = [
            o.status.rawValue, o.fulfillmentChannel.rawValue, o.marketplaceId, o.purchaseDate.timeIntervalSince1970,
            o.lastUpdateDate.timeIntervalSince1970, o.latestShipDate?.timeIntervalSince1970, o.buyerName, o.buyerEmail,
            address, o.total?.minorUnits, currency, o.items.reduce(0) { $0 + $1.quantityOrdered },
            o.buyerCancelRequest != nil, o.buyerCancelRequest?.reason,
            o.earliestDeliveryDate?.timeIntervalSince1970, o.latestDeliveryDate?.timeIntervalSince1970, o.amazonOrderId,
        ]
        // A new order takes its search key in the same insert (no second write of its row and index entry).
        let newSearchKey = isNew ? try SearchKey.free(for: o.purchaseDate, db: db) : nil
        if let newSearchKey {
            try db.cachedExecute(sql: """
                INSERT INTO amazonOrder (status, fulfillmentChannel, marketplaceId, purchaseDate, lastUpdateDate, latestShipDate,
                    buyerName, buyerEmail, shippingAddress, totalMinor, currency, itemCount, buyerCancelRequested, buyerCancelReason,
                    earliestDeliveryDate, latestDeliveryDate, amazonOrderId, importState, blockers, searchKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: args + [importState.rawValue, try blockersText(blockers), newSearchKey])
        } else {
            try db.cachedExecute(sql: """
                UPDATE amazonOrder SET status = ?, fulfillmentChannel = ?, marketplaceId = ?, purchaseDate = ?, lastUpdateDate = ?,
                    latestShipDate = ?, buyerName = ?, buyerEmail = ?, shippingAddress = ?, totalMinor = ?, currency = ?, itemCount = ?,
                    buyerCancelRequested = ?, buyerCancelReason = ?, earliestDeliveryDate = ?, latestDeliveryDate = ?
                WHERE amazonOrderId = ?
                """, arguments: args)
            try db.cachedExecute(sql: "DELETE FROM amazonOrderItem WHERE amazonOrderId = ?", arguments: [o.amazonOrderId])
            try db.cachedExecute(sql: "DELETE FROM amazonOrderPackage WHERE amazonOrderId = ?", arguments: [o.amazonOrderId])
        }
        for (position, item) in o.items.enumerated() {
            try db.cachedExecute(sql: """
                INSERT INTO amazonOrderItem (amazonOrderId, orderItemId, position, sku, asin, title, quantityOrdered, quantityShipped, unitPriceMinor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [o.amazonOrderId, item.orderItemId, position, item.sku, item.asin, item.title,
                                 item.quantityOrdered, item.quantityShipped, item.unitPrice?.minorUnits])
        }
        for package in o.packages {
            try db.cachedExecute(sql: """
                INSERT OR REPLACE INTO amazonOrderPackage (amazonOrderId, packageReferenceId, carrier, trackingNumber, shipDate, items, detailedStatus)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [o.amazonOrderId, package.packageReferenceId, package.carrier, package.trackingNumber,
                                 package.shipDate?.timeIntervalSince1970, StoredJSON.packageLines(package.items),
                                 package.detailedStatus])
        }
        if let newSearchKey {
            let rowId = db.lastInsertedRowID
            try db.cachedExecute(sql: "INSERT INTO orderSearch (rowid, text) VALUES (?, ?)", arguments: [newSearchKey, searchText(o)])
            return rowId
        }
        let row = try db.cachedRow(sql: "SELECT id, searchKey FROM amazonOrder WHERE amazonOrderId = ?", arguments: [o.amazonOrderId])
        let rowId: Int64 = row?["id"] ?? 0
        try indexForSearch(o, rowId: rowId, searchKey: row?["searchKey"], db: db)
        return rowId
    }

    private static func searchText(_ o: AmazonOrder) -> String {
        SearchText.document([o.amazonOrderId, o.buyerName] + o.items.flatMap { [$0.sku, $0.asin, $0.title] })
    }

    /// Keeps the order's search text under its search key (SearchKey); an update that changes neither
    /// (a new status, a package) leaves the index alone.
    private static func indexForSearch(_ o: AmazonOrder, rowId: Int64, searchKey: Int64?, db: Database) throws {
        let text = searchText(o)
        let base = SearchKey.base(o.purchaseDate)
        if let key = searchKey, key >= base, key < base + SearchKey.slotsPerMillisecond {
            let indexed = try db.cachedValue(String.self, sql: "SELECT text FROM orderSearch WHERE rowid = ?", arguments: [key])
            if indexed == text { return }
            try db.cachedExecute(sql: "DELETE FROM orderSearch WHERE rowid = ?", arguments: [key])
            try db.cachedExecute(sql: "INSERT INTO orderSearch (rowid, text) VALUES (?, ?)", arguments: [key, text])
            return
        }
        if let stale = searchKey { try db.cachedExecute(sql: "DELETE FROM orderSearch WHERE rowid = ?", arguments: [stale]) }
        let key = try SearchKey.free(for: o.purchaseDate, db: db)
        try db.cachedExecute(sql: "UPDATE amazonOrder SET searchKey = ? WHERE id = ?", arguments: [key, rowId])
        try db.cachedExecute(sql: "INSERT INTO orderSearch (rowid, text) VALUES (?, ?)", arguments: [key, text])
    }

    /// The merchant answered the buyer's request by cancelling or shipping the whole order: it no longer stands.
    static func forgetCancelRequest(_ id: String, db: Database) throws {
        try db.cachedExecute(sql: "UPDATE amazonOrder SET buyerCancelRequested = 0, buyerCancelReason = NULL WHERE amazonOrderId = ? AND buyerCancelRequested = 1",
                             arguments: [id])
    }

    /// The order's history says when its buyer asked to cancel, and when the request went without the order being cancelled.
    static func noteCancelRequest(_ o: AmazonOrder, previous: BuyerCancelRequest?, db: Database) throws {
        if let request = o.buyerCancelRequest, request != previous {
            try appendHistory(o.amazonOrderId, at: o.lastUpdateDate, request.words, db: db)
        } else if previous != nil, o.buyerCancelRequest == nil, BuyerCancelRequest.stands(status: o.status, fullyShipped: o.isFullyShipped, local: nil) {
            try appendHistory(o.amazonOrderId, at: o.lastUpdateDate, tr("store.history.no-longer-asks"), db: db)
        }
    }

    static func setImportState(_ id: String, _ state: ImportState, blockers: [Blocker], db: Database) throws {
        try db.cachedExecute(sql: "UPDATE amazonOrder SET importState = ?, blockers = ? WHERE amazonOrderId = ?",
                       arguments: [state.rawValue, try blockersText(blockers), id])
    }

    private static func blockersText(_ blockers: [Blocker]) throws -> String? {
        blockers.isEmpty ? nil : String(decoding: try JSONEncoder().encode(blockers.map(\.storedText)), as: UTF8.self)
    }

    /// The event is a stored record, written in English whatever the merchant reads (`merchant order --json` shows
    /// it), and in the other languages beside it (`StoredWords`), so that each reader reads it in its own.
    static func appendHistory(_ id: String, at: Date, _ event: @autoclosure () -> String, db: Database) throws {
        let stored = try StoredWords { event() }
        try db.cachedExecute(sql: "INSERT INTO amazonOrderHistory (amazonOrderId, at, event, words) VALUES (?, ?, ?, ?)",
                             arguments: [id, at.timeIntervalSince1970, stored.english, stored.json])
    }
}
