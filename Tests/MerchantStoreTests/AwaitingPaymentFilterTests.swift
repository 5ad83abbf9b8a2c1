import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The Pending pane's list: every order whose payment Amazon has not confirmed, pre-orders included (R8, R10).
@Suite("Orders awaiting payment")
struct AwaitingPaymentFilterTests {
    @Test("the awaiting-payment filter holds pending orders and pre-orders, newest first, and pages by keyset")
    func pendingAndPreOrders() throws {
        let t = try TestStore()
        try t.store.ingest([
            Fx.order("302-0000001-0000001", .pending, purchased: Fx.t(1)),
            Fx.order("302-0000002-0000002", .pendingAvailability, purchased: Fx.t(2)),
            Fx.order("302-0000003-0000003", .unshipped, purchased: Fx.t(3)),
            Fx.order("302-0000004-0000004", .pendingAvailability, purchased: Fx.t(4)),
        ], watermark: nil, at: Fx.t(5))
        let all = try t.store.orders(filter: .awaitingPayment)
        #expect(all.map(\.amazonOrderId) == ["302-0000004-0000004", "302-0000002-0000002", "302-0000001-0000001"])
        let first = try t.store.orders(filter: .awaitingPayment, limit: 1)
        let next = try t.store.orders(filter: .awaitingPayment, after: MerchantStore.cursor(after: first[0], sort: .newest), limit: 5)
        #expect(next.map(\.amazonOrderId) == ["302-0000002-0000002", "302-0000001-0000001"])
    }
}
