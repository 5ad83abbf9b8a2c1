import Foundation
import MerchantCore
import Testing

@Suite("Refund rules: amount, currency, refundable, and Amazon's own refunds")
struct RefundRulesTests {
    let order: AmazonOrder = Fixture.order(.shipped, items: [Fixture.item("MUG-1", qty: 2, price: Self.eur(1_000)), Fixture.item("TEE-1", qty: 1, price: Self.eur(500))])
    var paid: AmazonOrder { var o = order; o.total = eur(2_500); return o }

    static func eur(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "EUR") }

    func eur(_ minor: Int64) -> Money { Self.eur(minor) }
    func balance(console: Int64 = 0, amazon: Int64 = 0) -> RefundBalance { RefundBalance(byConsole: eur(console), onAmazon: eur(amazon)) }

    @Test("a refund greater than zero and within what is left is sent")
    func withinRefundableIsSent() throws {
        // R20, R22
        #expect(try RefundRules.check(eur(2_500), order: paid, local: .shipped, balance: balance()) == .send)
        #expect(try RefundRules.check(eur(1_000), order: paid, local: .shipped, balance: balance(console: 1_500)) == .send)
    }

    @Test("zero, negative, above the refundable, or in another currency is refused", arguments: [Int64(0), -100, 2_501])
    func outOfRangeRefused(minor: Int64) throws {
        // R22
        #expect(throws: ActionRefusal.self) { try RefundRules.check(eur(minor), order: paid, local: .shipped, balance: balance()) }
        #expect(throws: ActionRefusal.currency(paid.amazonOrderId, expected: "EUR", got: "USD")) {
            try RefundRules.check(Money(minorUnits: 100, currency: "USD"), order: paid, local: .shipped, balance: balance())
        }
    }

    @Test("the console's own earlier refunds count against the refundable")
    func ownRefundsCount() throws {
        // R22
        #expect(throws: ActionRefusal.refundAboveRefundable(paid.amazonOrderId, refund: eur(1_100), refundable: eur(1_000))) {
            try RefundRules.check(eur(1_100), order: paid, local: .shipped, balance: balance(console: 1_500))
        }
    }

    @Test("what Amazon already refunded directly makes the refund fail with a notice, not a refusal")
    func refundedOnAmazonFails() throws {
        // R21, R23
        let decision = try RefundRules.check(eur(2_000), order: paid, local: .shipped, balance: balance(amazon: 1_000))
        guard case .alreadyRefundedOnAmazon(let notice) = decision else { Issue.record("expected a failure, got \(decision)"); return }
        #expect(notice.contains("already refunded on Amazon") && notice.contains("10.00 EUR") && notice.contains("15.00 EUR"))
        // Within what Amazon left, it goes through.
        #expect(try RefundRules.check(eur(1_500), order: paid, local: .shipped, balance: balance(amazon: 1_000)) == .send)
    }

    @Test("pending, cancelled and unimported orders cannot be refunded, and say why")
    func notRefundable() throws {
        // R10, R4
        var pending = paid
        pending.status = .pending
        #expect(RefundRules.refusal(pending, local: nil) == .pending(paid.amazonOrderId))
        var cancelled = paid
        cancelled.status = .cancelled
        #expect(RefundRules.refusal(cancelled, local: .cancelled) == .cancelledRefundsWithCancellation(paid.amazonOrderId))
        #expect(RefundRules.refusal(paid, local: nil) == .notImported(paid.amazonOrderId))
        #expect(RefundRules.refusal(paid, local: .shipped) == nil)
    }

    @Test("a refund is spread over the items, each up to what is left of its value")
    func allocation() {
        let lines = RefundAllocation.split(eur(2_300), over: paid.items)
        #expect(lines.map(\.amount.minorUnits) == [2_000, 300])
        let after = RefundAllocation.split(eur(500), over: paid.items, alreadyRefunded: ["item-MUG-1-2": 2_000])
        #expect(after.map(\.orderItemId) == ["item-TEE-1-1"])
        #expect(RefundAllocation.split(eur(700), over: [Fixture.item("X", qty: 1)]).map(\.amount.minorUnits) == [700])
    }

    @Test("reasons parse as a merchant types them; an unknown reason names the known ones")
    func reasons() throws {
        #expect(try RefundReason.parse("customer-return") == .customerReturn)
        #expect(try RefundReason.parse("PriceError") == .priceError)
        #expect(throws: ActionRefusal.unknownRefundReason("Laune")) { try RefundReason.parse("Laune") }
    }

    @Test("a package on its way back or back asks for a refund")
    func packageReturns() {
        #expect(PackageReturn.origin(detailedStatus: "RETURNING_TO_SELLER") == .returnRequested)
        #expect(PackageReturn.origin(detailedStatus: "RETURNED_TO_SELLER") == .returnArrived)
        #expect(PackageReturn.origin(detailedStatus: "DELIVERED") == nil)
        #expect(PackageReturn.origin(detailedStatus: nil) == nil)
    }
}
