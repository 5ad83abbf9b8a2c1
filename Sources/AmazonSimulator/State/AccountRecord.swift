import Foundation
import GRDB

/// The one simulated seller account: who it is, where its clock stands, its random state.
struct AccountRecord {
    var sellerId: String
    var marketplaceIds: [String]
    var connectedAt: Int64
    var clockOffset: Double
    var seed: UInt64
    var rngState: UInt64
    var throttling: Bool

    static func load(_ db: Database) throws -> AccountRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = 1") else { return nil }
        let ids = try JSONDecoder().decode([String].self, from: Data((row["marketplaceIds"] as String).utf8))
        return AccountRecord(
            sellerId: row["sellerId"], marketplaceIds: ids, connectedAt: row["connectedAt"],
            clockOffset: row["clockOffset"], seed: UInt64(bitPattern: row["seed"]),
            rngState: UInt64(bitPattern: row["rngState"]), throttling: row["throttling"])
    }

    func save(_ db: Database) throws {
        let ids = String(decoding: try JSONEncoder().encode(marketplaceIds), as: UTF8.self)
        try db.execute(sql: """
            INSERT OR REPLACE INTO account (id, sellerId, marketplaceIds, connectedAt, clockOffset, seed, rngState, throttling)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [sellerId, ids, connectedAt, clockOffset, Int64(bitPattern: seed), Int64(bitPattern: rngState), throttling])
    }
}

/// Named counters for ids Amazon hands out in sequence (feeds, documents, submissions).
enum Counter {
    static func next(_ db: Database, _ name: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO counter (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1", arguments: [name])
        return try Int64.fetchOne(db, sql: "SELECT value FROM counter WHERE name = ?", arguments: [name]) ?? 1
    }
}

/// Counts of what the simulator answered, for `statistics()`.
enum Statistic {
    static func bump(_ db: Database, _ name: String) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO statistic (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1")
        try statement.execute(arguments: [name])
    }

    static func all(_ db: Database) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, value FROM statistic").map { ($0["name"], $0["value"]) })
    }
}
