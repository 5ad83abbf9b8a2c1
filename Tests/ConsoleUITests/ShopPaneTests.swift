import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The Shop pane (6): the web shop's orders with who fulfils each (R26, R27), shipping the merchant's own,
/// taking one back from Amazon. Keys in, the store's state out; a refusal changes nothing.
@Suite("The Shop pane")
struct ShopPaneTests {
    static let sizes = [(24, 80), (48, 160)]

    var shipDialog: (ShopFixture) -> ShopShipDialog? = { shop in
        if case .shop(.ship(let d)) = shop.f.program.state.dialog { return d }
        return nil
    }

    var notice: (ShopFixture) -> Notice? = { shop in
        if case .notice(let n) = shop.f.program.state.dialog { return n }
        return nil
    }

    static func fulfillmentCancels(_ shop: ShopFixture) throws -> [String] {
        try shop.f.store.outbox(includeDone: true).filter { $0.kind == .fulfillmentCancel }.map(\.subject)
    }

    // MARK: drawn

    @Test("every state: sending, Received, Complete with Amazon's tracking (R26), kept with a note (R27), mixed, shipped by you",
          arguments: sizes)
    func pane(rows: Int, columns: Int) throws {
        let shop = try ShopFixture(size: Size(rows: rows, columns: columns))
        expectSnapshot(shop.text, "shop-\(columns)x\(rows)")
        let t = shop.text
        #expect(t.contains(" 6 Shop"))
        #expect(t.contains("Amazon: sending") && t.contains("Amazon: Received") && t.contains("Amazon: Complete DHL TBA"))
        #expect(t.contains("you ship it") && t.contains("shipped by you"))
        // R27: why the merchant ships what was meant for Amazon, in the sync's words.
        #expect(t.contains("↳ " + ShopFixture.keptNote))
        #expect(t.contains("↳ mixed order: BECHER-THAI is FBA"))
    }

