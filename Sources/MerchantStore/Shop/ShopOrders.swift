import Foundation
import GRDB
import MerchantCore

/// An order of the merchant's own web shop, as entered.
public struct ShopOrderRequest: Sendable, Equatable {
    public var buyerName: String
    public var address: PostalAddress
    public var lines: [(sku: String, quantity: Int)]

    public init(buyerName: String, address: PostalAddress, lines: [(sku: String, quantity: Int)]) {
        self.buyerName = buyerName
        self.address = address
        self.lines = lines
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.buyerName == b.buyerName && a.address == b.address && a.lines.map(\.sku) == b.lines.map(\.sku) && a.lines.map(\.quantity) == b.lines.map(\.quantity)
    }
}

/// A shop order with who fulfils it and how far Amazon has come.
public struct ShopOrder: Sendable, Equatable, Codable {
    public var localOrderId: Int64
    public var reference: String
    public var buyerName: String
    public var address: PostalAddress
    public var status: LocalOrderStatus
    public var fulfilledBy: FulfilledBy
    /// Why the merchant ships it after all (mixed order, Amazon could not fill it, ...): the English record.
    public var note: String?
    public var lines: [LocalOrderLine]
    public var fulfillment: FulfillmentState?
    public var createdAt: Date
    /// The note in the other languages it was written in, by language code (not part of `--json`).
    public var noteWords: [String: String] = [:]

    enum CodingKeys: String, CodingKey { case localOrderId, reference, buyerName, address, status, fulfilledBy, note, lines, fulfillment, createdAt }

    /// Why the merchant ships it, in the language the merchant reads now (English for a note written before v24).
    public var noteInMerchantsWords: String? { note.map { StoredWords.read($0, noteWords) } }
}

/// Amazon's fulfillment order for a shop order, as last read.
public struct FulfillmentState: Sendable, Equatable, Codable {
    public var sellerFulfillmentOrderId: String
    /// Amazon's status (`Received`, `Planning`, ...), or `sending` before Amazon has it.
    public var status: String
    public var carrier: String?
    public var trackingNumber: String?
    public var statusUpdatedAt: Date?
}

/// What is sent to Amazon for a shop order it fulfils (R26): the id is the shop's reference, so a
/// second create after a crash names the same order and Amazon keeps one.
public struct FulfillmentPayload: Codable, Sendable, Equatable {
    public var localOrderId: Int64
    public var sellerFulfillmentOrderId: String
    public var reference: String
    public var orderedAt: Date
    public var buyerName: String
    public var address: PostalAddress
    public var lines: [Line]

    public struct Line: Codable, Sendable, Equatable {
        public var sku: String
        public var itemId: String
        public var quantity: Int
    }
}

