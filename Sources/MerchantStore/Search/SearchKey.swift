import Foundation
import GRDB

/// The search index's rowid of an order: its purchase time in milliseconds times `slotsPerMillisecond`, plus
/// a slot for orders bought in the same millisecond. FTS5 reads its hits in rowid order, so the newest hits
/// come first and a search stops at its limit instead of sorting every hit.
enum SearchKey {
    static let slotsPerMillisecond: Int64 = 64

    static func base(_ purchaseDate: Date) -> Int64 {
        Int64((purchaseDate.timeIntervalSince1970 * 1000).rounded(.down)) * slotsPerMillisecond
    }

    /// A free key for an order bought at `purchaseDate`: the next slot of its millisecond, or, when all of
    /// them are taken, the next free key above (still unique; only the order among those hits is off).
    static func free(for purchaseDate: Date, db: Database) throws -> Int64 {
        var key = base(purchaseDate)
        while let taken = try db.cachedValue(Int64.self, sql: """
            SELECT max(searchKey) FROM amazonOrder WHERE searchKey >= ? AND searchKey < ?
            """, arguments: [key, key + slotsPerMillisecond]) {
            key = taken + 1
            if key % slotsPerMillisecond != 0 { break }
        }
        return key
    }
}
