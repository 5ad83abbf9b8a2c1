import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Keys in, state and screen out: lists, search, filters, settings and live changes.
@Suite("Console behaviour")
struct ConsoleBehaviourTests {
    /// 200 orders, one an hour: more than any window holds.
    static let many: [AmazonOrder] = (0..<200).map { i in
        ConsoleFixture.order(String(format: "303-%07d-0000000", i), .unshipped, buyer: "Buyer \(i)", hour: Double(i) * 0.3)
    }

    @Test("lists read a window, not every order; moving past it reads the next window and comes back")
    func keysetWindows() throws {
        let f = try ConsoleFixture(orders: Self.many)
        let height = f.program.state.orders.rows.count
        #expect(height < 30)  // the window on screen and one more, never all 200
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000199-0000000")
        for _ in 0..<40 { f.press(.down) }
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000159-0000000")
        #expect(f.text.contains("303-0000159-0000000"))
        f.press(.pageDown)
        #expect(f.program.state.orders.rows.count <= height)
        for _ in 0..<40 { f.press(.up) }
        f.press(.pageUp)
        f.press(.character("g"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000199-0000000")
        #expect(f.program.state.orders.anchors.isEmpty)
    }

    @Test("a search reads its matches a window at a time, like the list: the header counts them all, down and G reach the oldest")
    func searchReadsWindowsLikeTheList() throws {
        let f = try ConsoleFixture(orders: Self.many)
        f.press(.character("/"))
        f.type("buyer")
        f.press(.enter)
        let window = f.program.state.orders.rows.count
        #expect(window < 30)  // a window, never every match
        #expect(f.text.contains("Search \"buyer\": 200 orders found"))
        #expect(f.program.state.orders.rows.first?.amazonOrderId == "303-0000199-0000000")
        for _ in 0..<60 { f.press(.down) }
        // Each step past the window's last row read the next window of matches.
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000139-0000000")
        #expect(f.text.contains("303-0000139-0000000"))
        f.press(.character("G"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000000-0000000")
        #expect(f.program.state.orders.rows.count < 30)
        f.press(.up)
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000001-0000000")
        f.press(.character("g"))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "303-0000199-0000000")
        #expect(f.text.contains("200 orders found"))
    }

    @Test("sorting by urgency puts the latest ship-by first (R15)")
    func urgency() throws {
        let f = try ConsoleFixture()
        f.press(.character("o"))
        // R15: Late Lena's deadline passed, Soon Sören's is hours away.
        #expect(f.program.state.orders.rows.first?.buyerName == "Late Lena")
        #expect(f.program.state.orders.rows.dropFirst().first?.buyerName == "Soon Sören")
        // What is listed, and how many: the orders still to ship, not every order.
        #expect(f.text.contains("9 orders to ship"))
    }

    @Test("b shows only the blocked orders (R5)")
    func blockedFilter() throws {
        let f = try ConsoleFixture()
        f.press(.character("b"))
        // R5
        #expect(f.program.state.orders.rows.map(\.amazonOrderId) == ["302-0000007-0000007"])
        f.press(.enter)
        #expect(f.text.contains("Cannot be imported:"))
    }

    @Test("/ searches the store: jurg finds Jürgen, 太郎 finds 山田太郎; Esc clears")
    func search() throws {
        let f = try ConsoleFixture()
        f.press(.character("/"))
        f.type("jurg")
        #expect(f.text.contains("Search: jurg"))
        f.press(.enter)
        #expect(f.program.state.orders.rows.map(\.buyerName) == ["Jürgen Groß"])
        f.press(.character("o"))
        #expect(f.text.contains("o: not here, because search results are always newest first"))
        f.press(.escape)
        #expect(f.program.state.orders.search == nil)
        f.press(.character("/"))
        f.type("太郎")
        f.press(.enter)
        #expect(f.program.state.orders.rows.map(\.buyerName) == ["山田太郎"])
    }

    @Test("Space on a switch saves it at once, says so, and the activity log has it (R28)")
    func toggleSetting() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .character("j"), .character(" "))
        // R28
        #expect(try f.store.settings().importPending == true)
        #expect(f.text.contains("Saved: Import pending orders is on"))
        #expect(f.text.contains("[x] Import pending orders"))
        #expect(try f.store.activity(limit: 1).first?.message == "Import pending orders: off → on")
        f.press(.character("j"), .character("j"), .character(" "))
        #expect(try f.store.settings().syncIntervalSeconds == 120)
        f.press(.character("-"), .character("-"))
        #expect(try f.store.settings().syncIntervalSeconds == 30)
    }

    @Test("Space on a product switches FBA once the question is answered Yes (R26)")
    func toggleFBA() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character(" "), .character("y"), .enter)
        #expect(try f.store.product(sku: "BECHER-THAI")?.product.fba == true)
        #expect(f.text.contains("Saved: BECHER-THAI is fulfilled by Amazon (FBA)."))
    }

    @Test("with import off, the list says orders are read only (R4)")
    func importOff() throws {
        let f = try ConsoleFixture(importOrders: false)
        // R4
        #expect(f.text.contains("import off: read only"))
        f.press(.enter)
        #expect(f.text.contains("Read only: import was off"))
        #expect(f.text.contains("https://sellercentral.amazon.de/orders-v3/order/302-0000001-0000001"))
    }

    @Test("a key that does not work here says where it works")
    func notHere() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .character("/"))
        #expect(f.text.contains("/ works only in Orders (search), not here."))
        f.press(.character("1"), .right)
        // A key of several places names each with what it does there.
        #expect(f.text.contains("→ works in Settings (sync interval: longer) and in a dialog (choose), not"))
        f.press(.escape)
        #expect(f.text.contains("Esc: not here, because nothing to go back to"))
        f.press(.character("R"))
        #expect(f.text.contains("R: not here, because there is no Amazon connection"))
    }

    @Test("an order written by another process appears at the next tick, without a key")
    func outsideWrite() throws {
        let f = try ConsoleFixture()
        let other = try MerchantStore.open(at: f.store.path)
        try other.ingest([ConsoleFixture.order("302-0000099-0000099", .unshipped, buyer: "Neu Nina", hour: 71)], watermark: nil, at: ConsoleFixture.now)
        f.program.tick()
        #expect(f.program.state.orders.rows.first?.buyerName == "Neu Nina")
        // The selection stays on the order it was on.
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "302-0000001-0000001")
    }

    @Test("a resize redraws for the new size and reads a window that fills it")
    func resize() throws {
        let f = try ConsoleFixture(orders: Self.many)
        let before = f.program.state.orders.rows.count
        f.resize(48, 160)
        #expect(f.screen.rows == 48 && f.screen.columns == 160)
        #expect(f.program.state.orders.rows.count > before)
    }

    @Test("q quits")
    func quit() throws {
        let f = try ConsoleFixture()
        f.press(.character("q"))
        #expect(f.program.state.quit)
    }
}
