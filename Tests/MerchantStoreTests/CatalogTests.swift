import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Products, their stock and what Amazon is offered (R24, R25, R30).
@Suite struct CatalogTests {
    @Test func theCatalogListsEveryProductWithItsStock() throws {
        let t = try TestStore()
        let catalog = try t.store.catalog()
        #expect(catalog.map(\.product.sku) == Fx.catalog.map(\.sku).sorted())
        #expect(catalog.map(\.product) == Fx.catalog.sorted { $0.sku < $1.sku })
        let mug = try t.entry("MUG-BLAU-350")
        #expect(mug.stock == StockLevel(onHand: 40, reserved: 0, held: 0))
        #expect(mug.offeredOnAmazon == 40)
        #expect(try t.store.product(sku: "NO-SUCH-SKU") == nil)
    }

    @Test func fbaNeedsAnAsinAndARefusalChangesNothing() throws {
        // R24, R30
        let t = try TestStore()
        let before = try t.entry("NOASIN-SHOP-ONLY")
        let activityBefore = try t.store.activity(limit: 1_000)
        #expect(throws: CatalogError.asinRequiredForFBA("NOASIN-SHOP-ONLY")) {
            try t.store.updateProduct(sku: "NOASIN-SHOP-ONLY", ProductChange(stockOnHand: 5, fba: true), actor: "merchant", at: Fx.t(1))
        }
        #expect(try t.entry("NOASIN-SHOP-ONLY") == before)
        #expect(try t.store.activity(limit: 1_000) == activityBefore)
        #expect(try t.store.outbox(includeDone: true).isEmpty)

        // With its ASIN in the same change, FBA is accepted; an FBA listing is not offered from our stock (R26).
        let p = try t.store.updateProduct(sku: "NOASIN-SHOP-ONLY", ProductChange(asin: "B0DEMO0042", fba: true), actor: "merchant", at: Fx.t(2))
        #expect(p.fba && p.asin == "B0DEMO0042")
        #expect(try t.entry("NOASIN-SHOP-ONLY").offeredOnAmazon == nil)
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        // R30
        let t = try TestStore()
        let before = try t.store.catalog()
        let activityBefore = try t.store.activity(limit: 1_000)
        #expect(throws: CatalogError.invalidAsin("B0SHORT")) {
            try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 7, asin: "B0SHORT"), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.invalidAsin("B0DEMOßß01")) {
            try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(asin: "B0DEMOßß01"), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.invalidQuantity("stock", -1)) {
            try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: -1, enabled: false), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.invalidQuantity("Amazon stock", -3)) {
            try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(amazonStockOverride: .some(-3)), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.invalidHandlingDays(31)) {
            try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(handlingDays: .some(31)), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.unknownProduct("NO-SUCH-SKU")) {
            try t.store.updateProduct(sku: "NO-SUCH-SKU", ProductChange(stockOnHand: 1), actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.unknownProduct("NO-SUCH-SKU")) {
            try t.store.mapSku(amazonSku: "AMZ-1", to: "NO-SUCH-SKU", actor: "merchant", at: Fx.t(1))
        }
        #expect(throws: CatalogError.invalidSku("has space")) {
            try t.store.mapSku(amazonSku: "has space", to: "MUG-BLAU-350", actor: "merchant", at: Fx.t(1))
        }
        #expect(try t.store.catalog() == before)
        #expect(try t.store.activity(limit: 1_000) == activityBefore)
        #expect(try t.store.outbox(includeDone: true).isEmpty)
    }

    @Test func aChangeIsLoggedAndItsAmazonQuantityQueued() throws {
        // R24, R25, R29
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 12), actor: "merchant", at: Fx.t(1))
        #expect(try t.entry("MUG-BLAU-350").product.stockOnHand == 12)
        let line = try #require(try t.store.activity().first)
        #expect(line.kind == "catalog" && line.subject == "MUG-BLAU-350" && line.actor == "merchant")
        #expect(line.message.contains("stock 40 → 12"))
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(\.quantity) == [12])

        // A change that changes nothing writes nothing.
        let count = try t.store.activity(limit: 1_000).count
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 12), actor: "merchant", at: Fx.t(2))
        #expect(try t.store.activity(limit: 1_000).count == count)
        #expect(try t.inventoryMessages("MUG-BLAU-350").count == 1)
    }

    @Test func theAmazonQuantityFollowsTheOverrideMinusReservedAndCommitted() throws {
        // R25: offered = (override ?? onHand) − reserved − held, never below zero.
        let t = try TestStore()
        try t.store.ingest([
            Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-ROT-350", qty: 2)]),
            Fx.order("302-0000002-0000002", .unshipped, purchased: Fx.t(2), items: [Fx.item("MUG-ROT-350", qty: 1)]),
        ], watermark: nil, at: Fx.t(3))
        var entry = try t.entry("MUG-ROT-350")
        #expect(entry.stock == StockLevel(onHand: 25, reserved: 2, held: 1))
        #expect(entry.offeredOnAmazon == 22)

        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(amazonStockOverride: .some(10)), actor: "merchant", at: Fx.t(4))
        entry = try t.entry("MUG-ROT-350")
        #expect(entry.product.amazonStockOverride == 10)
        #expect(entry.offeredOnAmazon == 7)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 7)

        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(amazonStockOverride: .some(2)), actor: "merchant", at: Fx.t(5))
        #expect(try t.entry("MUG-ROT-350").offeredOnAmazon == 0)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 0)

        // Clearing the override goes back to stock on hand.
        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(amazonStockOverride: .some(nil)), actor: "merchant", at: Fx.t(6))
        entry = try t.entry("MUG-ROT-350")
        #expect(entry.product.amazonStockOverride == nil)
        #expect(entry.offeredOnAmazon == 22)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 22)
        // One open message per listing, updated in place.
        #expect(try t.store.openOutbox(kind: .inventory).filter { $0.subject == "MUG-ROT-350" }.count == 1)
    }

    @Test func aDisabledProductOffersNothingOnAmazonUntilEnabledAgain() throws {
        // R25, R5: disabling pushes 0 so Amazon stops taking orders the console would block; enabling pushes the stock back.
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(enabled: false), actor: "merchant", at: Fx.t(1))
        #expect(try t.entry("MUG-ROT-350").offeredOnAmazon == 0)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 0)

        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(stockOnHand: 30), actor: "merchant", at: Fx.t(2))
        #expect(try t.entry("MUG-ROT-350").offeredOnAmazon == 0)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 0)

        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(enabled: true), actor: "merchant", at: Fx.t(3))
        #expect(try t.entry("MUG-ROT-350").offeredOnAmazon == 30)
        #expect(try t.inventoryMessages("MUG-ROT-350").last?.quantity == 30)
    }

    @Test func handlingDaysTravelWithTheQuantity() throws {
        // R24: the Amazon handling time override goes out with the listing's quantity.
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(handlingDays: .some(3)), actor: "merchant", at: Fx.t(1))
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 30), actor: "merchant", at: Fx.t(2))
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(Pushed.init) == [Pushed(sku: "MUG-BLAU-350", quantity: 30, handlingDays: 3)])
    }
}

