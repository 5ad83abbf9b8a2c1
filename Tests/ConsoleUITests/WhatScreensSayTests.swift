import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// What the screens say about orders, read as text: a shipment counts the moment it is made, one tracking
/// number is one parcel, a header counts what it lists, Pending says what really happens, a cancellation's
/// refund is in the Refunds pane, and a history reads oldest first.
@Suite("What the screens say about orders")
struct WhatScreensSayTests {
    static let first = "302-0000001-0000001"      // Jürgen Groß
    static let second = "302-0000002-0000002"     // น้ำฝน ใจดี
    static let late = "302-0000010-0000010"       // Late Lena: due 12 hours ago
    static let ups = "1Z5R89390357567127"

    /// s on the selected order, UPS picked, the number typed, Enter.
    static func ship(_ f: ConsoleFixture, _ tracking: String = ups) {
        f.press(.character("s"), .up, .character("u"), .tab)
        f.type(tracking)
        f.press(.enter)
    }

    static func row(_ f: ConsoleFixture, _ id: String) -> String? {
        f.text.split(separator: "\n").first { $0.contains(id) }.map(String.init)
    }

    @Test("a shipped order looks shipped at once: detail, list and urgency; Amazon's side says it is confirming")
    func shippedLooksShipped() throws {
        // R13, R15
        let f = try ConsoleFixture(size: Size(rows: 30, columns: 120))
        f.press(.character("o"))   // ship-by urgency: Late Lena on top, LATE
        #expect(f.program.state.orders.rows.first?.amazonOrderId == Self.late)
        #expect(Self.row(f, Self.late)?.contains("LATE") == true)
        Self.ship(f)
        #expect(f.text.contains("Shipped 1 unit of \(Self.late)"))
        // Gone from what is still to ship; the count says one fewer.
        #expect(!f.program.state.orders.rows.contains { $0.amazonOrderId == Self.late })
        #expect(f.text.contains("8 orders still to ship, most urgent first"))

        f.press(.character("o"))   // newest first: the row stays, not late, Amazon confirming
        let row = try #require(Self.row(f, Self.late))
        #expect(row.contains("confirming…") && !row.contains("LATE") && row.contains("shipped"))

        f.press(.character("G"), .enter)
        let detail = f.text
        #expect(detail.contains("Amazon: unshipped, confirming…"))
        #expect(detail.contains("shipped 1/1"))
        #expect(detail.contains("UPS \(Self.ups)") && detail.contains("Amazon: confirming…"))
        #expect(!detail.contains("none yet"))
    }

