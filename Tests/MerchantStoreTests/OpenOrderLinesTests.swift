import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// What the pick list reads: the open lines of unshipped orders the merchant fulfils, and nothing else.
@Suite struct OpenOrderLinesTests {
    @Test func onlyUnshippedMerchantFulfilledLinesStillOpen() throws {
        let t = try TestStore()
        try t.store.ingest([
            Fx.order("302-0000001-0000001", .unshipped, latestShip: Fx.t(30), items: [Fx.item("MUG-BLAU-350", qty: 2), Fx.item("BECHER-THAI")]),
            Fx.order("302-0000002-0000002", .unshipped, latestShip: Fx.t(20), items: [Fx.item("MUG-BLAU-350", qty: 3)]),
            Fx.order("302-0000003-0000003", .unshipped, channel: .amazon, items: [Fx.item("MUG-BLAU-350")]),   // R14: Amazon ships it
            Fx.order("302-0000004-0000004", .pending, items: [Fx.item("MUG-ROT-350")]),                        // R10: locked
            Fx.order("302-0000005-0000005", .unshipped, items: [Fx.item("UNKNOWN-SKU")]),                      // R5: blocked
            Fx.order("302-0000006-0000006", .unshipped, items: [Fx.item("TEE-MATCHA-100", qty: 2)]),
        ], watermark: nil, at: Fx.t(2))
        // Shipped by the merchant in part: one of the two units is still to pick.
        try t.store.ship(ShipmentRequest(amazonOrderId: "302-0000006-0000006", carrier: try Carrier.parse("UPS"),
                                         trackingNumber: "1Z5R89390357567127", items: ["TEE-MATCHA-100": 1]), actor: "test", at: Fx.t(3))
        let lines = try t.store.openOrderLines()
        #expect(lines.map(\.amazonOrderId) == ["302-0000002-0000002", "302-0000001-0000001", "302-0000001-0000001", "302-0000006-0000006"])
        #expect(lines.map(\.sku) == ["MUG-BLAU-350", "BECHER-THAI", "MUG-BLAU-350", "TEE-MATCHA-100"])
        #expect(Dictionary(lines.map { ($0.amazonOrderId + " " + $0.sku, $0.quantity) }, uniquingKeysWith: +) == [
            "302-0000002-0000002 MUG-BLAU-350": 3, "302-0000001-0000001 MUG-BLAU-350": 2,
            "302-0000001-0000001 BECHER-THAI": 1, "302-0000006-0000006 TEE-MATCHA-100": 1,
        ])
    }

    @Test func aFullyShippedOrderLeavesTheList() throws {
        let t = try TestStore()
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: nil, at: Fx.t(2))
        #expect(try t.store.openOrderLines().count == 1)
        try t.store.ship(ShipmentRequest(amazonOrderId: "302-0000001-0000001", carrier: try Carrier.parse("UPS"),
                                         trackingNumber: "1Z5R89390357567127"), actor: "test", at: Fx.t(3))
        #expect(try t.store.openOrderLines().isEmpty)
    }

    /// The query walks the index of orders to ship: never a scan of every order.
    @Test func theQueryReadsOnlyOrdersToShip() throws {
        let t = try TestStore()
        let plan = try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + MerchantStore.openOrderLinesSQL).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("amazonOrder_toShip") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN a") && !$0.contains("INDEX") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN l") || $0.hasPrefix("SCAN o") || $0.hasPrefix("SCAN p") }, "\(plan)")
    }
}
