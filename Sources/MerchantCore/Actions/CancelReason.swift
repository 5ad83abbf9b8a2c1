/// The reasons Amazon accepts for a merchant's cancellation (`CancelReason` of an order acknowledgement).
public enum CancelReason: String, CaseIterable, Sendable, Codable {
    case noInventory = "NoInventory"
    case shippingAddressUndeliverable = "ShippingAddressUndeliverable"
    case customerExchange = "CustomerExchange"
    case buyerCanceled = "BuyerCanceled"
    case generalAdjustment = "GeneralAdjustment"
    case carrierCreditDecision = "CarrierCreditDecision"
    case riskAssessmentInformationNotValid = "RiskAssessmentInformationNotValid"
    case carrierCoverageFailure = "CarrierCoverageFailure"
    case customerReturn = "CustomerReturn"
    case merchandiseNotReceived = "MerchandiseNotReceived"

    /// Parses what a merchant types: `NoInventory`, `no-inventory`, `no inventory`.
    public static func parse(_ text: String) throws(ActionRefusal) -> CancelReason {
        guard let reason = matching(text) else { throw .unknownCancelReason(text) }
        return reason
    }

    /// Stock of a cancelled order goes back to the shelf unless the merchant cancels because there is none.
    public var returnsStock: Bool { self != .noInventory }
}

/// Checks a cancellation's refund (R18): greater than zero, in the order's currency, at most its total.
public enum CancellationRefund {
    public static func validate(_ refund: Money, order: AmazonOrder) throws(ActionRefusal) -> Money {
        guard refund.minorUnits > 0 else { throw .refundNotPositive(order.amazonOrderId) }
        if let total = order.total {
            guard refund.currency == total.currency else { throw .currency(order.amazonOrderId, expected: total.currency, got: refund.currency) }
            guard refund.minorUnits <= total.minorUnits else { throw .refundAboveTotal(order.amazonOrderId, refund: refund, total: total) }
        }
        return refund
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// The case a merchant means, typed in any case with or without separators: `NoInventory`, `no-inventory`, `no inventory`.
    static func matching(_ text: String) -> Self? {
        let key = text.lowercased().filter { $0.isLetter }
        return allCases.first { $0.rawValue.lowercased() == key }
    }
}