    @Test("once Amazon accepted the confirmation, the row says confirmed and the detail says so, in English, German and Thai")
    func acceptedLooksConfirmed() throws {
        // R13, R29: not "confirming…" beside an outbox that says Amazon confirmed everything.
        for language in [Language.english, .german, .thai] {
            try Language.$override.withValue(language) {
                let f = try ConsoleFixture(size: Size(rows: 30, columns: 120))
                Self.ship(f)
                let message = try #require(try f.store.openOutbox(kind: .shipment).first)
                try f.store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: ConsoleFixture.now)
                f.program.send(.dataChanged)
                let row = try #require(Self.row(f, Self.first))
                #expect(row.contains(tr("orders.accepted")) && !row.contains(tr("orders.confirming")), "\(row)")
                f.press(.enter)
                let detail = f.text
                #expect(detail.contains(tr("orders.detail.amazon.accepted")), "\(detail)")
                #expect(detail.contains(tr("orders.detail.package.accepted")), "\(detail)")
                #expect(!detail.contains(tr("orders.detail.package.confirming")), "\(detail)")
            }
        }
    }

    @Test("the history of an order reads oldest first, as merchant order prints it")
    func historyOldestFirst() throws {
        let f = try ConsoleFixture(size: Size(rows: 40, columns: 120))
        Self.ship(f)
        f.press(.enter)
        let text = f.text
        let imported = try #require(text.range(of: "imported as local order"))
        let shipped = try #require(text.range(of: "shipped with UPS \(Self.ups)"))
        #expect(imported.lowerBound < shipped.lowerBound)
    }

    @Test("a tracking number on another buyer's order asks Ship anyway?, No first; Yes ships it as one parcel")
    func shipAnyway() throws {
        // R13, R30
        let f = try ConsoleFixture(size: Size(rows: 30, columns: 100))
        Self.ship(f)
        f.press(.character("j"), .character("s"))   // the dialog starts on the carrier last used: UPS
        f.type(Self.ups)
        f.press(.enter)
        #expect(f.text.contains("Ship anyway?"))
        #expect(f.text.contains(Self.first))   // the other order, named
        #expect(try f.store.orderDetail(Self.second).local?.status == .processing)
        f.press(.enter)                        // No, the default: back to the form, nothing shipped
        guard case .ship(let d) = f.program.state.dialog else { Issue.record("the ship dialog closed"); return }
        #expect(d.shipAnyway == nil && d.problem?.hasPrefix("Not shipped") == true)
        #expect(try f.store.orderDetail(Self.second).local?.status == .processing)
        f.press(.enter)                        // asked again
        f.press(.character("y"), .enter)
        #expect(f.program.state.dialog == nil)
        #expect(try f.store.orderDetail(Self.second).local?.status == .shipped)
        #expect(f.program.state.flash?.text.contains("one parcel with \(Self.first)") == true)
    }

    @Test("a search counts all its matches and pages down to the oldest")
    func searchReachesEveryMatch() throws {
        let orders = (0..<72).map { n in
            ConsoleFixture.order(String(format: "302-%07d-%07d", 100 + n, n), .unshipped, buyer: "Anna Kowalski \(n)", hour: Double(n) / 2)
        }
        let f = try ConsoleFixture(orders: orders + ConsoleFixture.mixedOrders)
        f.press(.character("/"))
        f.type("kowalski")
        f.press(.enter)
        #expect(f.text.contains("Search \"kowalski\": 72 orders found"))
        f.press(.character("G"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == orders[0].amazonOrderId)   // the oldest match
        f.press(.character("g"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == orders[71].amazonOrderId)
    }

    @Test("the Pending pane says an Amazon-fulfilled order takes none of the merchant's stock, and flags a short reservation at once")
    func pendingSaysWhatHappens() throws {
        // R9, R14, R5
        let f = try ConsoleFixture(orders: [], size: Size(rows: 24, columns: 120))
        try f.store.setSetting(.importPending, to: "on", actor: "test", at: ConsoleFixture.now)
        try f.store.ingest([ConsoleFixture.order("302-0000031-0000031", .pending, buyer: nil, hour: 60, channel: .amazon)], watermark: nil, at: ConsoleFixture.now)
        try f.store.setSetting(.importPending, to: "off", actor: "test", at: ConsoleFixture.now)
        try f.store.ingest([ConsoleFixture.order("302-0000032-0000032", .pending, buyer: nil, hour: 61, sku: "TEE-MATCHA-100", qty: 31)],
                           watermark: nil, at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        f.press(.character("2"))
        let afn = try #require(Self.row(f, "302-0000031-0000031"))
        #expect(afn.contains("Amazon ships it") && !afn.contains("takes stock"))
        let short = try #require(Self.row(f, "302-0000032-0000032"))
        #expect(short.hasPrefix("!") && short.contains("stock short"))
        #expect(f.text.contains("1 pending order reserves stock that is not there"))   // the banner, over every pane
        f.press(.character("1"))
        #expect(f.text.contains("1 pending order reserves stock that is not there"))
    }

    @Test("a cancellation's refund is in the Refunds pane with its currency, and the totals have its line")
    func cancellationRefundShown() throws {
        // R18, R20
        let f = try ConsoleFixture(size: Size(rows: 24, columns: 120))
        var uk = ConsoleFixture.order("202-0000041-0000041", .unshipped, buyer: "Oliver Smith", hour: 65)
        uk.marketplaceId = "A1F83G8C2ARO7P"
        uk.total = Money(minorUnits: 856, currency: "GBP")
        uk.items[0].unitPrice = Money(minorUnits: 856, currency: "GBP")
        try f.store.ingest([uk], watermark: nil, at: ConsoleFixture.now)
        try f.store.cancel(uk.amazonOrderId, reason: .buyerCanceled, refund: Money(minorUnits: 856, currency: "GBP"), actor: "test", at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        f.press(.character("3"))
        let text = f.text
        #expect(text.contains("GBP ") && text.contains("0.00 done · 8.56 waiting"))
        let row = try #require(Self.row(f, uk.amazonOrderId))
        #expect(row.contains("8.56 GBP") && row.contains("with the cancellation"))
    }
}
