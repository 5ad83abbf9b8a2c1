import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Ship, ship the marked, cancel: keys in, the store's state out. Nothing reaches the store without a
/// confirmed dialog, and a refusal changes nothing.
@Suite("Order actions from the console")
struct OrderActionTests {
    static let first = "302-0000001-0000001"
    static let ups = "1Z5R89390357567127"

    /// The first order's state in the store: our status, units shipped by our record, shipments queued for Amazon.
    static func state(_ f: ConsoleFixture, _ id: String = first) throws -> (status: LocalOrderStatus?, shipped: Int, shipments: Int, cancellations: Int) {
        let detail = try f.store.orderDetail(id)
        let outbox = try f.store.outbox(includeDone: true).filter { $0.subject == id }
        return (detail.local?.status, detail.local?.lines.reduce(0) { $0 + $1.quantityShipped } ?? 0,
                outbox.filter { $0.kind == .shipment }.count, outbox.filter { $0.kind == .cancellation }.count)
    }

    /// s, then UPS picked on the carrier (↑, `u`), back to the tracking field.
    static func openShip(_ f: ConsoleFixture) {
        f.press(.character("s"), .up, .character("u"), .tab)
    }

    var shipDialog: (ConsoleFixture) -> ShipDialog? = { f in
        if case .ship(let d) = f.program.state.dialog { return d }
        return nil
    }

