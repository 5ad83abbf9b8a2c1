/// Amazon's reason codes in plain words, so a merchant reads `RiskAssessmentInformationNotValid` as what it means.
/// The code stays beside the words: it is what Amazon receives and what Seller Central shows.
public enum ReasonWords {
    /// "RiskAssessmentInformationNotValid (the payment check failed)"; a code with no words is returned as it is.
    public static func labelled(_ code: String) -> String {
        words(code).map { "\(code) (\($0))" } ?? code
    }

    /// The plain words for one of Amazon's cancel or refund reason codes.
    public static func plain(_ code: String) -> String? { words(code) }

    /// The words of a code, in the merchant's language; nil for a code with none.
    static func words(_ code: String) -> String? {
        switch code {
        case CancelReason.noInventory.rawValue: tr("rules.reason.cancel.no-inventory")
        case CancelReason.shippingAddressUndeliverable.rawValue: tr("rules.reason.cancel.shipping-address-undeliverable")
        case CancelReason.customerExchange.rawValue: tr("rules.reason.cancel.customer-exchange")
        case CancelReason.buyerCanceled.rawValue: tr("rules.reason.cancel.buyer-canceled")
        case CancelReason.generalAdjustment.rawValue: tr("rules.reason.cancel.general-adjustment")
        case CancelReason.carrierCreditDecision.rawValue: tr("rules.reason.cancel.carrier-credit-decision")
        case CancelReason.riskAssessmentInformationNotValid.rawValue: tr("rules.reason.cancel.risk-assessment-information-not-valid")
        case CancelReason.carrierCoverageFailure.rawValue: tr("rules.reason.cancel.carrier-coverage-failure")
        case CancelReason.customerReturn.rawValue: tr("rules.reason.cancel.customer-return")
        case CancelReason.merchandiseNotReceived.rawValue: tr("rules.reason.cancel.merchandise-not-received")
        case RefundReason.couldNotShip.rawValue: tr("rules.reason.refund.could-not-ship")
        case RefundReason.customerCancel.rawValue: tr("rules.reason.refund.customer-cancel")
        case RefundReason.priceError.rawValue: tr("rules.reason.refund.price-error")
        case RefundReason.productOutofStock.rawValue: tr("rules.reason.refund.product-out-of-stock")
        case RefundReason.customerAddressIncorrect.rawValue: tr("rules.reason.refund.customer-address-incorrect")
        case RefundReason.exchange.rawValue: tr("rules.reason.refund.exchange")
        case RefundReason.transactionRecord.rawValue: tr("rules.reason.refund.transaction-record")
        case RefundReason.undeliverable.rawValue: tr("rules.reason.refund.undeliverable")
        case RefundReason.refusedDelivery.rawValue: tr("rules.reason.refund.refused-delivery")
        default: nil
        }
    }
}

extension CancelReason {
    /// What the reason means, in a merchant's words.
    public var plainWords: String { ReasonWords.words(rawValue)! }
}

extension RefundReason {
    /// What the reason means, in a merchant's words.
    public var plainWords: String { ReasonWords.words(rawValue)! }
}
