import Foundation
import GRDB
import MerchantCore

extension MerchantStore {
    /// Orders matching free text (order id, buyer, SKU, ASIN, title), newest first, a window at a time:
    /// after `cursor` (`searchCursor(after:)` of the last row), like the list's keyset windows.
    /// `jurg` finds Jürgen; `太郎` finds 山田太郎; a Thai fragment finds the whole name.
    public func search(_ text: String, after cursor: OrderCursor? = nil, limit: Int = 50) throws -> [OrderSummary] {
        try searchWindow(text, cursor: cursor, backwards: false, limit: limit)
    }

    /// The matches before `cursor`, nearest first; with no cursor the oldest matches, oldest first (G).
    public func search(_ text: String, before cursor: OrderCursor?, limit: Int = 50) throws -> [OrderSummary] {
        try searchWindow(text, cursor: cursor, backwards: true, limit: limit)
    }

    /// How many orders match: counted in the search index, all of them.
    public func searchCount(_ text: String) throws -> Int {
        try pool.read { db in
            guard let match = try Self.searchMatch(text, db: db) else { return 0 }
            return try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM orderSearch WHERE orderSearch MATCH ?", arguments: [match]) ?? 0
        }
    }

    /// Where a search window continues after `row`: its place in the search index.
    public static func searchCursor(after row: OrderSummary) -> OrderCursor {
        OrderCursor(key: Double(row.searchKey ?? 0), amazonOrderId: row.amazonOrderId)
    }

    private func searchWindow(_ text: String, cursor: OrderCursor?, backwards: Bool, limit: Int) throws -> [OrderSummary] {
        try pool.read { db in
            guard let match = try Self.searchMatch(text, db: db) else { return [] }
            // FTS5 walks its rowids (the search keys) in either direction and stops at the limit.
            let bound = cursor.map { _ in backwards ? "AND rowid > ?" : "AND rowid < ?" } ?? ""
            let direction = backwards ? "ASC" : "DESC"
            var args: [any DatabaseValueConvertible] = [match]
            if let cursor { args.append(Int64(cursor.key)) }
            args.append(limit)
            return try db.cachedRows(sql: """
                SELECT a.*, l.status AS localStatus, \(Self.shippedColumns)
                FROM (SELECT rowid AS searchKey FROM orderSearch WHERE orderSearch MATCH ? \(bound) ORDER BY rowid \(direction) LIMIT ?) hit
                JOIN amazonOrder a ON a.searchKey = hit.searchKey LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
                ORDER BY hit.searchKey \(direction)
                """, arguments: StatementArguments(args)).map(Self.summary)
        }
    }

    private static func searchMatch(_ text: String, db: Database) throws -> String? {
        try SearchText.match(text) { word in
            try db.cachedValue(Bool.self, sql: """
                SELECT EXISTS (SELECT 1 FROM product WHERE sku = ? COLLATE NOCASE)
                    OR EXISTS (SELECT 1 FROM skuMapping WHERE amazonSku = ? COLLATE NOCASE)
                """, arguments: [word, word]) ?? false
        }
    }
}