    @Test("names in Thai, Japanese and with emoji keep the columns after them in place", arguments: sizes)
    func alignment(rows: Int, columns: Int) throws {
        let shop = try ShopFixture(size: Size(rows: rows, columns: columns))
        let screen = shop.f.screen
        var items: Set<Int> = [], who: Set<Int> = []
        for buyer in ["山田太郎", "สมชาย ที่ดี", "น้ำฝน ใจดี", "Zoë 😀 Müller", "Jürgen Groß", "Noah Jones"] {
            let row = try #require((0..<screen.rows).first { screen.column(of: buyer, row: $0) != nil }, "\(buyer) is on screen")
            // The items start with a count ("1× "), WHO SHIPS with one of its few beginnings.
            items.insert(try #require(screen.column(of: "× ", row: row)) - 1)
            who.insert(try #require(["Amazon:", "you ship it", "shipped by you"].lazy.compactMap { screen.column(of: $0, row: row) }.first))
        }
        #expect(items.count == 1, "item columns: \(items)")
        #expect(who.count == 1, "who-ships columns: \(who)")
    }

    @Test("the ship dialog of a shop order: carrier, tracking checked as typed, date; no items", arguments: sizes)
    func shipDialogDrawn(rows: Int, columns: Int) throws {
        let shop = try ShopFixture(size: Size(rows: rows, columns: columns))
        try shop.select(shop.mixed)
        shop.f.press(.character("s"), .up, .character("u"), .tab)
        shop.f.type(ShopFixture.ups)
        expectSnapshot(shop.text, "shop-ship-\(columns)x\(rows)")
        #expect(shop.text.contains("✓ valid"))
    }

    @Test("the question before Amazon's fulfillment is cancelled: No chosen", arguments: sizes)
    func cancelDialogDrawn(rows: Int, columns: Int) throws {
        let shop = try ShopFixture(size: Size(rows: rows, columns: columns))
        try shop.select(shop.received)
        shop.f.press(.character("x"))
        expectSnapshot(shop.text, "shop-cancel-\(columns)x\(rows)")
        #expect(shop.text.contains("[ No ]"))
    }

    // MARK: ship

    @Test("s on an order you ship, UPS and a valid number, Enter: the store has it shipped, the pane says so (R13)")
    func shipFromThePane() throws {
        let shop = try ShopFixture()
        try shop.select(shop.yours)
        shop.f.press(.character("s"), .up, .character("u"), .tab)
        shop.f.type(ShopFixture.ups)
        shop.f.press(.enter)
        let order = try shop.f.store.shopOrder(shop.yours)
        #expect(order.status == .shipped)
        #expect(order.lines.allSatisfy { $0.quantityShipped == $0.quantity })
        #expect(try shop.f.store.activity(limit: 1).first?.message.hasPrefix("\(shop.yours) shipped with UPS \(ShopFixture.ups)") == true)
        #expect(shop.f.program.state.dialog == nil)
        #expect(shop.text.contains("Shipped \(shop.yours) with UPS \(ShopFixture.ups)"))
        // The pane was read again: the row says so, and the selection stayed on it.
        #expect(shop.f.program.state.shop.selectedOrder?.reference == shop.yours)
        #expect(shop.f.program.state.shop.selectedOrder?.status == .shipped)
    }

    @Test("an invalid tracking number keeps the dialog open and ships nothing (R13)")
    func invalidTracking() throws {
        let shop = try ShopFixture()
        try shop.select(shop.yours)
        shop.f.press(.character("s"), .up, .character("u"), .tab)
        shop.f.type("1Z5R89390357567128")
        shop.f.press(.enter)
        let d = try #require(shipDialog(shop))
        #expect(d.problem?.contains("check digit") == true)
        #expect(try shop.f.store.shopOrder(shop.yours).status == .processing)
        shop.f.press(.escape)
        #expect(shop.text.contains("Closed: nothing was changed."))
    }

    @Test("s on an order Amazon fulfils: the store's refusal (R26), and the key that takes it back")
    func shipRefusedForAmazon() throws {
        let shop = try ShopFixture()
        try shop.select(shop.received)
        shop.f.press(.character("s"))
        let n = try #require(notice(shop))
        #expect(n.title == "s ship: not available")
        #expect(n.text.hasPrefix("\(shop.received) is fulfilled by Amazon (FBA): Amazon ships it"))
        #expect(n.text.contains("x asks Amazon to cancel its fulfillment order"))
        #expect(try shop.f.store.shopOrder(shop.received).status == .processing)
        shop.f.press(.character("q"))  // any key closes the box, and does nothing else
        #expect(shop.f.program.state.dialog == nil && !shop.f.program.state.quit)
    }

    @Test("s on an order Amazon completed, or one you shipped: the store's refusal, nothing changed")
    func shipRefusedWhenDone() throws {
        let shop = try ShopFixture()
        try shop.select(shop.complete)
        shop.f.press(.character("s"))
        #expect(try #require(notice(shop)).text == "\(shop.complete) is fulfilled by Amazon (FBA): Amazon ships it; cancel the fulfillment order first to ship it yourself.")
        shop.f.press(.escape)
        try shop.select(shop.shippedByYou)
        shop.f.press(.character("s"))
        #expect(try #require(notice(shop)).text == "\(shop.shippedByYou) is shipped: nothing is left to ship.")
    }

    // MARK: cancel Amazon's fulfillment

    @Test("x, then Enter on the default No: nothing is asked of Amazon")
    func cancelDefaultNo() throws {
        let shop = try ShopFixture()
        let outboxBefore = try shop.f.store.outbox(includeDone: true)
        try shop.select(shop.received)
        shop.f.press(.character("x"))
        #expect(shop.text.contains("Cancel Amazon's fulfillment of \(shop.received)"))
        shop.f.press(.enter)
        #expect(shop.f.program.state.dialog == nil)
        #expect(try shop.f.store.outbox(includeDone: true) == outboxBefore)
        #expect(shop.text.contains("Not cancelled: Amazon still fulfils \(shop.received)."))
    }

    @Test("x, Yes, Enter on a Received order: the cancellation waits in the outbox for Amazon (R26)")
    func cancelYes() throws {
        let shop = try ShopFixture()
        try shop.select(shop.received)
        shop.f.press(.character("x"), .right, .enter)
        #expect(try Self.fulfillmentCancels(shop) == [shop.received])
        #expect(shop.text.contains("Asked Amazon to cancel its fulfillment order of \(shop.received)"))
        #expect(shop.text.contains("Amazon: cancel asked"))
        #expect(shop.text.contains("request goes at the next sync"))
        // Asked once: a second x says so instead of asking again.
        shop.f.press(.character("x"))
        #expect(try #require(notice(shop)).text.contains("You asked Amazon to cancel the fulfillment order of \(shop.received) already"))
    }

    @Test("x, y, Enter on an order not yet sent: it is not sent, and is yours to ship at once")
    func cancelBeforeSending() throws {
        let shop = try ShopFixture()
        try shop.select(shop.sending)
        shop.f.press(.character("x"), .character("y"), .enter)
        let order = try shop.f.store.shopOrder(shop.sending)
        #expect(order.fulfilledBy == .merchant && order.fulfillment?.status == "Cancelled")
        #expect(try Self.fulfillmentCancels(shop).isEmpty)
        #expect(shop.text.contains("\(shop.sending) was not sent to Amazon: it is yours to ship now (s)."))
        // Now it is the merchant's: s opens the ship dialog.
        shop.f.press(.character("s"))
        #expect(shipDialog(shop)?.order.reference == shop.sending)
    }

    @Test("x where Amazon has started, or on an order you ship: why not, and nothing is asked")
    func cancelRefused() throws {
        let shop = try ShopFixture()
        try shop.f.store.recordFulfillment(shop.received, status: .processing, at: ConsoleFixture.hours(71))
        shop.f.program.send(.dataChanged)
        try shop.select(shop.received)
        shop.f.press(.character("x"))
        var n = try #require(notice(shop))
        #expect(n.title == "x cancel Amazon's fulfillment: not available")
        #expect(n.text == "Amazon fulfils \(shop.received) (FBA) and its fulfillment order is Processing: it can no longer be cancelled.")
        shop.f.press(.escape)
        try shop.select(shop.kept)
        shop.f.press(.character("x"))
        n = try #require(notice(shop))
        // R27: the note says why the merchant ships it.
        #expect(n.text == "You ship \(shop.kept) yourself (\(ShopFixture.keptNote)): Amazon's fulfillment order of it is Unfulfillable already.")
        shop.f.press(.escape)
        try shop.select(shop.yours)
        shop.f.press(.character("x"))
        #expect(try #require(notice(shop)).text == "You ship \(shop.yours) yourself: Amazon has no fulfillment order of it to cancel.")
        #expect(try Self.fulfillmentCancels(shop).isEmpty)
    }

    @Test("the store refuses a confirmed Yes when Amazon moved on meanwhile: the dialog keeps its words (R30)")
    func cancelRefusedByStore() throws {
        let shop = try ShopFixture()
        try shop.select(shop.received)
        shop.f.press(.character("x"), .right)
        try shop.f.store.recordFulfillment(shop.received, status: .processing, at: ConsoleFixture.hours(71))
        shop.f.press(.enter)
        guard case .shop(.cancelFulfillment(let d)) = shop.f.program.state.dialog else {
            Issue.record("the dialog closed")
            return
        }
        #expect(d.problem == "Refused: Amazon fulfils \(shop.received) (FBA) and its fulfillment order is Processing: it can no longer be cancelled. Nothing was changed.")
        #expect(try Self.fulfillmentCancels(shop).isEmpty)
    }

    // MARK: keys and live

    @Test("6 and Tab reach the pane; s and x work only here")
    func keys() throws {
        let f = try ConsoleFixture()
        f.press(.character("5"), .tab)
        #expect(f.program.state.pane == .shop)
        f.press(.tab)
        #expect(f.program.state.pane == .pick)
        f.press(.backTab)
        #expect(f.program.state.pane == .shop)
        #expect(f.text.contains("No shop orders yet"))
        f.press(.character("s"))
        #expect(f.text.contains("s: not here, because there is no shop order here"))
        f.press(.character("1"), .character("x"))
        #expect(f.program.state.flash?.text.hasPrefix("x works only in Shop (cancel FBA), not here.") == true)
    }

    @Test("a shop order written by another process appears at the next tick; the selection stays on its order")
    func live() throws {
        let shop = try ShopFixture()
        try shop.select(shop.received)
        let other = try MerchantStore.open(at: shop.f.store.path)
        let address = PostalAddress(name: "Neu Nina", lines: ["Hauptstraße 1"], city: "Berlin", postalCode: "10115", region: nil, countryCode: "DE")
        let new = try other.createShopOrder(ShopOrderRequest(buyerName: "Neu Nina", address: address, lines: [(sku: "MUG-BLAU-350", quantity: 1)]),
                                            actor: "cli", at: ConsoleFixture.now).reference
        shop.f.program.tick()
        #expect(shop.f.program.state.shop.window?.orders.first?.reference == new)
        #expect(shop.text.contains("Neu Nina"))
        #expect(shop.f.program.state.shop.selectedOrder?.reference == shop.received)
    }
}