    @Test("typing s, c, q or a digit in the tracking field types it: no other dialog, no pane, no quit")
    func typingStaysInTheField() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type("sc2q?/ ")
        let d = try #require(shipDialog(f))
        #expect(d.tracking.text == "sc2q?/ ")
        #expect(d.order.amazonOrderId == Self.first)
        #expect(f.program.state.pane == .orders && !f.program.state.quit && !f.program.state.showHelp)
        #expect(try Self.state(f).shipments == 0)
    }

    @Test("Esc closes the ship dialog and changes nothing in the store (R30)")
    func escapeChangesNothing() throws {
        let f = try ConsoleFixture()
        let outboxBefore = try f.store.outbox(includeDone: true)
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.escape)
        #expect(f.program.state.dialog == nil)
        #expect(try Self.state(f).status == .processing)
        #expect(try f.store.outbox(includeDone: true) == outboxBefore)
        #expect(f.text.contains("Closed: nothing was changed."))
    }

    @Test("Enter with a valid tracking number ships through the store and queues the confirmation (R13)")
    func confirmShips() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.enter)
        // R13: shipped with the carrier and number, the confirmation queued for Amazon.
        let after = try Self.state(f)
        #expect(after.status == .shipped && after.shipped == 1 && after.shipments == 1)
        #expect(try f.store.activity(limit: 1).first?.message == "\(Self.first) shipped with UPS \(Self.ups)")
        #expect(f.program.state.dialog == nil)
        #expect(f.text.contains("Shipped 1 unit of \(Self.first) with UPS \(Self.ups)"))
        #expect(f.program.state.orders.rows.first?.localStatus == .shipped)  // the list was read again
    }

    @Test("Enter with an invalid tracking number keeps the dialog and sends nothing (R13, R30)")
    func invalidTrackingNotSent() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type("1Z5R89390357567128")
        f.press(.enter)
        let d = try #require(shipDialog(f))
        #expect(d.problem?.contains("check digit") == true)
        #expect(try Self.state(f).shipments == 0)
    }

    @Test("a ship date in the future is refused by ShipDate as it is typed (R13)")
    func futureDate() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.tab)
        for _ in 0..<16 { f.press(.backspace) }
        f.type("2026-02-01")
        #expect(f.text.contains("in the future"))
        f.press(.enter)
        #expect(try Self.state(f).shipments == 0)
        for _ in 0..<10 { f.press(.backspace) }
        f.type("2026-01-03 18:00")
        #expect(f.text.contains("before the order was"))  // bought at 22:00
        f.press(.enter)
        #expect(try Self.state(f).shipments == 0)
        for _ in 0..<5 { f.press(.backspace) }
        f.type("23:30")
        #expect(f.text.contains("✓ 2026-01-03 23:30 UTC"))
        f.press(.enter)
        let payload = try #require(try f.store.outbox(includeDone: true).first { $0.kind == .shipment })
        // R13: the confirmation carries the date the merchant gave.
        let sent = try JSONDecoder().decode(ShipmentPayload.self, from: payload.payload)
        #expect(sent.shipDate == ConsoleFixture.hours(71.5))
    }

    @Test("fewer units than open make a partial shipment; the order stays open (R13)")
    func partialShipment() throws {
        let order = ConsoleFixture.order("302-0000020-0000020", .unshipped, buyer: "Teil Theo", hour: 71, qty: 3)
        let f = try ConsoleFixture(orders: ConsoleFixture.mixedOrders + [order])
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == order.amazonOrderId)
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.tab, .tab, .left, .left)  // tracking → date → the item: 3, 2, 1
        #expect(shipDialog(f)?.quantities == [1])
        f.press(.enter)
        let after = try Self.state(f, order.amazonOrderId)
        #expect(after.status == .processing && after.shipped == 1 && after.shipments == 1)
        // The next dialog offers the two left.
        Self.openShip(f)
        #expect(shipDialog(f)?.open == [2])
    }

    @Test("R16's reminder is in the first ship dialog of the session only (R16)")
    func reminderOnce() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        // R16
        #expect(f.text.contains("Buyers' messages reach you only in Seller Central"))
        f.press(.escape, .character("s"))
        #expect(shipDialog(f) != nil)
        #expect(!f.text.contains("Buyers' messages"))
    }

    @Test("a refusal by the store keeps the dialog open with the reason, and changes nothing (R30)")
    func storeRefusal() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type(Self.ups)
        // Another process cancels the order while the dialog is open.
        let other = try MerchantStore.open(at: f.store.path)
        try other.cancel(Self.first, reason: .buyerCanceled, refund: Money(minorUnits: 1299, currency: "EUR"), actor: "cli", at: ConsoleFixture.now)
        f.press(.enter)
        // R30
        #expect(shipDialog(f)?.problem == "Refused: \(Self.first) is cancelled. Nothing was changed.")
        #expect(f.text.contains("Refused: \(Self.first) is cancelled."))
        #expect(try Self.state(f).shipments == 0)
    }

    @Test("c asks with No chosen: Enter on it leaves the order as it was (R17)")
    func cancelDefaultNo() throws {
        let f = try ConsoleFixture()
        f.press(.character("c"), .right, .tab, .tab)  // a reason, then past the refund to the question
        f.press(.enter)
        // R17: only an explicit Yes cancels.
        #expect(f.program.state.dialog == nil)
        #expect(try Self.state(f).status == .processing && Self.state(f).cancellations == 0)
        #expect(f.text.contains("Not cancelled: \(Self.first) is unchanged."))
    }

    @Test("c, a reason, Yes: the order is cancelled with the refund shown (R17, R18)")
    func cancelYes() throws {
        let f = try ConsoleFixture()
        f.press(.character("c"), .right, .right, .right, .right)  // NoInventory, …, BuyerCanceled
        #expect(f.text.contains("BuyerCanceled"))
        f.press(.tab)
        for _ in 0..<5 { f.press(.backspace) }
        f.type("0")
        // R18: a cancellation refunds more than zero; the dialog says so before anything is sent.
        #expect(f.text.contains("greater than zero"))
        f.press(.tab, .character("y"), .enter)
        #expect(try Self.state(f).cancellations == 0)
        f.press(.up)
        f.type("5.00")
        f.press(.down, .enter)
        #expect(f.program.state.dialog == nil)
        let after = try Self.state(f)
        #expect(after.status == .cancelled && after.cancellations == 1)
        #expect(f.text.contains("Cancelled \(Self.first) (BuyerCanceled), refunding 5.00 EUR"))
    }

    @Test("c on a shipped order says the way back is a return and a refund (R19)")
    func cancelShippedRefused() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.enter, .enter, .character("c"))
        // R19, in the rule's words
        #expect(f.text.contains("can no longer be cancelled"))
        // Any key closes the notice and does nothing else: q does not quit.
        f.press(.character("q"))
        #expect(f.program.state.dialog == nil && !f.program.state.quit)
    }

    @Test("Space marks; s ships every marked order with shipAll, all or none (R30)")
    func bulkAllOrNothing() throws {
        let f = try ConsoleFixture()
        f.press(.character(" "), .character(" "))
        f.press(.character("s"), .up, .character("d"))  // from DHL to DHL Express
        f.press(.tab)
        f.type("3318810025")
        f.press(.tab)
        f.type("3318810025")
        // The second order is cancelled elsewhere: shipAll refuses the whole batch.
        let other = try MerchantStore.open(at: f.store.path)
        try other.cancel("302-0000002-0000002", reason: .buyerCanceled, refund: Money(minorUnits: 100, currency: "EUR"), actor: "cli", at: ConsoleFixture.now)
        f.press(.enter)
        // R30: nothing shipped, not even the first.
        #expect(try Self.state(f).shipments == 0)
        #expect(f.text.contains("shipment 2"))
        f.press(.escape, .character("k"), .character(" "))  // unmark the cancelled one
        #expect(f.program.state.orders.marked == [Self.first])
        f.press(.character("s"))
        #expect(f.text.contains("DHL Express"))  // the carrier last used
        f.type("3318810025")
        f.press(.enter)
        #expect(try Self.state(f).status == .shipped)
        #expect(f.program.state.orders.marked.isEmpty)
    }

    @Test("s with a marked pending order names it and opens nothing (R10)")
    func bulkWithPending() throws {
        let f = try ConsoleFixture()
        f.press(.character(" "))
        for _ in 0..<6 { f.press(.down) }
        f.press(.character(" "), .character("s"))
        // R10
        #expect(f.text.contains("302-0000008-0000008 is pending"))
        #expect(f.program.state.dialog.map { if case .notice = $0 { true } else { false } } == true)
    }

    @Test("Esc clears the marks")
    func escapeUnmarks() throws {
        let f = try ConsoleFixture()
        f.press(.character(" "), .character(" "), .escape)
        #expect(f.program.state.orders.marked.isEmpty)
        #expect(!f.text.contains("✓ 302-"))
    }

    @Test("G and End read the oldest window backwards; Up above it reads on backwards; g returns to the newest")
    func lastAndFirst() throws {
        let f = try ConsoleFixture(orders: ConsoleBehaviourTests.many)
        let height = f.program.state.orders.rows.count
        f.press(.character("G"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000000-0000000")
        #expect(f.program.state.orders.rows.count < height)  // a window, not the list
        #expect(f.text.contains("303-0000000-0000000"))
        let top = f.program.state.orders.selected
        for _ in 0..<(top + 3) { f.press(.up) }
        // Three rows above the window's first: read backwards, in order, without gaps.
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == String(format: "303-%07d-0000000", top + 3))
        f.press(.down)
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == String(format: "303-%07d-0000000", top + 2))
        f.press(.pageUp)
        #expect(f.program.state.orders.rows.count <= height)
        f.press(.character("g"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000199-0000000")
        f.press(.end)
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000000-0000000")
        f.press(.home)
        #expect(f.program.state.orders.anchors.isEmpty)
        // By urgency the list ends with the latest deadline (R15): the order bought last.
        f.press(.character("o"), .character("G"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000199-0000000")
        f.press(.up)
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000198-0000000")
        f.press(.character("g"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000000-0000000")
    }

    @Test("Other asks for the carrier's name; the shipment goes out under that name (R13)")
    func otherCarrier() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"), .up, .character("o"))
        #expect(f.text.contains("Other"))
        f.press(.tab)  // the name field, only there with Other
        guard case .ship(let d) = f.program.state.dialog else { Issue.record("no ship dialog"); return }
        #expect(d.focus == .carrierName)
        f.press(.tab)
        f.type("CH-123456")
        f.press(.enter)
        // Without a name, Other cannot go to Amazon.
        #expect(shipDialog(f)?.problem?.contains("give the carrier's name") == true)
        f.press(.up)
        f.type("Swiss Post")
        f.press(.enter)
        #expect(try Self.state(f).status == .shipped)
        #expect(f.text.contains("with Swiss Post CH-123456"))
    }

    @Test("in the dialog for marked orders, German, Thai and Japanese buyers keep the tracking column in place")
    func bulkRowsLineUp() throws {
        let f = try ConsoleFixture(size: Size(rows: 30, columns: 100))
        f.press(.character(" "), .character(" "), .character(" "), .character(" "), .character("s"))
        for _ in 0..<4 {
            f.type("3318810025")
            f.press(.tab)
        }
        let screen = f.screen
        let columns = (0..<screen.rows).compactMap { screen.column(of: "3318810025", row: $0) }
        #expect(columns.count == 4)
        #expect(Set(columns).count == 1, "tracking columns: \(columns)")
        for line in f.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 100) }
    }

    @Test("Ctrl-C quits from a dialog without touching the store (typed into: it asks first, Ctrl-C again quits)")
    func controlCInDialog() throws {
        let f = try ConsoleFixture()
        Self.openShip(f)
        f.type(Self.ups)
        f.press(.control("c"))
        #expect(!f.program.state.quit && f.program.state.quitQuestion != nil)
        f.press(.control("c"))
        #expect(f.program.state.quit)
        #expect(try Self.state(f).shipments == 0)
    }
}
