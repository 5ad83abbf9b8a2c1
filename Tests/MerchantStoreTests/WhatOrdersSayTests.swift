import Foundation
import MerchantCore
import GRDB
@testable import MerchantStore
import Testing

/// What the lists and the detail say about an order: the merchant's own shipments count the moment `ship`
/// commits (Amazon's status may lag, and says so), lists count what they list, a search reaches every match,
/// a cancellation's refund is a refund, and a reservation the stock cannot cover is said at once.
@Suite struct WhatOrdersSayTests {
    static let ups = "1Z5R89390357567127"

    static func buyer(_ name: String, street: String = "Hauptstraße 1") -> PostalAddress {
        PostalAddress(name: name, lines: [street], city: "Berlin", postalCode: "10115", region: nil, countryCode: "DE")
    }

    /// An unshipped order of `qty` mugs for `name`, due `dueHours` after connecting.
    static func open(_ id: String, _ name: String, qty: Int = 3, hour: Double = 1, dueHours: Double = 30, street: String = "Hauptstraße 1") -> AmazonOrder {
        Fx.order(id, .unshipped, purchased: Fx.t(hour), latestShip: Fx.t(dueHours), items: [Fx.item("MUG-BLAU-350", qty: qty, price: Fx.eur(1290))],
                 buyer: name, address: buyer(name, street: street), total: Fx.eur(1290 * Int64(qty)))
    }

