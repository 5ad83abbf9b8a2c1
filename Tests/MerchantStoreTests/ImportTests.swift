import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Turning Amazon orders into local orders (R4, R5, R6, R7, R24).
@Suite struct ImportTests {
    @Test func anUnshippedOrderBecomesOneLocalOrderThatShipsOnce() throws {
        // R4
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 3)])
        let report = try t.store.ingest([o], watermark: Fx.t(1), at: Fx.t(1))
        #expect(report.imported == 1)

        var detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        let local = try #require(detail.local)
        #expect(local.status == .processing)
        #expect(local.takesStock)
        #expect(local.lines.count == 1)
        let line = try #require(local.lines.first)
        #expect(line.orderItemId == "OI-MUG-BLAU-350" && line.productSku == "MUG-BLAU-350" && line.quantity == 3 && line.quantityShipped == 0)
        var entry = try t.entry("MUG-BLAU-350")
        #expect(entry.product.stockOnHand == 40)
        #expect(entry.stock.held == 3)
        #expect(entry.stock.available == 37)
        #expect(entry.offeredOnAmazon == 37)
        #expect(try t.store.orders().first?.localStatus == .processing)

        // Amazon reports it shipped.
        let shipped = Fx.fullyShipped(Fx.later(o, .shipped))
        let r2 = try t.store.ingest([shipped], watermark: Fx.t(2), at: Fx.t(2))
        #expect(r2.shipped == 1)
        detail = try t.detail(o.amazonOrderId)
        #expect(detail.local?.status == .shipped)
        #expect(detail.local?.lines.first?.quantityShipped == 3)
        entry = try t.entry("MUG-BLAU-350")
        #expect(entry.product.stockOnHand == 37)
        #expect(entry.stock.held == 0)
        #expect(entry.offeredOnAmazon == 37)

        // The same shipment again, and a later update of the shipped order, take nothing more.
        try t.store.ingest([shipped], watermark: Fx.t(2), at: Fx.t(3))
        try t.store.ingest([Fx.later(shipped, .shipped) { $0.buyerName = "Jürgen Groß" }], watermark: Fx.t(4), at: Fx.t(4))
        try t.store.reconsiderWaitingOrders(at: Fx.t(5))
        #expect(try t.entry("MUG-BLAU-350").product.stockOnHand == 37)
        #expect(try t.store.orders().count == 1)
    }

    @Test func aPartialShipmentTakesOnlyWhatShipped() throws {
        // R4: units leave the warehouse as Amazon reports them shipped, each unit once.
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 3)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        let part = Fx.later(o, .partiallyShipped) { $0.items[0].quantityShipped = 1 }
        try t.store.ingest([part], watermark: nil, at: Fx.t(2))
        var entry = try t.entry("MUG-BLAU-350")
        #expect(entry.product.stockOnHand == 39)
        #expect(entry.stock.held == 2)
        #expect(try t.detail(o.amazonOrderId).local?.status == .processing)
        try t.store.ingest([Fx.fullyShipped(Fx.later(part, .shipped))], watermark: nil, at: Fx.t(3))
        entry = try t.entry("MUG-BLAU-350")
        #expect(entry.product.stockOnHand == 37)
        #expect(entry.stock.held == 0)
        #expect(try t.detail(o.amazonOrderId).local?.status == .shipped)
    }

    @Test func withImportOffOrdersAreReadOnly() throws {
        // R4
        let t = try TestStore(importOrders: false)
        let catalogBefore = try t.store.catalog()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 3)])
        let report = try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(report.imported == 0)
        #expect(try t.detail(o.amazonOrderId).importState == .readOnly)
        #expect(try t.detail(o.amazonOrderId).local == nil)
        #expect(try t.store.orders().map(\.importState) == [.readOnly])
        // Shipping it changes no stock either.
        try t.store.ingest([Fx.fullyShipped(Fx.later(o, .shipped))], watermark: nil, at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        #expect(try t.detail(o.amazonOrderId).local == nil)
        #expect(try t.store.catalog() == catalogBefore)
        #expect(try t.store.outbox(includeDone: true).isEmpty)
        #expect(try t.store.outboxCounts().open == 0)
    }

    @Test func anImportedOrderIsPaid() throws {
        // R7
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, buyer: "Jürgen Groß", address: Fx.address, total: Fx.eur(1290))
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).local?.paymentStatus == .paid)
    }

    @Test func anUnknownSkuBlocksUntilMapped() throws {
        // R5
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLUE-AMZ", qty: 2, asin: "B0DEMO0001")])
        let report = try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(report.blocked == 1)
        var detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .blocked)
        #expect(detail.local == nil)
        #expect(detail.blockers == [Blocker.unknownSku("MUG-BLUE-AMZ").description])
        #expect(try t.store.orders().first?.blockers == detail.blockers)
        #expect(try t.store.orderCounts().byImportState[.blocked] == 1)
        #expect(try t.store.orders(filter: .importState(.blocked)).map(\.amazonOrderId) == [o.amazonOrderId])
        #expect(try t.store.activity().contains { $0.kind == "blocked" && $0.subject == o.amazonOrderId })

        // Still blocked on the next sync: reported once, not again.
        #expect(try t.store.reconsiderWaitingOrders(at: Fx.t(2)).blocked == 0)

        try t.store.mapSku(amazonSku: "MUG-BLUE-AMZ", to: "MUG-BLAU-350", actor: "merchant", at: Fx.t(3))
        #expect(try t.entry("MUG-BLAU-350").mappedAmazonSkus == ["MUG-BLUE-AMZ"])
        let r = try t.store.reconsiderWaitingOrders(at: Fx.t(4))
        #expect(r.imported == 1)
        detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        #expect(detail.blockers.isEmpty)
        #expect(detail.local?.lines.map(\.productSku) == ["MUG-BLAU-350"])
        #expect(try t.entry("MUG-BLAU-350").stock.held == 2)
        #expect(try t.store.orderCounts().byImportState[.blocked] == nil)
        #expect(try t.store.orderCounts().byImportState[.imported] == 1)
    }

    @Test func aDisabledProductBlocksUntilEnabled() throws {
        // R5
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(enabled: false), actor: "merchant", at: Fx.t(0))
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-ROT-350")])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).importState == .blocked)
        #expect(try t.detail(o.amazonOrderId).blockers == [Blocker.productDisabled("MUG-ROT-350").description])
        #expect(try t.store.orderCounts().byImportState[.blocked] == 1)

        try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(enabled: true), actor: "merchant", at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        #expect(try t.detail(o.amazonOrderId).importState == .imported)
        #expect(try t.detail(o.amazonOrderId).local?.status == .processing)
    }

    @Test func shortStockBlocksUntilRestocked() throws {
        // R5
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("KAFFEE-ESP-1KG", qty: 5)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).blockers == [Blocker.stockShort(sku: "KAFFEE-ESP-1KG", needed: 5, available: 3).description])
        #expect(try t.entry("KAFFEE-ESP-1KG").stock.held == 0)

        try t.store.updateProduct(sku: "KAFFEE-ESP-1KG", ProductChange(stockOnHand: 10), actor: "merchant", at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        #expect(try t.detail(o.amazonOrderId).importState == .imported)
        let entry = try t.entry("KAFFEE-ESP-1KG")
        #expect(entry.stock.held == 5)
        #expect(entry.stock.available == 5)
    }

    @Test func stockTakenByOneOrderBlocksTheNext() throws {
        // R5: held stock counts; the second order that does not fit is blocked.
        let t = try TestStore()
        let a = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("KAFFEE-ESP-1KG", qty: 2)])
        let b = Fx.order("302-0000002-0000002", .unshipped, purchased: Fx.t(2), items: [Fx.item("KAFFEE-ESP-1KG", qty: 2)])
        try t.store.ingest([a, b], watermark: nil, at: Fx.t(3))
        #expect(try t.detail(a.amazonOrderId).importState == .imported)
        #expect(try t.detail(b.amazonOrderId).blockers == [Blocker.stockShort(sku: "KAFFEE-ESP-1KG", needed: 2, available: 1).description])
    }

    @Test func aProductWithoutAsinBlocksAmazonOrders() throws {
        // R24
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("NOASIN-SHOP-ONLY", asin: "B0SOMEASIN")])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .blocked)
        #expect(detail.blockers == [Blocker.missingAsin("NOASIN-SHOP-ONLY").description])
        #expect(try t.entry("NOASIN-SHOP-ONLY").stock.held == 0)
        #expect(try t.entry("NOASIN-SHOP-ONLY").offeredOnAmazon == nil)

        try t.store.updateProduct(sku: "NOASIN-SHOP-ONLY", ProductChange(asin: "b0demo0099"), actor: "merchant", at: Fx.t(2))
        #expect(try t.entry("NOASIN-SHOP-ONLY").product.asin == "B0DEMO0099")
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        #expect(try t.detail(o.amazonOrderId).importState == .imported)
    }

    @Test func anImportedMerchantOrderIsAcknowledgedExactlyOnce() throws {
        // R6
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        try t.store.ingest([o], watermark: nil, at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        try t.store.ingest([Fx.later(o, .unshipped) { $0.buyerName = "Jürgen Groß" }], watermark: nil, at: Fx.t(4))
        try t.store.reconsiderWaitingOrders(at: Fx.t(5))
        let acks = try t.acks()
        #expect(acks.count == 1)
        let ack = try #require(acks.first)
        #expect(ack.idempotencyKey == "ack:\(o.amazonOrderId)")
        #expect(ack.subject == o.amazonOrderId)
        #expect(ack.state == .queued)
        let payload = try ack.decode(AcknowledgementPayload.self)
        #expect(payload.amazonOrderId == o.amazonOrderId)
        #expect(payload.marketplaceId == Fx.de)
        #expect(payload.orderItemIds == ["OI-MUG-BLAU-350"])
        let local = try #require(try t.detail(o.amazonOrderId).local)
        #expect(payload.merchantOrderId == String(local.id))
        #expect(try t.store.openOutbox(kind: .acknowledgement).count == 1)
    }

    @Test func aBlockedOrderIsAcknowledgedOnceWhenImportedLater() throws {
        // R6: acknowledged when it is imported, not while blocked, and only once.
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLUE-AMZ")])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.acks().isEmpty)
        try t.store.mapSku(amazonSku: "MUG-BLUE-AMZ", to: "MUG-BLAU-350", actor: "merchant", at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        try t.store.reconsiderWaitingOrders(at: Fx.t(4))
        try t.store.ingest([Fx.later(o, .unshipped)], watermark: nil, at: Fx.t(5))
        #expect(try t.acks().map(\.idempotencyKey) == ["ack:\(o.amazonOrderId)"])
    }

    @Test func amazonFulfilledOrdersAreNotAcknowledgedAndTakeNoStock() throws {
        // R6, R14
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, channel: .amazon, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        #expect(detail.local?.takesStock == false)
        #expect(try t.acks().isEmpty)
        try t.store.ingest([Fx.fullyShipped(Fx.later(o, .shipped))], watermark: nil, at: Fx.t(2))
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.product.stockOnHand == 40)
        #expect(entry.stock.held == 0)
        #expect(try t.detail(o.amazonOrderId).local?.status == .shipped)
    }

    @Test func importingQueuesTheNewAmazonQuantity() throws {
        // R25: the held units lower what Amazon is offered, and the new quantity is queued.
        let t = try TestStore()
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 3)])], watermark: nil, at: Fx.t(1))
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(\.quantity) == [37])
    }
}