/// Amazon overrides and new listings must reach Amazon even when the quantity itself did not change (R24, R25).
@Suite struct ListingPushTests {
    @Test func aChangedHandlingTimeIsQueuedEvenIfTheQuantityStaysTheSame() throws {
        // R24: the handling-time override is sent with the listing's quantity (InventoryPayload.handlingDays).
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 30), actor: "merchant", at: Fx.t(1))
        let sent = try #require(try t.store.openOutbox(kind: .inventory).first)
        try t.store.updateOutbox(ids: [sent.id], state: .done, at: Fx.t(2))
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(handlingDays: .some(3)), actor: "merchant", at: Fx.t(3))
        let queued = try t.store.openOutbox(kind: .inventory).map { Pushed(try $0.decode(InventoryPayload.self)) }
        #expect(queued == [Pushed(sku: "MUG-BLAU-350", quantity: 30, handlingDays: 3)])
    }

    @Test func aNewlyMappedAmazonSkuIsOfferedTheProductsQuantity() throws {
        // R5, R25: once an Amazon SKU takes stock from a product, its listing is offered that product's quantity.
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 30), actor: "merchant", at: Fx.t(1))
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(\.quantity) == [30])
        try t.store.mapSku(amazonSku: "MUG-BLUE-AMZ", to: "MUG-BLAU-350", actor: "merchant", at: Fx.t(2))
        #expect(try t.entry("MUG-BLAU-350").mappedAmazonSkus == ["MUG-BLUE-AMZ"])
        let pushed = try t.inventoryMessages("MUG-BLUE-AMZ").map(\.quantity)
        #expect(pushed == [30])
    }
}

/// The quantity that leaves for Amazon is the newest one: a sync that read the outbox a moment before a stock change
/// must not send the quantity the change replaced, and then record the listing as told (R25). Seen under load in the
/// kill -9 harness: Amazon offered two units fewer than the store once a cancel had freed them.
@Suite struct ClaimingAnInventoryMessage {
    @Test func theClaimedQuantityIsTheOneStoredWhenItIsMarked() throws {
        // R25
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 12), actor: "merchant", at: Fx.t(1))
        let readEarlier = try #require(try t.store.openOutbox(kind: .inventory).first { $0.subject == "MUG-BLAU-350" })
        // The stock changes after the sync read the outbox and before it marks the message as leaving.
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 15), actor: "merchant", at: Fx.t(2))
        #expect(try readEarlier.decode(InventoryPayload.self).quantity == 12)

        let claimed = try #require(try t.store.claimOutbox(id: readEarlier.id, at: Fx.t(3)))
        #expect(claimed.state == .submitting)
        #expect(try claimed.decode(InventoryPayload.self).quantity == 15)
        // Once it leaves, a newer quantity is a message of its own; claimed again (a sync that died before the answer),
        // it goes out as it first left, under its own key (R29).
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 9), actor: "merchant", at: Fx.t(4))
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(\.quantity).sorted() == [9, 15])
        #expect(try t.store.claimOutbox(id: readEarlier.id, at: Fx.t(5)).map { try $0.decode(InventoryPayload.self).quantity } == 15)
        // Finished, it is claimed no more.
        try t.store.updateOutbox(ids: [readEarlier.id], state: .done, at: Fx.t(6))
        #expect(try t.store.claimOutbox(id: readEarlier.id, at: Fx.t(7)) == nil)
    }
}