    func ship(_ t: TestStore, _ id: String, _ tracking: String = ups, carrier: String = "UPS", items: [String: Int]? = nil,
              sharedParcel: Bool = false) throws -> ShipmentPayload {
        try t.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse(carrier), trackingNumber: tracking, items: items,
                                         sharedParcel: sharedParcel), actor: "test", at: Fx.t(40))
    }

    // MARK: 1. a shipped order looks shipped

    @Test func theMerchantsShipmentCountsAtOnceInTheDetailAndTheList() throws {
        // R13, R15: shipped by our record at once; Amazon's status lags until the next sync, and says so.
        let t = try TestStore()
        let late = Self.open("302-0000001-0000001", "山田花子", dueHours: 30)
        try t.store.ingest([late], watermark: nil, at: Fx.t(2))
        _ = try ship(t, late.amazonOrderId)

        let detail = try t.detail(late.amazonOrderId)
        #expect(detail.order.status == .unshipped)                  // Amazon has not heard yet
        #expect(detail.unitsShipped(detail.order.items[0]) == 3)    // but three units left
        #expect(detail.amazonStatusShown == .confirming)
        #expect(detail.shipments.map(\.trackingNumber) == [Self.ups])
        #expect(detail.shipments.first?.atAmazon == .confirming)
        #expect(detail.shipments.first?.items == [PackageLine(orderItemId: "OI-MUG-BLAU-350", quantity: 3)])

        let row = try #require(try t.store.orders().first)
        #expect(row.unitsShipped == 3 && row.unitsShippedAtAmazon == 0)
        #expect(row.isShippedInFull && !row.isOpenToShip && row.amazonStatusShown == .confirming)
    }

    @Test func aConfirmationAmazonAcceptedIsConfirmedNotConfirmingInTheDetailAndTheList() throws {
        // R13, R29: once Amazon accepted the confirmation, the order is not "confirming…" while its report lags.
        let t = try TestStore()
        let order = Self.open("302-0000001-0000001", "Jürgen Groß")
        try t.store.ingest([order], watermark: nil, at: Fx.t(2))
        _ = try ship(t, order.amazonOrderId)
        let message = try #require(try t.store.openOutbox(kind: .shipment).first)
        try t.store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: Fx.t(41))

        let detail = try t.detail(order.amazonOrderId)
        #expect(detail.order.status == .unshipped)                  // Amazon's report not read since
        #expect(detail.amazonStatusShown == .accepted)
        #expect(detail.shipments.first?.atAmazon == .accepted)
        #expect(try #require(try t.store.orders().first).amazonStatusShown == .accepted)

        // Amazon's report holds the package at last: its own status, and the package confirmed.
        let reported = Fx.fullyShipped(Fx.later(order, .shipped, by: 41) {
            $0.packages = [ShipmentPackage(packageReferenceId: "1", carrier: "UPS", trackingNumber: Self.ups, shipDate: Fx.t(40),
                                           items: [PackageLine(orderItemId: "OI-MUG-BLAU-350", quantity: 3)])]
        })
        try t.store.ingest([reported], watermark: nil, at: Fx.t(43))
        #expect(try t.detail(order.amazonOrderId).amazonStatusShown == .amazon(.shipped))
        #expect(try t.detail(order.amazonOrderId).shipments.first?.atAmazon == .confirmed)
        #expect(try #require(try t.store.orders().first).amazonStatusShown == .amazon(.shipped))
    }

    @Test func aRefusedConfirmationIsNotAcceptedInTheList() throws {
        // R30: refused by Amazon is not shipped at Amazon; the list does not say "confirmed".
        let t = try TestStore()
        let order = Self.open("302-0000001-0000001", "Jürgen Groß")
        try t.store.ingest([order], watermark: nil, at: Fx.t(2))
        _ = try ship(t, order.amazonOrderId)
        let message = try #require(try t.store.openOutbox(kind: .shipment).first)
        try t.store.updateOutbox(ids: [message.id], state: .failed, error: "HTTP 400: no", countAttempt: true, at: Fx.t(41))
        #expect(try t.detail(order.amazonOrderId).shipments.first?.atAmazon == .refused("HTTP 400: no"))
        #expect(try t.detail(order.amazonOrderId).amazonStatusShown == .confirming)
        #expect(try #require(try t.store.orders().first).amazonStatusShown == .confirming)
    }

    @Test func theUrgencyListDropsAnOrderShippedInFullAndCountsWhatItLists() throws {
        // R15: the order the merchant shipped is not late any more, whatever Amazon still says.
        let t = try TestStore()
        let late = Self.open("302-0000001-0000001", "山田花子", dueHours: 30)
        let partly = Self.open("302-0000002-0000002", "佐藤花子", qty: 2, hour: 2, dueHours: 31)
        let later = Self.open("302-0000003-0000003", "Jürgen Groß", hour: 3, dueHours: 60)
        let pending = Fx.order("302-0000004-0000004", .pending, purchased: Fx.t(4))
        let shipped = Fx.fullyShipped(Fx.order("302-0000005-0000005", .shipped, purchased: Fx.t(5)))
        try t.store.ingest([late, partly, later, pending, shipped], watermark: nil, at: Fx.t(6))
        #expect(try t.store.orders(sort: .urgency).map(\.amazonOrderId) == [late, partly, later].map(\.amazonOrderId))
        #expect(try t.store.orderCount(filter: .all, sort: .urgency) == 3)
        #expect(try t.store.orderCount(filter: .all, sort: .newest) == 5)

        _ = try ship(t, late.amazonOrderId)
        _ = try ship(t, partly.amazonOrderId, "3318810025", carrier: "DHL Express", items: ["MUG-BLAU-350": 1])
        let urgent = try t.store.orders(sort: .urgency)
        #expect(urgent.map(\.amazonOrderId) == [partly, later].map(\.amazonOrderId))  // part shipped: still to ship
        #expect(urgent.first?.unitsShipped == 1 && urgent.first?.isOpenToShip == true)
        #expect(try t.store.orderCount(filter: .all, sort: .urgency) == 2)
        #expect(try t.store.orderCount(filter: .status(.unshipped), sort: .urgency) == 2)
        #expect(try t.store.orderCount(filter: .status(.pending), sort: .urgency) == 0)
        #expect(try t.store.orderCount(filter: .status(.unshipped), sort: .newest) == 3)
    }

    // MARK: 2. one tracking number, one parcel, one address

    @Test func aTrackingNumberOnAnotherAddresssOrderIsRefusedNamingIt() throws {
        // R13, R30: refused with the other order's id, and nothing changes; said on purpose, it ships.
        let t = try TestStore()
        let hanako = Self.open("302-0000001-0000001", "山田花子")
        let sato = Self.open("302-0000002-0000002", "佐藤花子", hour: 2)
        try t.store.ingest([hanako, sato], watermark: nil, at: Fx.t(3))
        _ = try ship(t, hanako.amazonOrderId)
        #expect(throws: ActionRefusal.parcelOfOtherOrder(sato.amazonOrderId, trackingNumber: Self.ups, other: hanako.amazonOrderId)) {
            try ship(t, sato.amazonOrderId)
        }
        #expect(try t.detail(sato.amazonOrderId).local?.status == .processing)
        #expect(try t.store.openOutbox(kind: .shipment).count == 1)
        let refusal = ActionRefusal.parcelOfOtherOrder(sato.amazonOrderId, trackingNumber: Self.ups, other: hanako.amazonOrderId).description
        #expect(refusal.contains(hanako.amazonOrderId) && refusal.contains("another address"))

        let onPurpose = try ship(t, sato.amazonOrderId, sharedParcel: true)
        #expect(onPurpose.sharesParcelWith == [hanako.amazonOrderId] && onPurpose.parcelToOtherAddress == true)
        #expect(try t.detail(sato.amazonOrderId).local?.status == .shipped)
        // Another carrier's number with the same digits is another parcel.
        let third = Self.open("302-0000003-0000003", "Jürgen Groß", hour: 3)
        try t.store.ingest([third], watermark: nil, at: Fx.t(4))
        #expect(try ship(t, third.amazonOrderId, "3318810025", carrier: "DHL Express").sharesParcelWith == nil)
    }

    @Test func twoOrdersOfOneBuyerToOneAddressShareAParcelAndSaySo() throws {
        // R13
        let t = try TestStore()
        let first = Self.open("302-0000001-0000001", "山田花子")
        let second = Self.open("302-0000002-0000002", "山田花子", hour: 2)
        let sameNameElsewhere = Self.open("302-0000003-0000003", "山田花子", hour: 3, street: "Lindenweg 7")
        try t.store.ingest([first, second, sameNameElsewhere], watermark: nil, at: Fx.t(4))
        _ = try ship(t, first.amazonOrderId)
        let together = try ship(t, second.amazonOrderId)
        #expect(together.sharesParcelWith == [first.amazonOrderId] && together.parcelToOtherAddress == nil)
        #expect(together.parcelNote.contains("the same buyer and address"))
        #expect(try t.store.activity(limit: 1).first?.message.contains("one parcel with \(first.amazonOrderId)") == true)
        #expect(throws: ActionRefusal.self) { try ship(t, sameNameElsewhere.amazonOrderId) }
    }

    @Test func theOtherOrdersAreFoundThroughTheIndexNotAScan() throws {
        let t = try TestStore()
        let plan = try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT amazonOrderId FROM shipment INDEXED BY shipment_tracking WHERE trackingNumber = ? AND carrierCode = ?",
                             arguments: [Self.ups, "UPS"]).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("USING INDEX shipment_tracking") && !plan.contains("SCAN"))
    }

    // MARK: 3. a search reaches every match, and counts them

    @Test func aSearchPagesThroughAllItsMatchesAndCountsThemAll() throws {
        let t = try TestStore()
        let orders = (0..<72).map { n in
            Fx.order(String(format: "302-%07d-%07d", n, n), .unshipped, purchased: Fx.t(Double(n) / 4),
                     items: [Fx.item("MUG-BLAU-350")], buyer: "Anna Müller \(n)")
        } + [Fx.order("302-9999999-9999999", .unshipped, purchased: Fx.t(30), buyer: "Jürgen Groß")]
        try t.store.ingest(orders, watermark: nil, at: Fx.t(40))
        #expect(try t.store.searchCount("müller") == 72)
        var seen: [OrderSummary] = []
        var cursor: OrderCursor?
        for _ in 0..<10 {
            let page = try t.store.search("muller", after: cursor, limit: 25)
            guard let last = page.last else { break }
            seen += page
            cursor = MerchantStore.searchCursor(after: last)
        }
        #expect(seen.count == 72)
        #expect(seen.map(\.amazonOrderId) == orders.prefix(72).reversed().map(\.amazonOrderId))  // newest first, the oldest reached
        // From the end backwards (G): the oldest first, then those above them.
        let tail = try t.store.search("muller", before: nil, limit: 5)
        #expect(tail.map(\.amazonOrderId) == orders.prefix(5).map(\.amazonOrderId))
        let above = try t.store.search("muller", before: MerchantStore.searchCursor(after: tail[4]), limit: 2)
        #expect(above.map(\.amazonOrderId) == orders[5..<7].map(\.amazonOrderId))
    }

    // MARK: 6. a reservation the stock cannot cover is said at once

    @Test func aReservationTheStockCannotCoverIsFlaggedBeforePayment() throws {
        // R5, R9: 3 espresso packs on hand; two pending orders reserve 2 each: paid now, each would be blocked.
        let t = try TestStore()
        let a = Fx.order("302-0000001-0000001", .pending, purchased: Fx.t(1), items: [Fx.item("KAFFEE-ESP-1KG", qty: 2)])
        let b = Fx.order("302-0000002-0000002", .pending, purchased: Fx.t(2), items: [Fx.item("KAFFEE-ESP-1KG", qty: 2)])
        let fine = Fx.order("302-0000003-0000003", .pending, purchased: Fx.t(3), items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([a, fine], watermark: nil, at: Fx.t(4))
        #expect(try t.store.shortReservations().isEmpty)
        try t.store.ingest([b], watermark: nil, at: Fx.t(5))
        let short = try t.store.shortReservations()
        #expect(Set(short.keys) == [a.amazonOrderId, b.amazonOrderId])
        #expect(short[b.amazonOrderId] == [.stockShort(sku: "KAFFEE-ESP-1KG", needed: 2, available: 1)])
        // And it is what the payment would do: paid, the order is blocked for that very reason.
        try t.store.ingest([Fx.later(b, .unshipped) { $0.items[0].unitPrice = Fx.eur(2190) }], watermark: nil, at: Fx.t(6))
        #expect(try t.detail(b.amazonOrderId).importState == .blocked)
    }

    // MARK: 7. a cancellation's refund is a refund

    @Test func aCancellationsRefundIsInTheQueueAndTheTotalsInItsCurrency() throws {
        // R18, R20
        let t = try TestStore()
        let uk = Fx.order("202-0000001-0000001", .unshipped, marketplace: Fx.uk, items: [Fx.item("MUG-BLAU-350", price: Money(minorUnits: 856, currency: "GBP"))],
                          buyer: "Oliver Smith", total: Money(minorUnits: 856, currency: "GBP"))
        try t.store.ingest([uk], watermark: nil, at: Fx.t(2))
        try t.store.cancel(uk.amazonOrderId, reason: .buyerCanceled, refund: Money(minorUnits: 856, currency: "GBP"), actor: "test", at: Fx.t(3))

        let entry = try #require(try t.store.refundQueue().first)
        #expect(entry.amazonOrderId == uk.amazonOrderId && entry.origin == .cancellation && entry.state == .waiting)
        #expect(entry.amount == Money(minorUnits: 856, currency: "GBP") && entry.buyerName == "Oliver Smith")
        #expect(try t.store.refundTotals().lines.map(\.currency) == ["GBP"])
        #expect(try t.store.refundTotals().lines.first?.waiting == Money(minorUnits: 856, currency: "GBP"))
        #expect(try t.store.refunds(of: uk.amazonOrderId).own.map(\.origin) == [.cancellation])

        // Amazon took the cancellation: its refund is done.
        let message = try #require(try t.store.openOutbox(kind: .cancellation).first)
        try t.store.updateOutbox(ids: [message.id], state: .done, at: Fx.t(4))
        #expect(try t.store.refundQueue().first?.state == .done)
        #expect(try t.store.refundTotals().lines.first?.done == Money(minorUnits: 856, currency: "GBP"))
    }
}
