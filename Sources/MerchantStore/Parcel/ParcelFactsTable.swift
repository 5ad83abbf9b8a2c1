import Foundation
import GRDB
import MerchantCore

/// A product's parcel facts in its row (migration v20): weight, size, GTIN and bin, each nullable.
enum ParcelFactsTable {
    static func write(_ f: ParcelFacts, sku: String, db: Database) throws {
        try db.cachedExecute(sql: """
            UPDATE product SET weightGrams = ?, lengthMm = ?, widthMm = ?, heightMm = ?, gtin = ?, bin = ? WHERE sku = ?
            """, arguments: [f.weight?.grams, f.size?.lengthMm, f.size?.widthMm, f.size?.heightMm, f.gtin?.digits, f.bin?.text, sku])
    }

    /// The facts of a product row; a value that no longer passes its check reads as not set.
    static func facts(_ row: Row) -> ParcelFacts {
        let grams: Int? = row["weightGrams"]
        let sides: [Int?] = [row["lengthMm"], row["widthMm"], row["heightMm"]]
        let gtin: String? = row["gtin"], bin: String? = row["bin"]
        return ParcelFacts(
            weight: grams.flatMap { try? Weight(grams: $0) },
            size: sides.allSatisfy({ $0 != nil }) ? try? PackageSize(lengthMm: sides[0]!, widthMm: sides[1]!, heightMm: sides[2]!) : nil,
            gtin: gtin.flatMap { try? GTIN.parse($0) }, bin: bin.flatMap { try? BinLocation.parse($0) })
    }

    /// The SKU whose barcode is `gtin` in any of the lengths a scanner may type it.
    static func owner(of gtin: GTIN, db: Database) throws -> String? {
        // GRDB's `SQL` literal binds each form: `IN \(forms)` becomes `IN (?, ?, …)`.
        let forms = gtin.equivalents
        return try SQLRequest<String>(literal: "SELECT sku FROM product WHERE gtin IN \(forms) LIMIT 1").fetchOne(db)
    }
}

extension MerchantStore {
    /// The product a scanner or the merchant named: its GTIN (in any length), else its SKU, else an Amazon SKU mapped to it.
    /// Scan to pack asks this for every barcode; the GTIN is found through its index.
    public func product(scanned code: String) throws -> Product? {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { return nil }
        return try pool.read { db in
            if let gtin = try? GTIN.parse(code), let sku = try ParcelFactsTable.owner(of: gtin, db: db) {
                return try CatalogTable.find(sku, db: db)
            }
            if let product = try CatalogTable.find(code, db: db) { return product }
            let mapped = try db.cachedValue(String.self, sql: "SELECT productSku FROM skuMapping WHERE amazonSku = ?", arguments: [code])
            return try mapped.flatMap { try CatalogTable.find($0, db: db) }
        }
    }
}
