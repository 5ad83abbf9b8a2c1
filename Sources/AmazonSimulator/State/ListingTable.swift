import Foundation
import GRDB

/// The account's listings and what the merchant last pushed for each (quantity, handling days).
enum ListingTable {
    static func insert(_ db: Database, _ listing: SimulatedListing) throws {
        try db.execute(sql: """
            INSERT INTO listing (sku, asin, title, price, fba) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(sku) DO UPDATE SET asin = excluded.asin, title = excluded.title, price = excluded.price, fba = excluded.fba
            """, arguments: [listing.sku, listing.asin, listing.title, listing.price, listing.fba])
        if listing.fba { try FBAStock.stockIfNew(db, sku: listing.sku) }
    }

    static func all(_ db: Database) throws -> [SimulatedListing] {
        try Row.fetchAll(db, sql: "SELECT sku, asin, title, price, fba FROM listing ORDER BY sku").map {
            SimulatedListing(sku: $0["sku"], asin: $0["asin"], title: $0["title"], price: $0["price"], fba: $0["fba"])
        }
    }

    static func find(_ db: Database, sku: String) throws -> SimulatedListing? {
        try all(db).first { $0.sku == sku }
    }

    static func setAvailability(_ db: Database, sku: String, quantity: Int?, handlingDays: Int?) throws {
        try db.execute(sql: "UPDATE listing SET quantity = ?, handlingDays = COALESCE(?, handlingDays) WHERE sku = ?",
                       arguments: [quantity, handlingDays, sku])
    }

    static func availability(_ db: Database, sku: String) throws -> (quantity: Int?, handlingDays: Int?)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT quantity, handlingDays FROM listing WHERE sku = ?", arguments: [sku]) else { return nil }
        return (row["quantity"], row["handlingDays"])
    }
}
