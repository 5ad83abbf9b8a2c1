import ConsoleUI
import MerchantTestSupport
import Testing

/// Every pane, the detail, the help overlay and a refusal, drawn as text at 80x24 and 160x48.
@Suite("Panes drawn as text")
struct PaneSnapshotTests {
    static let sizes = [(24, 80), (48, 160)]

    @Test("Orders: newest first, banner for blocked orders (R5), ship-by countdowns (R15)", arguments: sizes)
    func orders(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        expectSnapshot(f.text, "orders-\(columns)x\(rows)")
        // R5: the banner says how many orders cannot be imported and where to see them.
        #expect(f.text.contains("1 Amazon order cannot be imported: see Orders, filter blocked"))
    }

    @Test("the detail of an order: items, address, the buyer's delivery window, packages, history", arguments: sizes)
    func detail(rows: Int, columns: Int) throws {
        var orders = ConsoleFixture.mixedOrders
        orders[0].earliestDeliveryDate = ConsoleFixture.hours(70 + 96 + 24)
        orders[0].latestDeliveryDate = ConsoleFixture.hours(70 + 96 + 72)
        let f = try ConsoleFixture(orders: orders, size: Size(rows: rows, columns: columns))
        f.press(.enter)
        expectSnapshot(f.text, "detail-\(columns)x\(rows)")
        #expect(f.text.contains("Order 302-0000001-0000001"))
        #expect(f.text.contains("Deliver by 2026-01-10 22:00 (buyer's window from 2026-01-08 22:00)"))
        f.press(.escape)
        #expect(f.text.contains("Orders · filter all"))
    }

    @Test("a pending order's detail has no address yet (R8)", arguments: sizes)
    func pendingDetail(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("2"), .enter)
        expectSnapshot(f.text, "pending-detail-\(columns)x\(rows)")
        #expect(f.text.contains("pending: no address yet"))  // R8
    }

    @Test("Pending: age, reserved quantity, and per SKU on hand, reserved, offered (R9, R25)", arguments: sizes)
    func pending(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("2"))
        expectSnapshot(f.text, "pending-\(columns)x\(rows)")
        #expect(f.text.contains("reserves 2× MUG-BLAU-350"))  // R9
    }

    @Test("Refunds: an empty queue says how refunds arrive", arguments: sizes)
    func refunds(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("3"))
        expectSnapshot(f.text, "refunds-empty-\(columns)x\(rows)")
        #expect(f.text.contains("No refunds yet"))
    }

    @Test("Settings: channel, switches, interval, products with FBA", arguments: sizes)
    func settings(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("4"))
        expectSnapshot(f.text, "settings-\(columns)x\(rows)")
    }

    @Test("Outbox and activity", arguments: sizes)
    func outbox(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("5"))
        expectSnapshot(f.text, "outbox-\(columns)x\(rows)")
    }

    @Test("the help overlay lists the keys of the pane first", arguments: sizes)
    func help(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("?"))
        expectSnapshot(f.text, "help-\(columns)x\(rows)")
        f.press(.escape)
        #expect(!f.text.contains("Keys · "))
    }

    @Test("a refusal says why in words and changes nothing (R30)", arguments: sizes)
    func refusal(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        // The product without an ASIN is the last but one (SKU order); FBA needs the Amazon listing.
        f.press(.character("4"), .character("G"), .character("k"), .character(" "), .character("y"), .enter)
        expectSnapshot(f.text, "refusal-\(columns)x\(rows)")
        #expect(f.text.contains("Refused: NOASIN-SHOP-ONLY has no ASIN: set its ASIN first"))
        #expect(try f.store.product(sku: "NOASIN-SHOP-ONLY")?.product.fba == false)
    }
}
