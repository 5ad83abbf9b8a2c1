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

/// Compares the store with simulated Amazon's truth, order by order (R1, R3, R29).
enum TruthComparison {
    /// Every difference, in words; empty when the store holds exactly what Amazon holds.
    /// `raced`: orders the merchant shipped while Amazon's buyer was cancelling them; their local order
    /// stays shipped and the refused confirmation is the merchant's notice.
    static func differences(_ h: SyncHarness, raced: Set<String> = []) throws -> [String] {
        var problems: [String] = []
        let summaries = try h.allOrders()
        let storeIds = summaries.map(\.amazonOrderId)
        if Set(storeIds).count != storeIds.count {
            let counts = Dictionary(storeIds.map { ($0, 1) }, uniquingKeysWith: +).filter { $0.value > 1 }
            problems.append("orders stored twice: \(counts.keys.sorted())")
        }
        let amazonIds = try h.simulator.orderIds()
        let missing = Set(amazonIds).subtracting(storeIds), extra = Set(storeIds).subtracting(amazonIds)
        if !missing.isEmpty { problems.append("missing from the store: \(missing.sorted())") }
        if !extra.isEmpty { problems.append("in the store but not at Amazon: \(extra.sorted())") }
        for id in amazonIds where !missing.contains(id) {
            let amazon = try h.simulator.orderView(orderId: id)
            let detail = try h.store.orderDetail(id)
            problems += compare(amazon, detail, raced: raced.contains(id))
        }
        return problems
    }

    static func compare(_ amazon: SimulatedOrderView, _ detail: OrderDetail, raced: Bool = false) -> [String] {
        var problems: [String] = []
        let order = detail.order
        let id = amazon.orderId
        func check(_ what: String, _ mine: String, _ theirs: String) {
            if mine != theirs { problems.append("\(id) \(what): store \(mine), Amazon \(theirs)") }
        }
        check("status", order.status.rawValue, amazon.status)
        check("lastUpdatedTime", SPAPIDate.format(order.lastUpdateDate), amazon.lastUpdatedTime)
        check("fulfilledBy", order.fulfillmentChannel == .amazon ? "AMAZON" : "MERCHANT", amazon.fulfilledBy)
        let mine = order.items.map { "\($0.orderItemId) \($0.sku) \($0.quantityOrdered)/\($0.quantityShipped)" }.sorted()
        let theirs = amazon.items.map { "\($0.orderItemId) \($0.sku) \($0.quantityOrdered)/\(min($0.quantityShipped, $0.quantityOrdered))" }.sorted()
        check("items", "\(mine)", "\(theirs)")
        let myPackages = order.packages.map { p in
            "\(p.packageReferenceId) \(p.carrier ?? "-") \(p.trackingNumber ?? "-") \(p.items.map { "\($0.orderItemId)x\($0.quantity)" }.sorted())"
        }.sorted()
        let theirPackages = amazon.packages.map { p in
            "\(p.packageReferenceId) \(p.carrier) \(p.trackingNumber) \(p.items.map { "\($0.key)x\($0.value)" }.sorted())"
        }.sorted()
        check("packages", "\(myPackages)", "\(theirPackages)")
        if let local = detail.local, !raced {
            // The local order follows Amazon once everything is delivered (R4, R11).
            let expected: [LocalOrderStatus] = switch amazon.status {
            case "SHIPPED": [.shipped, .refunded, .partiallyRefunded]
            case "CANCELLED": [.cancelled, .refunded]
            case "UNSHIPPED", "PARTIALLY_SHIPPED": [.processing]
            default: [local.status]
            }
            if !expected.contains(local.status) { problems.append("\(id) local order \(local.status.rawValue) while Amazon says \(amazon.status)") }
        }
        return problems
    }
}
