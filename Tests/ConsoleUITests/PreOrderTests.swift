import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Pre-orders (`PENDING_AVAILABILITY`) wait for payment like pending orders, so the Pending pane lists them
/// with the pending ones (R8, R9, R10).
@Suite("Pre-orders in the Pending pane")
struct PreOrderTests {
    static let preOrder = "302-0000012-0000012"

    static func console(size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture {
        try ConsoleFixture(orders: ConsoleFixture.mixedOrders
            + [ConsoleFixture.order(preOrder, .pendingAvailability, buyer: nil, hour: 71, sku: "TEE-MATCHA-100", qty: 3)], size: size)
    }

    @Test("the Pending pane lists a pre-order with the pending order, counts it, and says what it is", arguments: [(24, 80), (48, 160)])
    func listedWithPending(rows: Int, columns: Int) throws {
        let f = try Self.console(size: Size(rows: rows, columns: columns))
        f.press(.character("2"))
        expectSnapshot(f.text, "pending-preorder-\(columns)x\(rows)")
        #expect(f.program.state.pending.rows.map(\.amazonOrderId) == [Self.preOrder, "302-0000008-0000008"])
        #expect(f.text.contains("Pending · 2 orders awaiting payment (1 pre-order)"))
        // R9: its quantity is reserved like a pending order's.
        #expect(f.text.contains("pre-order · reserves 3× TEE-MATCHA-100"))
    }

    @Test("R10: a pre-order is locked like a pending order: s refuses, the store is untouched")
    func lockedLikePending() throws {
        let f = try Self.console()
        f.press(.character("2"), .character("s"))
        #expect(f.text.replacingOccurrences(of: "\n", with: " ").contains("\(Self.preOrder) is pending"))
        #expect(try f.store.outbox(includeDone: true).filter { $0.kind == .shipment }.isEmpty)
    }

    @Test("the Orders pane's pending filter (f) shows pre-orders too, and counts them")
    func ordersFilter() throws {
        let f = try Self.console()
        f.press(.character("f"), .character("f"))
        #expect(f.text.contains("Orders · filter pending (2)"))
        #expect(f.program.state.orders.rows.map(\.amazonOrderId) == [Self.preOrder, "302-0000008-0000008"])
    }
}
