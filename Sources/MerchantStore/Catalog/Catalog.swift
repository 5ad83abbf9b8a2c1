import Foundation
import GRDB
import MerchantCore

/// A product with its stock picture, as the catalog list shows it.
public struct CatalogEntry: Sendable, Equatable, Codable {
    public var product: Product
    public var stock: StockLevel
    /// What Amazon is offered now (R25); nil for products not sold on Amazon by the merchant.
    public var offeredOnAmazon: Int?
    /// Amazon SKUs mapped to this product.
    public var mappedAmazonSkus: [String]
    /// What Amazon holds in its warehouses (FBA), as last read; nil if never read.
    public var fbaStock: FBAStockLevel?
}

/// What a `catalog set` changes; nil leaves a field as it is.
public struct ProductChange: Sendable, Equatable {
    public var stockOnHand: Int?
    public var enabled: Bool?
    public var asin: String?
    public var fba: Bool?
    /// `.some(nil)` clears the override.
    public var amazonStockOverride: Int??
    public var amazonPrice: Money??
    public var handlingDays: Int??
    /// Parcel facts; `.some(nil)` clears one.
    public var weight: Weight??
    public var size: PackageSize??
    public var gtin: GTIN??
    public var bin: BinLocation??

    public init(stockOnHand: Int? = nil, enabled: Bool? = nil, asin: String? = nil, fba: Bool? = nil,
                amazonStockOverride: Int?? = nil, amazonPrice: Money?? = nil, handlingDays: Int?? = nil,
                weight: Weight?? = nil, size: PackageSize?? = nil, gtin: GTIN?? = nil, bin: BinLocation?? = nil) {
        self.stockOnHand = stockOnHand
        self.enabled = enabled
        self.asin = asin
        self.fba = fba
        self.amazonStockOverride = amazonStockOverride
        self.amazonPrice = amazonPrice
        self.handlingDays = handlingDays
        self.weight = weight
        self.size = size
        self.gtin = gtin
        self.bin = bin
    }
}

