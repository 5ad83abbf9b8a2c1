import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// The stock open orders hold is kept per product by the store's triggers (migration v11) rather than summed
/// on every import; whichever way an order or a line changes, the kept figure is what a recount gives.
@Suite struct HeldStockTests {
    static let products = Fx.catalog + [Product(sku: "TEE-FBA-50", title: "Grüner Tee FBA", stockOnHand: 5, asin: "B0DEMO0099", fba: true)]

    /// Held stock as the old query summed it: lines of processing orders that take stock, less what shipped.
    static func recount(_ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.sku, (SELECT COALESCE(SUM(l.quantity - l.quantityShipped), 0) FROM localOrder o JOIN localOrderLine l ON l.localOrderId = o.id
                           WHERE o.status = 'processing' AND o.takesStock = 1 AND l.productSku = p.sku) AS held
            FROM product p
            """)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["sku"] as String, $0["held"] as Int) })
    }

    static func kept(_ t: TestStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try t.store.catalog().map { ($0.product.sku, $0.stock.held) })
    }

    static func expectKeptMatchesRecount(_ t: TestStore, after step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let recounted = try t.store.pool.read { try recount($0) }
        #expect(try kept(t) == recounted, "after \(step)", sourceLocation: sourceLocation)
    }

    @Test func heldStockFollowsEveryChangeOfOrdersAndLines() throws {
        // R4, R12, R24: what imported orders hold is taken from what a new order may have.
        let t = try TestStore(products: Self.products)
        let two = [Fx.item("MUG-BLAU-350", qty: 3), Fx.item("TEE-MATCHA-100", qty: 2)]
        let a = Fx.order("302-0000001-0000001", .unshipped, items: two)
        let b = Fx.order("302-0000001-0000002", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        let c = Fx.order("302-0000001-0000003", .unshipped, items: [Fx.item("MUG-ROT-350", qty: 4)])
        let d = Fx.order("302-0000001-0000004", .unshipped, items: [Fx.item("BECHER-THAI", qty: 1)])
        let afn = Fx.order("302-0000001-0000005", .unshipped, channel: .amazon, items: [Fx.item("MUG-ROT-350", qty: 5)])
        try t.store.ingest([a, b, c, d, afn], watermark: nil, at: Fx.t(1))
        try Self.expectKeptMatchesRecount(t, after: "importing")
        #expect(try Self.kept(t)["MUG-BLAU-350"] == 5 && Self.kept(t)["MUG-ROT-350"] == 4)

        try t.store.ingest([Fx.later(a, .partiallyShipped) { $0.items[0].quantityShipped = 1 }], watermark: nil, at: Fx.t(2))
        try Self.expectKeptMatchesRecount(t, after: "Amazon reporting one unit shipped")
        #expect(try Self.kept(t)["MUG-BLAU-350"] == 4)

        try t.store.ship(ShipmentRequest(amazonOrderId: b.amazonOrderId, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127"),
                         actor: "test", at: Fx.t(3))
        try Self.expectKeptMatchesRecount(t, after: "the merchant shipping an order")
        try t.store.cancel(c.amazonOrderId, reason: .noInventory, refund: Fx.eur(100), actor: "test", at: Fx.t(3))
        try Self.expectKeptMatchesRecount(t, after: "the merchant cancelling an order")
        try t.store.ingest([Fx.later(d, .cancelled)], watermark: nil, at: Fx.t(4))
        try Self.expectKeptMatchesRecount(t, after: "Amazon cancelling an order")
        #expect(try Self.kept(t)["MUG-ROT-350"] == 0 && Self.kept(t)["BECHER-THAI"] == 0)

        let address = PostalAddress(name: "山田太郎", lines: ["1-2-3 Shibuya"], city: "Tokyo", postalCode: "150-0002", region: nil, countryCode: "JP", phone: nil)
        try t.store.createShopOrder(ShopOrderRequest(buyerName: "山田太郎", address: address, lines: [(sku: "MUG-ROT-350", quantity: 2)]), actor: "test", at: Fx.t(5))
        let byAmazon = try t.store.createShopOrder(ShopOrderRequest(buyerName: "Jürgen Groß", address: address, lines: [(sku: "TEE-FBA-50", quantity: 2)]),
                                                   actor: "test", at: Fx.t(5))
        try Self.expectKeptMatchesRecount(t, after: "two shop orders, one fulfilled by Amazon")
        #expect(try Self.kept(t)["TEE-FBA-50"] == 0)
        try t.store.keepWithMerchant(byAmazon.reference, refusedBy: .console, reason: "Amazon has none", at: Fx.t(6))
        try Self.expectKeptMatchesRecount(t, after: "Amazon handing a shop order back to the merchant")
        #expect(try Self.kept(t)["TEE-FBA-50"] == 2)

        // The store never deletes orders or lines today; a repair by hand that does must not skew the figure.
        try t.store.pool.write { db in
            try db.execute(sql: "DELETE FROM localOrderLine WHERE orderItemId = 'OI-TEE-MATCHA-100'")
            try db.execute(sql: "DELETE FROM shopOrder; DELETE FROM fulfillmentOrder; DELETE FROM localOrder WHERE channel = 'shop'")
        }
        try Self.expectKeptMatchesRecount(t, after: "deleting a line and whole orders")
        #expect(try Self.kept(t).values.allSatisfy { $0 >= 0 })
    }
}
