import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// An order whose buyer asks to cancel: marked in the Orders pane, listed by its filter, said in the detail, warned
/// about before any shipment (one order or the marked ones), and cancelled with BuyerCanceled chosen (R17, R30).
@Suite("Buyer cancellation requests in the console")
struct BuyerCancelRequestConsoleTests {
    static let asked = "302-0000001-0000001"
    static let next = "302-0000002-0000002"
    static let ups = "1Z5R89390357567127"

    static func orders() -> [AmazonOrder] {
        var orders = ConsoleFixture.mixedOrders
        orders[0].buyerCancelRequest = BuyerCancelRequest(reason: "Ordered by mistake")
        return orders
    }

    static func fixture(_ size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture { try ConsoleFixture(orders: orders(), size: size) }

    static func shipments(_ f: ConsoleFixture, _ id: String = asked) throws -> Int {
        try f.store.outbox(includeDone: true).filter { $0.kind == .shipment && $0.subject == id }.count
    }

    @Test("the Orders pane marks the order, says how many buyers ask, and its filter lists them", arguments: [(24, 80), (48, 160)])
    func thePaneShowsIt(rows: Int, columns: Int) throws {
        let f = try Self.fixture(Size(rows: rows, columns: columns))
        expectSnapshot(f.text, "orders-cancel-requested-\(columns)x\(rows)")
        #expect(f.text.contains("1 buyer asks to cancel"))
        let row = try #require(f.text.split(separator: "\n").first { $0.contains(Self.asked) })
        #expect(row.hasPrefix("×") && row.contains("cancel asked"))
        #expect(f.text.split(separator: "\n").first { $0.contains(Self.next) }?.contains("cancel asked") == false)
        f.press(.character("f"), .character("f"), .character("f"))  // all, unshipped, pending, cancel-requested
        #expect(f.program.state.orders.filter == .buyerCancelRequest)
        #expect(f.text.contains("filter cancel-requested (1)"))
        #expect(f.program.state.orders.rows.map(\.amazonOrderId) == [Self.asked])
    }

    @Test("the opened order says the buyer asks to cancel, and why")
    func theDetailSaysIt() throws {
        let f = try Self.fixture(Size(rows: 30, columns: 120))
        f.press(.enter)
        #expect(f.text.contains("The buyer asks to cancel: Ordered by mistake. c cancels it with the reason BuyerCanceled"))
    }

    @Test("s warns in the dialog, Enter asks Ship anyway? with No first, and only Yes ships", arguments: [(24, 80), (48, 160)])
    func shipWarnsFirst(rows: Int, columns: Int) throws {
        // R30: nothing reaches the store until the merchant says Yes.
        let f = try Self.fixture(Size(rows: rows, columns: columns))
        f.press(.character("s"), .up, .character("u"), .tab)
        #expect(f.text.contains("The buyer asked to cancel \(Self.asked): Ordered by mistake."))
        f.type(Self.ups)
        f.press(.enter)
        expectSnapshot(f.text, "ship-cancel-requested-\(columns)x\(rows)")
        #expect(f.text.contains("Ship anyway?"))
        #expect(try Self.shipments(f) == 0)
        f.press(.enter)  // No, the default
        guard case .ship(let d) = f.program.state.dialog else { Issue.record("the ship dialog closed"); return }
        #expect(d.shipAnyway == nil && d.problem?.hasPrefix("Not shipped") == true)
        #expect(try Self.shipments(f) == 0)
        #expect(try f.store.orderDetail(Self.asked).local?.status == .processing)
        f.press(.enter, .right, .enter)  // asked again; → moves to Yes
        #expect(f.program.state.dialog == nil)
        #expect(try Self.shipments(f) == 1)
        #expect(try f.store.orderDetail(Self.asked).local?.status == .shipped)
    }

    @Test("shipping the marked orders asks Ship anyway? when a buyer asks to cancel; No ships none of them")
    func bulkShipWarnsFirst() throws {
        // R30: all or none, and none without the answer.
        let f = try Self.fixture(Size(rows: 30, columns: 100))
        f.press(.character(" "), .character(" "))
        f.press(.character("s"), .up, .character("d"), .tab)  // DHL Express
        #expect(f.text.contains("× \(Self.asked): buyer asks to cancel: Ordered by mistake"))
        f.type("3318810025")
        f.press(.tab)
        f.type("0000000011")
        f.press(.enter)
        #expect(f.text.contains("Ship anyway?"))
        #expect(try Self.shipments(f) == 0 && Self.shipments(f, Self.next) == 0)
        f.press(.enter)  // No
        guard case .bulkShip(let d) = f.program.state.dialog else { Issue.record("the dialog closed"); return }
        #expect(d.shipAnyway == nil && d.problem?.contains(Self.asked) == true)
        #expect(try Self.shipments(f) == 0 && Self.shipments(f, Self.next) == 0)
        f.press(.enter, .character("y"), .enter)
        #expect(f.program.state.dialog == nil)
        #expect(try Self.shipments(f) == 1 && Self.shipments(f, Self.next) == 1)
    }

    @Test("c opens the cancel dialog with BuyerCanceled chosen, and Yes sends it")
    func cancelChoosesBuyerCanceled() throws {
        // R17: still asked first, No chosen; only the reason is chosen for the merchant.
        let f = try Self.fixture(Size(rows: 30, columns: 100))
        f.press(.character("c"))
        guard case .cancel(let d) = f.program.state.dialog else { Issue.record("no cancel dialog"); return }
        #expect(d.reason == CancelReason.allCases.firstIndex(of: .buyerCanceled) && !d.yes)
        #expect(f.text.contains("The buyer asks to cancel: Ordered by mistake."))
        f.press(.tab, .tab, .character("y"), .enter)
        let cancellation = try #require(try f.store.outbox(includeDone: true).first { $0.kind == .cancellation && $0.subject == Self.asked })
        #expect(try cancellation.decode(CancellationPayload.self).reason == .buyerCanceled)
        #expect(f.text.contains("1 buyer asks to cancel") == false)
    }

    @Test("an order whose buyer does not ask opens the cancel dialog with no reason chosen")
    func otherOrdersChooseNothing() throws {
        let f = try Self.fixture(Size(rows: 30, columns: 100))
        f.press(.character("j"), .character("c"))
        guard case .cancel(let d) = f.program.state.dialog else { Issue.record("no cancel dialog"); return }
        #expect(d.reason == nil)
    }
}
