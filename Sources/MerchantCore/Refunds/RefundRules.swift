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

    /// The total less the console's own refunds: no refund may be more (R22).
    public func left(of total: Money) -> Money {
        Money(minorUnits: max(0, total.minorUnits - byConsole.minorUnits), currency: total.currency)
    }

    /// What Amazon's own refunds leave of that: a refund above it fails as already refunded there (R21).
    public func leftAtAmazon(of total: Money) -> Money {
        Money(minorUnits: max(0, left(of: total).minorUnits - onAmazon.minorUnits), currency: total.currency)
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
        let left = balance.left(of: total)
        guard amount.minorUnits <= left.minorUnits else { throw .refundAboveRefundable(order.amazonOrderId, refund: amount, refundable: left) }  // R22
        let refundable = balance.leftAtAmazon(of: total)
        if amount.minorUnits > refundable.minorUnits {                                                             // R21
            return .alreadyRefundedOnAmazon(notice: tr("rules.refund.already-on-amazon", balance.onAmazon, order.amazonOrderId, refundable, amount))
        }
        return .send
    }
}
