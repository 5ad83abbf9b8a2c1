import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Pending orders: nothing believed before payment, stock reserved or imported early, released on cancel (R8, R9, R11, R12).
@Suite struct PendingOrderTests {
    @Test func aLyingFeedIsNotBelievedWhilePending() throws {
        // R8
        let t = try TestStore()
        var o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", price: Fx.eur(1290))],
                         buyer: "Jürgen Groß", email: "juergen@example.com", address: Fx.address, total: Fx.eur(1290))
        o.items[0].unitPrice = Fx.eur(1290)
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        let stored = try t.detail(o.amazonOrderId).order
        #expect(stored.buyerName == nil)
        #expect(stored.buyerEmail == nil)
        #expect(stored.shippingAddress == nil)
        #expect(stored.total == nil)
        #expect(stored.items.allSatisfy { $0.unitPrice == nil })
        let summary = try #require(try t.store.orders().first)
        #expect(summary.buyerName == nil)
        #expect(summary.total == nil)
        // Nothing derived from them either: the buyer's name does not find the order.
        #expect(try t.store.search("Jürgen").isEmpty)
        #expect(try t.store.search("Hauptstraße").isEmpty)
    }

    @Test func aPendingOrderReservesItsQuantityAndLowersTheAmazonQuantity() throws {
        // R9, R25
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        let report = try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(report.reserved == 1)
        #expect(report.imported == 0)
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .reserved)
        #expect(detail.local == nil)
        #expect(detail.reservations == [Reservation(amazonOrderId: o.amazonOrderId, sku: "MUG-BLAU-350", quantity: 2)])
        #expect(try t.store.reservations() == detail.reservations)
        var entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.reserved == 2)
        #expect(entry.product.stockOnHand == 40)       // the other channels are not touched
        #expect(entry.offeredOnAmazon == 38)
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(Pushed.init) == [Pushed(sku: "MUG-BLAU-350", quantity: 38, handlingDays: nil)])

        // A second pending order updates the one open message in place.
        let o2 = Fx.order("302-0000002-0000002", .pending, purchased: Fx.t(2), items: [Fx.item("MUG-BLAU-350", qty: 3)])
        try t.store.ingest([o2], watermark: nil, at: Fx.t(2))
        entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.reserved == 5)
        #expect(entry.offeredOnAmazon == 35)
        let open = try t.store.openOutbox(kind: .inventory).filter { $0.subject == "MUG-BLAU-350" }
        #expect(open.count == 1)
        #expect(try open.first?.decode(InventoryPayload.self).quantity == 35)
        #expect(try t.store.reservations().count == 2)
        #expect(try t.store.orderCounts().byImportState[.reserved] == 2)
    }

    @Test func aMappedSkuReservesItsProductAndPushesEveryListing() throws {
        // R9: the reservation is held on the product the Amazon SKU takes stock from; each listing gets the quantity.
        let t = try TestStore()
        try t.store.mapSku(amazonSku: "MUG-BLUE-AMZ", to: "MUG-BLAU-350", actor: "merchant", at: Fx.t(0))
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLUE-AMZ", qty: 4)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).reservations == [Reservation(amazonOrderId: o.amazonOrderId, sku: "MUG-BLAU-350", quantity: 4)])
        #expect(try t.inventoryMessages("MUG-BLAU-350").map(\.quantity) == [36])
        #expect(try t.inventoryMessages("MUG-BLUE-AMZ").map(\.quantity) == [36])
    }

    @Test func withoutReservingAPendingOrderWaitsForPayment() throws {
        // R9
        let t = try TestStore(reservePending: false)
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).importState == .awaitingPayment)
        #expect(try t.store.reservations().isEmpty)
        #expect(try t.entry("MUG-BLAU-350").offeredOnAmazon == 40)
        #expect(try t.store.outbox(includeDone: true).isEmpty)
    }

    @Test func importPendingMakesALocalOrderAtOnceNotYetPaid() throws {
        // R9
        let t = try TestStore(importPending: true)
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        let report = try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(report.imported == 1)
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        let local = try #require(detail.local)
        #expect(local.status == .processing)
        #expect(local.paymentStatus == .notYetSubmitted)
        #expect(local.paymentStatus.rawValue == "not yet submitted")
        #expect(detail.reservations.isEmpty)
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.held == 2)
        #expect(entry.stock.reserved == 0)
        #expect(entry.offeredOnAmazon == 38)

        // Paid later: the local order becomes paid, and no second local order appears.
        try t.store.ingest([Fx.later(o, .unshipped) { $0.total = Fx.eur(2580); $0.shippingAddress = Fx.address }], watermark: nil, at: Fx.t(2))
        #expect(try t.detail(o.amazonOrderId).local?.paymentStatus == .paid)
        #expect(try t.detail(o.amazonOrderId).local?.id == local.id)
        #expect(try t.entry("MUG-BLAU-350").stock.held == 2)
    }

    @Test func turningImportPendingOnImportsWaitingOrdersOnReconsider() throws {
        // R9, R28: settings take effect on the next sync.
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).importState == .reserved)
        try t.store.setSetting(.importPending, to: "on", actor: "merchant", at: Fx.t(2))
        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        #expect(detail.reservations.isEmpty)
        #expect(detail.local?.paymentStatus == .notYetSubmitted)
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.reserved == 0)
        #expect(entry.stock.held == 2)
    }

    @Test func amazonCancellingAReservedOrderReleasesTheReservation() throws {
        // R11
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.entry("MUG-BLAU-350").offeredOnAmazon == 38)
        let report = try t.store.ingest([Fx.later(o, .cancelled)], watermark: nil, at: Fx.t(2))
        #expect(report.released == 1)
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.reservations.isEmpty)
        #expect(detail.local == nil)
        #expect(detail.order.status == .cancelled)
        #expect(try t.store.reservations().isEmpty)
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.reserved == 0)
        #expect(entry.offeredOnAmazon == 40)
        #expect(try t.store.openOutbox(kind: .inventory).filter { $0.subject == "MUG-BLAU-350" }.compactMap { try? $0.decode(InventoryPayload.self).quantity } == [40])
        #expect(try t.store.activity().contains { $0.kind == "reservation" && $0.subject == o.amazonOrderId })
        #expect(try t.acks().isEmpty)
    }

    @Test func amazonCancellingAnImportedPendingOrderCancelsTheLocalOrder() throws {
        // R11
        let t = try TestStore(importPending: true)
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.entry("MUG-BLAU-350").stock.held == 2)
        let report = try t.store.ingest([Fx.later(o, .cancelled)], watermark: nil, at: Fx.t(2))
        #expect(report.cancelled == 1)
        let local = try #require(try t.detail(o.amazonOrderId).local)
        #expect(local.status == .cancelled)
        #expect(local.paymentStatus == .notYetSubmitted)
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.held == 0)
        #expect(entry.product.stockOnHand == 40)
        #expect(entry.offeredOnAmazon == 40)
        #expect(try t.inventoryMessages("MUG-BLAU-350").last?.quantity == 40)
    }

    @Test func aPaidPendingOrderTurnsItsReservationIntoALocalOrder() throws {
        // R12
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        let paid = Fx.later(o, .unshipped) {
            $0.buyerName = "Jürgen Groß"
            $0.shippingAddress = Fx.address
            $0.total = Fx.eur(2580)
            $0.items[0].unitPrice = Fx.eur(1290)
        }
        let report = try t.store.ingest([paid], watermark: nil, at: Fx.t(2))
        #expect(report.imported == 1)
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.reservations.isEmpty)
        #expect(detail.importState == .imported)
        let local = try #require(detail.local)
        #expect(local.status == .processing)
        #expect(local.paymentStatus == .paid)
        #expect(detail.order.shippingAddress == Fx.address)
        #expect(detail.order.total == Fx.eur(2580))
        #expect(detail.order.buyerName == "Jürgen Groß")
        #expect(detail.order.items.first?.unitPrice == Fx.eur(1290))
        let entry = try t.entry("MUG-BLAU-350")
        #expect(entry.stock.reserved == 0)
        #expect(entry.stock.held == 2)
        #expect(entry.offeredOnAmazon == 38)
        #expect(try t.store.search("jurg").map(\.amazonOrderId) == [o.amazonOrderId])
        #expect(try t.acks().count == 1)
    }

    @Test func aReservationDoesNotBlockItsOwnOrderWhenPaid() throws {
        // R12: the order's own reservation is not counted against it (3 on hand, 3 reserved by this order).
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("KAFFEE-ESP-1KG", qty: 3)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.entry("KAFFEE-ESP-1KG").stock.available == 0)
        try t.store.ingest([Fx.later(o, .unshipped)], watermark: nil, at: Fx.t(2))
        let detail = try t.detail(o.amazonOrderId)
        #expect(detail.importState == .imported)
        #expect(detail.blockers.isEmpty)
        #expect(try t.entry("KAFFEE-ESP-1KG").stock == StockLevel(onHand: 3, reserved: 0, held: 3))
    }
}
