/// What has been refunded of an order so far, kept apart by who refunded it (R23).
public struct RefundBalance: Sendable, Equatable {
    /// The console's own refunds that are not failed: sent, waiting for Amazon, or done.
    public var byConsole: Money
    /// Refunds Amazon reports that the console did not make (Seller Central, A-to-z claims).
    public var onAmazon: Money

    public init(byConsole: Money, onAmazon: Money) {
        self.byConsole = byConsole
        self.onAmazon = onAmazon
    }

    public static func none(_ currency: String) -> RefundBalance {
        RefundBalance(byConsole: Money(minorUnits: 0, currency: currency), onAmazon: Money(minorUnits: 0, currency: currency))
    }
}

/// What becomes of a refund that passed the merchant's checks.
public enum RefundDecision: Sendable, Equatable {
    /// Send it to Amazon.
    case send
    /// Amazon has refunded so much already that this refund cannot go through (R21): it is kept as failed, with this notice.
    case alreadyRefundedOnAmazon(notice: String)
}

/// The refund rules (R20–R22): a charged order, the order's currency, more than zero, and no more than
/// what is still refundable. Refunds made on Amazon make a refund fail rather than be refused (R21).
public enum RefundRules {
    /// Why an order cannot be refunded at all, or nil. Orders that are not the merchant's own (import
    /// off, blocked, placed before the connection) are read only here, as for every action (R4).
    public static func refusal(_ order: AmazonOrder, local: LocalOrderStatus?) -> ActionRefusal? {
        if order.status.isPending { return .pending(order.amazonOrderId) }
        if order.status == .cancelled || local == .cancelled { return .cancelledRefundsWithCancellation(order.amazonOrderId) }
        guard local != nil else { return .notImported(order.amazonOrderId) }
        if order.total == nil { return .notCharged(order.amazonOrderId) }
        return nil
    }

    public static func check(_ amount: Money, order: AmazonOrder, local: LocalOrderStatus?, balance: RefundBalance) throws(ActionRefusal) -> RefundDecision {
        if let refusal = refusal(order, local: local) { throw refusal }
        guard let total = order.total else { throw .notCharged(order.amazonOrderId) }
        guard amount.currency == total.currency else { throw .currency(order.amazonOrderId, expected: total.currency, got: amount.currency) }
        guard amount.minorUnits > 0 else { throw .refundAmountNotPositive(order.amazonOrderId) }                    // R22
        let left = total.minorUnits - balance.byConsole.minorUnits
        guard amount.minorUnits <= left else {                                                                      // R22
            throw .refundAboveRefundable(order.amazonOrderId, refund: amount, refundable: Money(minorUnits: max(0, left), currency: total.currency))
        }
        let leftAtAmazon = left - balance.onAmazon.minorUnits
        if amount.minorUnits > leftAtAmazon {                                                                      // R21
            let refundable = Money(minorUnits: max(0, leftAtAmazon), currency: total.currency)
            return .alreadyRefundedOnAmazon(notice: "already refunded on Amazon: \(balance.onAmazon) of \(order.amazonOrderId) was refunded there directly, so only \(refundable) is left to refund, not \(amount)")
        }
        return .send
    }
}
