import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// An order the merchant shipped in part, which Amazon still reports as unshipped: `c` asks the same rule as the
/// store and `merchant cancel`, so no cancel dialog opens that the store would then refuse.
@Suite("Cancelling an order shipped here but not yet at Amazon")
struct CancelAfterLocalShipmentTests {
    static let id = "302-0000020-0000020"
    static let ups = "1Z5R89390357567127"

    /// A console whose selected order of three units has one shipped by the merchant, Amazon not told yet.
    static func partlyShipped() throws -> ConsoleFixture {
        let order = ConsoleFixture.order(id, .unshipped, buyer: "Teil Theo", hour: 71, qty: 3)
        let f = try ConsoleFixture(orders: ConsoleFixture.mixedOrders + [order])
        try f.store.ship(ShipmentRequest(amazonOrderId: id, carrier: .ups, trackingNumber: ups, items: ["MUG-BLAU-350": 1]),
                         actor: "cli", at: ConsoleFixture.now)
        return f
    }

    @Test("c in the list opens no cancel dialog: the notice says the way back is a return and a refund (R17, R19)")
    func listRefuses() throws {
        let f = try Self.partlyShipped()
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == Self.id)
        #expect(try f.store.orderDetail(Self.id).order.status == .unshipped)  // Amazon has not heard of it yet
        f.press(.character("c"))
        if case .cancel = f.program.state.dialog { Issue.record("the cancel dialog opened for an order shipped here") }
        // R19, in the rule's words
        #expect(f.text.contains("c cancel: not available"))
        #expect(f.text.contains("has shipped items: it can no longer be cancelled"))
        #expect(try f.store.orderDetail(Self.id).local?.status == .processing)
    }

    @Test("c on the opened order says why at once, before any dialog, and opens nothing (R17, R19)")
    func detailRefuses() throws {
        let f = try Self.partlyShipped()
        f.press(.enter)
        #expect(f.program.state.detail?.orderId == Self.id)
        f.press(.character("c"))
        guard case .notice(let notice) = f.program.state.dialog else {
            Issue.record("c opened \(String(describing: f.program.state.dialog)) instead of saying why not")
            return
        }
        // R19, in the rule's words
        #expect(notice.text == "\(Self.id) has shipped items: it can no longer be cancelled; the way back is a return and a refund.")
        #expect(f.text.contains("c cancel: not available"))
    }

    @Test("the store refuses the same order with the same words, and changes nothing (R17, R30)")
    func storeAgrees() throws {
        let f = try Self.partlyShipped()
        #expect(throws: ActionRefusal.somethingShipped(Self.id)) {
            try f.store.cancel(Self.id, reason: .buyerCanceled, refund: Money(minorUnits: 100, currency: "EUR"), actor: "cli", at: ConsoleFixture.now)
        }
        #expect(try f.store.orderDetail(Self.id).refusalToCancel == .somethingShipped(Self.id))
        #expect(try f.store.orderDetail(Self.id).local?.status == .processing)
    }
}
