import Testing
import MerchantCore

@Suite("Order statuses: which moves are possible")
struct OrderStatusTests {
    @Test("Amazon moves an order forward only", arguments: [
        (AmazonOrderStatus.pending, AmazonOrderStatus.unshipped, true),   // R12: paid
        (.pending, .cancelled, true),                                      // R11: Amazon's fraud check
        (.pending, .shipped, false),
        (.pending, .pending, true),                                        // an update without a change
        (.pendingAvailability, .pending, true),
        (.pendingAvailability, .unshipped, true),
        (.pendingAvailability, .cancelled, true),
        (.unshipped, .partiallyShipped, true),
        (.unshipped, .shipped, true),
        (.unshipped, .cancelled, true),
        (.unshipped, .unfulfillable, true),
        (.unshipped, .pending, false),                                     // backwards: suspect
        (.partiallyShipped, .shipped, true),
        (.partiallyShipped, .cancelled, true),
        (.partiallyShipped, .unshipped, false),
    ])
    func amazonTransitions(from: AmazonOrderStatus, to: AmazonOrderStatus, allowed: Bool) {
        #expect(from.canMove(to: to) == allowed)
    }

    @Test("a final Amazon status moves nowhere else", arguments: [AmazonOrderStatus.shipped, .cancelled, .unfulfillable])
    func finalAmazonStatuses(status: AmazonOrderStatus) {
        // R19: after shipment there is no cancel.
        #expect(status.isFinal)
        #expect(status.successors.isEmpty)
        for other in AmazonOrderStatus.allCases where other != status {
            #expect(!status.canMove(to: other), "\(status) → \(other)")
        }
    }

    @Test func onlyShippedCancelledAndUnfulfillableAreFinal() {
        #expect(AmazonOrderStatus.allCases.filter(\.isFinal) == [.shipped, .cancelled, .unfulfillable])
    }

    @Test func amazonStatusesReadTheirWireValues() {
        #expect(AmazonOrderStatus(rawValue: "PENDING") == .pending)
        #expect(AmazonOrderStatus(rawValue: "PARTIALLY_SHIPPED") == .partiallyShipped)
        #expect(AmazonOrderStatus(rawValue: "PENDING_AVAILABILITY") == .pendingAvailability)
        #expect(AmazonOrderStatus.partiallyShipped.label == "part-shipped")
        #expect(AmazonOrderStatus.pendingAvailability.label == "pre-order")
    }

    @Test("local orders move as the merchant and Amazon act", arguments: [
        (LocalOrderStatus.processing, LocalOrderStatus.shipped, true),     // R4, R13
        (.processing, .cancelled, true),                                   // R17
        (.processing, .refunded, true),
        (.processing, .partiallyRefunded, true),
        (.processing, .processing, false),
        (.shipped, .cancelled, false),                                     // R19: no cancel after shipment
        (.shipped, .refunded, true),                                       // R19: a return and a refund
        (.shipped, .partiallyRefunded, true),
        (.shipped, .processing, false),
        (.partiallyRefunded, .partiallyRefunded, true),                    // another partial refund
        (.partiallyRefunded, .refunded, true),
        (.partiallyRefunded, .shipped, false),
        (.partiallyRefunded, .cancelled, false),
    ])
    func localTransitions(from: LocalOrderStatus, to: LocalOrderStatus, allowed: Bool) {
        #expect(from.canMove(to: to) == allowed)
    }

    @Test("cancelled and refunded local orders are final", arguments: [LocalOrderStatus.cancelled, .refunded])
    func finalLocalStatuses(status: LocalOrderStatus) {
        // R17, R21
        for other in LocalOrderStatus.allCases {
            #expect(!status.canMove(to: other), "\(status) → \(other)")
        }
    }

    @Test func paymentStatusesUseTheMerchantsWords() {
        // R7, R9
        #expect(PaymentStatus.notYetSubmitted.rawValue == "not yet submitted")
        #expect(PaymentStatus.paid.rawValue == "paid")
        #expect(LocalOrderStatus.partiallyRefunded.rawValue == "partially refunded")
    }

    @Test func anOrderIsFullyShippedOnlyWhenEveryLineIs() {
        // R4, R13
        let partly = Fixture.order(.partiallyShipped, items: [Fixture.item("A", qty: 2, shipped: 2), Fixture.item("B", qty: 1, shipped: 0)])
        let fully = Fixture.order(.partiallyShipped, items: [Fixture.item("A", qty: 2, shipped: 2), Fixture.item("B", qty: 1, shipped: 1)])
        let empty = Fixture.order(.shipped, items: [])
        #expect(!partly.isFullyShipped)
        #expect(fully.isFullyShipped)
        #expect(!empty.isFullyShipped)
    }
}