extension MerchantStore {
    /// Enters an order of the merchant's web shop (channel `shop`). Amazon is asked to fulfil it when every product
    /// is FBA (R26): it is queued for Amazon and takes none of the merchant's own stock; otherwise it holds the
    /// merchant's stock and waits for the merchant to ship it. A mixed order stays whole with the merchant, and so
    /// does one that Amazon's stock, as last read, cannot fill (R27): it is never announced as Amazon's first.
    @discardableResult
    public func createShopOrder(_ request: ShopOrderRequest, actor: String, at now: Date) throws -> ShopOrder {
        try pool.write { db in
            guard !request.lines.isEmpty else { throw StoreError.refused(tr("store.shop.needs-product")) }
            guard !request.buyerName.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError.refused(tr("store.shop.needs-name")) }
            guard !(request.address.lines.first ?? "").isEmpty, request.address.countryCode?.count == 2 else {
                throw StoreError.refused(tr("store.shop.needs-address"))
            }
            var products: [(product: Product, quantity: Int)] = []
            for line in request.lines {
                guard let product = try CatalogTable.find(line.sku, db: db) else { throw CatalogError.unknownProduct(line.sku) }
                guard line.quantity > 0 else { throw StoreError.refused(tr("store.shop.order-at-least-one", line.sku)) }
                products.append((product, line.quantity))
            }
            // R27 with the stock Amazon last reported; a stock never read is checked by the sync before sending.
            var amazonShort: (sku: String, quantity: Int, stock: FBAStockLevel)?
            if FulfillmentChoice.decide(products) == .amazon {
                for line in products {
                    guard let stock = try FBAStockTable.level(line.product.sku, db: db),
                          FBARules.refusal(sku: line.product.sku, quantity: line.quantity, stock: stock) != nil else { continue }
                    amazonShort = (line.product.sku, line.quantity, stock)
                    break
                }
            }
            let byAmazon = FulfillmentChoice.decide(products) == .amazon && amazonShort == nil
            try db.cachedExecute(literal: """
                INSERT INTO localOrder (channel, status, paymentStatus, takesStock, createdAt, updatedAt)
                VALUES ('shop', \(LocalOrderStatus.processing.rawValue), \(PaymentStatus.paid.rawValue), \(!byAmazon), \(now.timeIntervalSince1970), \(now.timeIntervalSince1970))
                """)
            let id = db.lastInsertedRowID
            let reference = "SHOP-\(1000 + id)"
            for (n, line) in products.enumerated() {
                try db.cachedExecute(sql: "INSERT INTO localOrderLine (localOrderId, orderItemId, productSku, quantity) VALUES (?, ?, ?, ?)",
                                     arguments: [id, "\(reference)-\(n + 1)", line.product.sku, line.quantity])
            }
            // The reason asked again in each language the note is kept in.
            let reason = { () -> String? in
                if case .merchant(let reason) = FulfillmentChoice.decide(products) { return reason }
                return amazonShort.flatMap { short in
                    FBARules.refusal(sku: short.sku, quantity: short.quantity, stock: short.stock).map { tr("store.notice.amazon-cannot-fulfil", $0) }
                }
            }
            let note = try reason().map { _ in try StoredWords { reason() ?? "" } }
            try db.cachedExecute(sql: "INSERT INTO shopOrder (localOrderId, reference, buyerName, address, fulfilledBy, note, noteWords) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 arguments: [id, reference, request.buyerName, String(decoding: try JSONEncoder().encode(request.address), as: UTF8.self),
                                             (byAmazon ? FulfilledBy.amazon : .merchant).rawValue, note?.english, note?.json])
            if byAmazon {
                let payload = FulfillmentPayload(
                    localOrderId: id, sellerFulfillmentOrderId: reference, reference: reference, orderedAt: now, buyerName: request.buyerName,
                    address: request.address, lines: products.enumerated().map { .init(sku: $1.product.sku, itemId: "\(reference)-\($0 + 1)", quantity: $1.quantity) })
                try db.cachedExecute(literal: """
                    INSERT INTO fulfillmentOrder (sellerFulfillmentOrderId, localOrderId, status, createdAt, updatedAt)
                    VALUES (\(reference), \(id), \(ShopOrderRules.notSent), \(now.timeIntervalSince1970), \(now.timeIntervalSince1970))
                    """)
                try OutboxTable.enqueue(db, key: "mcf:\(reference)", kind: .fulfillment, subject: reference, payload: payload, at: now)
            } else {
                try InventoryPush.enqueueIfChanged(productSkus: products.map(\.product.sku), db: db, at: now)
            }
            try ActivityLog.append(db, at: now, actor: actor, kind: "shop order", subject: reference, message: byAmazon
                                   ? tr("store.activity.shop-order-fba", reference, request.buyerName)
                                   : reason().map { tr("store.activity.shop-order-merchant-why", reference, request.buyerName, $0) }
                                       ?? tr("store.activity.shop-order-merchant", reference, request.buyerName))
            guard let order = try ShopOrderTable.find(reference: reference, db: db) else { throw StoreError.unknownOrder(reference) }
            return order
        }
    }

    /// Shop orders, newest first.
    public func shopOrders(limit: Int = 100) throws -> [ShopOrder] {
        try pool.read { db in
            try db.cachedValues(String.self, sql: "SELECT reference FROM shopOrder ORDER BY localOrderId DESC LIMIT ?", arguments: [limit])
                .compactMap { try ShopOrderTable.find(reference: $0, db: db) }
        }
    }

    public func shopOrder(_ reference: String) throws -> ShopOrder {
        try pool.read { db in
            guard let order = try ShopOrderTable.find(reference: reference, db: db) else { throw StoreError.unknownOrder(reference) }
            return order
        }
    }
}

enum ShopOrderTable {
    static func find(reference: String, db: Database) throws -> ShopOrder? {
        guard let row = try db.cachedRow(sql: """
            SELECT s.*, o.status, o.createdAt FROM shopOrder s JOIN localOrder o ON o.id = s.localOrderId WHERE s.reference = ?
            """, arguments: [reference]) else { return nil }
        let id: Int64 = row["localOrderId"]
        let lines = try db.cachedRows(sql: "SELECT * FROM localOrderLine WHERE localOrderId = ? ORDER BY orderItemId", arguments: [id]).map {
            LocalOrderLine(orderItemId: $0["orderItemId"], productSku: $0["productSku"], quantity: $0["quantity"], quantityShipped: $0["quantityShipped"])
        }
        let fulfillment = try db.cachedRow(sql: "SELECT * FROM fulfillmentOrder WHERE localOrderId = ?", arguments: [id]).map { f in
            FulfillmentState(sellerFulfillmentOrderId: f["sellerFulfillmentOrderId"], status: f["status"], carrier: f["carrier"],
                             trackingNumber: f["trackingNumber"], statusUpdatedAt: (f["statusUpdatedAt"] as Double?).map { Date(timeIntervalSince1970: $0) })
        }
        let address: String = row["address"]
        return ShopOrder(
            localOrderId: id, reference: row["reference"], buyerName: row["buyerName"],
            address: (try? JSONDecoder().decode(PostalAddress.self, from: Data(address.utf8))) ?? PostalAddress(name: nil, lines: [], city: nil, postalCode: nil, region: nil, countryCode: nil),
            status: LocalOrderStatus(rawValue: row["status"]) ?? .processing, fulfilledBy: FulfilledBy(rawValue: row["fulfilledBy"]) ?? .merchant, note: row["note"],
            lines: lines, fulfillment: fulfillment, createdAt: Date(timeIntervalSince1970: row["createdAt"]), noteWords: StoredWords.decode(row["noteWords"]))
    }
}
