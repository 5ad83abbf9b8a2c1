import GRDB

/// The merchant's own shelf: units leave it when they ship, or when a cancellation says they were never there.
enum Shelf {
    /// Takes `quantity` units of `sku` off the shelf, never below zero (R25).
    static func take(_ quantity: Int, of sku: String, db: Database) throws {
        try db.cachedExecute(sql: "UPDATE product SET stockOnHand = MAX(0, stockOnHand - ?) WHERE sku = ?", arguments: [quantity, sku])
    }
}