enum CatalogTable {
    static func insert(_ p: Product, db: Database) throws {
        try db.cachedExecute(sql: """
            INSERT INTO product (sku, title, stockOnHand, enabled, asin, amazonStockOverride, amazonPriceMinor, amazonPriceCurrency, handlingDays, fba)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.sku, p.title, p.stockOnHand, p.enabled, p.asin, p.amazonStockOverride,
                             p.amazonPrice?.minorUnits, p.amazonPrice?.currency, p.handlingDays, p.fba])
        if p.parcel != .none { try ParcelFactsTable.write(p.parcel, sku: p.sku, db: db) }
    }

    static func update(_ p: Product, db: Database) throws {
        try db.cachedExecute(sql: """
            UPDATE product SET title = ?, stockOnHand = ?, enabled = ?, asin = ?, amazonStockOverride = ?,
                amazonPriceMinor = ?, amazonPriceCurrency = ?, handlingDays = ?, fba = ? WHERE sku = ?
            """, arguments: [p.title, p.stockOnHand, p.enabled, p.asin, p.amazonStockOverride,
                             p.amazonPrice?.minorUnits, p.amazonPrice?.currency, p.handlingDays, p.fba, p.sku])
        try ParcelFactsTable.write(p.parcel, sku: p.sku, db: db)
    }

    static func product(_ row: Row) -> Product {
        let priceMinor: Int64? = row["amazonPriceMinor"]
        let priceCurrency: String? = row["amazonPriceCurrency"]
        return Product(
            sku: row["sku"], title: row["title"], stockOnHand: row["stockOnHand"], enabled: row["enabled"],
            asin: row["asin"], amazonStockOverride: row["amazonStockOverride"],
            amazonPrice: priceMinor.flatMap { m in priceCurrency.map { Money(minorUnits: m, currency: $0) } },
            handlingDays: row["handlingDays"], fba: row["fba"], parcel: ParcelFactsTable.facts(row))
    }

    /// A product row with its stock picture and mapped Amazon SKUs.
    static func entry(_ row: Row, db: Database) throws -> CatalogEntry {
        let product = product(row)
        let stock = try stock(of: product.sku, onHand: product.stockOnHand, db: db)
        return CatalogEntry(
            product: product, stock: stock,
            offeredOnAmazon: InventoryPush.offersOnAmazon(product) ? stock.offeredOnAmazon(override: product.amazonStockOverride, enabled: product.enabled) : nil,
            mappedAmazonSkus: try mappedSkus(of: product.sku, db: db), fbaStock: try FBAStockTable.level(product.sku, db: db))
    }

    static func find(_ sku: String, db: Database) throws -> Product? {
        try db.cachedRow(sql: "SELECT * FROM product WHERE sku = ?", arguments: [sku]).map(product)
    }

    /// The stock of a product; `excludingReservationOf` leaves out one order's own reservation (R12).
    static func stock(of sku: String, onHand: Int, excludingReservationOf orderId: String? = nil, db: Database) throws -> StockLevel {
        let reserved = try db.cachedValue(Int.self, sql: """
            SELECT COALESCE(SUM(quantity), 0) FROM reservation WHERE productSku = ? AND amazonOrderId IS NOT ?
            """, arguments: [sku, orderId]) ?? 0
        // Kept up to date by the store's triggers (migration v11) as orders and lines change.
        let held = try db.cachedValue(Int.self, sql: "SELECT heldStock FROM product WHERE sku = ?", arguments: [sku]) ?? 0
        return StockLevel(onHand: onHand, reserved: reserved, held: held)
    }

    /// The product an Amazon SKU takes its stock from: a mapping first, else the same SKU.
    static func resolve(amazonSku: String, excludingReservationOf orderId: String?, db: Database) throws -> CatalogMatch? {
        let productSku = try db.cachedValue(String.self, sql: "SELECT productSku FROM skuMapping WHERE amazonSku = ?", arguments: [amazonSku]) ?? amazonSku
        guard let product = try find(productSku, db: db) else { return nil }
        return CatalogMatch(product: product, stock: try stock(of: product.sku, onHand: product.stockOnHand, excludingReservationOf: orderId, db: db))
    }

    static func mappedSkus(of productSku: String, db: Database) throws -> [String] {
        try db.cachedValues(String.self, sql: "SELECT amazonSku FROM skuMapping WHERE productSku = ? ORDER BY amazonSku", arguments: [productSku])
    }
}

extension MerchantStore {
    /// Every product with its stock, in SKU order.
    public func catalog() throws -> [CatalogEntry] {
        try pool.read { db in try db.cachedRows(sql: "SELECT * FROM product ORDER BY sku").map { try CatalogTable.entry($0, db: db) } }
    }

    public func product(sku: String) throws -> CatalogEntry? {
        try pool.read { db in
            try db.cachedRow(sql: "SELECT * FROM product WHERE sku = ?", arguments: [sku]).map { try CatalogTable.entry($0, db: db) }
        }
    }

    /// Changes a product; logged, and the Amazon quantity is queued when it changes (R25). Refusals change nothing (R30).
    @discardableResult
    public func updateProduct(sku: String, _ change: ProductChange, actor: String, at now: Date) throws -> Product {
        try pool.write { db in
            guard var product = try CatalogTable.find(sku, db: db) else { throw CatalogError.unknownProduct(sku) }
            let before = product
            if let v = change.stockOnHand { product.stockOnHand = try CatalogValidation.quantity(v, field: tr("store.catalog.field.stock")) }
            if let v = change.enabled { product.enabled = v }
            if let v = change.asin { product.asin = try CatalogValidation.asin(v) }
            if let v = change.amazonStockOverride { product.amazonStockOverride = try v.map { v throws(CatalogError) in try CatalogValidation.quantity(v, field: tr("store.catalog.field.amazon-stock")) } }
            if let v = change.amazonPrice { product.amazonPrice = v }
            if let v = change.handlingDays { product.handlingDays = try v.map { v throws(CatalogError) in try CatalogValidation.handlingDays(v) } }
            if let v = change.weight { product.parcel.weight = v }
            if let v = change.size { product.parcel.size = v }
            if let v = change.gtin {
                if let gtin = v, let owner = try ParcelFactsTable.owner(of: gtin, db: db), owner != sku { throw ParcelError.gtinTaken(gtin.digits, sku: owner) }
                product.parcel.gtin = v
            }
            if let v = change.bin { product.parcel.bin = v }
            if let v = change.fba {
                if v && product.asin == nil { throw CatalogError.asinRequiredForFBA(sku) }
                product.fba = v
            }
            guard product != before else { return product }
            try CatalogTable.update(product, db: db)
            try SyncStateTable.requestReconsider(db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "catalog", subject: sku,
                                   message: "\(sku): \(ProductDiff.describe(before, product))")
            // The listing message carries the handling time too, so a new handling time is sent alone.
            try InventoryPush.enqueueIfChanged(productSkus: [sku], db: db, at: now, force: product.handlingDays != before.handlingDays)
            return product
        }
    }

    /// Maps an Amazon SKU the catalog does not know to a product (R5); the next sync imports its orders.
    public func mapSku(amazonSku: String, to productSku: String, actor: String, at now: Date) throws {
        try pool.write { db in
            let amazonSku = try CatalogValidation.sku(amazonSku)
            guard try CatalogTable.find(productSku, db: db) != nil else { throw CatalogError.unknownProduct(productSku) }
            try db.cachedExecute(sql: """
                INSERT INTO skuMapping (amazonSku, productSku) VALUES (?, ?)
                ON CONFLICT (amazonSku) DO UPDATE SET productSku = excluded.productSku
                """, arguments: [amazonSku, productSku])
            try SyncStateTable.requestReconsider(db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "catalog", subject: amazonSku,
                                   message: tr("store.activity.mapped", amazonSku, productSku))
            // The newly mapped listing has never been told the product's quantity.
            try InventoryPush.enqueueIfChanged(productSkus: [productSku], db: db, at: now, force: true)
        }
    }
}

/// Describes what changed in a product, for the activity log, in the language of the moment (the log writes it in each).
enum ProductDiff {
    static func describe(_ a: Product, _ b: Product) -> String {
        var parts: [String] = []
        func note<T: Equatable>(_ name: String, _ x: T, _ y: T, _ show: (T) -> String) {
            if x != y { parts.append("\(name) \(show(x)) → \(show(y))") }
        }
        let onOff = { (on: Bool) in on ? tr("store.diff.on") : tr("store.diff.off") }
        let none = tr("store.diff.none")
        note(tr("store.diff.stock"), a.stockOnHand, b.stockOnHand) { "\($0)" }
        note(tr("store.diff.enabled"), a.enabled, b.enabled, onOff)
        note("ASIN", a.asin, b.asin) { $0 ?? none }
        note("FBA", a.fba, b.fba, onOff)
        note(tr("store.diff.amazon-stock"), a.amazonStockOverride, b.amazonStockOverride) { $0.map(String.init) ?? none }
        note(tr("store.diff.amazon-price"), a.amazonPrice, b.amazonPrice) { $0.map { LanguageFormat.money($0, .current) } ?? none }
        note(tr("store.diff.handling-days"), a.handlingDays, b.handlingDays) { $0.map(String.init) ?? none }
        note(tr("store.diff.weight"), a.parcel.weight, b.parcel.weight) { $0?.description ?? none }
        note(tr("store.diff.size"), a.parcel.size, b.parcel.size) { $0?.description ?? none }
        note("GTIN", a.parcel.gtin, b.parcel.gtin) { $0?.digits ?? none }
        note(tr("store.diff.bin"), a.parcel.bin, b.parcel.bin) { $0?.text ?? none }
        return parts.joined(separator: ", ")
    }
}
