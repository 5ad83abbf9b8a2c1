import AmazonSimulator
import Foundation
import GRDB
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI

/// The seeded generator of test workloads and mutations: the client's own SplitMix64, the same seed, the same run.
typealias TestRandom = SeededRandom

extension SeededRandom {
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

/// Every row of every table of a SQLite file, hashed: two equal checksums mean the same content.
enum StoreChecksum {
    static func of(_ path: String) throws -> String {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            var hasher = FNV1a()
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables {
                hasher.add("#\(table)")
                // Sorted as text: WITHOUT ROWID tables have no rowid to order by.
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).sorted() {
                    hasher.add(row)
                }
            }
            return String(hasher.value, radix: 16)
        }
    }

    struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ text: String) {
            for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            value = (value ^ 0x0a) &* 0x100_0000_01b3
        }
    }
}
