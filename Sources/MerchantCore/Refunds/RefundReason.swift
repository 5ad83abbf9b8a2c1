/// The reasons Amazon accepts for a refund (`AdjustmentReason` of a payment adjustment feed).
public enum RefundReason: String, CaseIterable, Sendable, Codable {
    case customerReturn = "CustomerReturn"
    case generalAdjustment = "GeneralAdjustment"
    case couldNotShip = "CouldNotShip"
    case noInventory = "NoInventory"
    case customerCancel = "CustomerCancel"
    case priceError = "PriceError"
    case productOutofStock = "ProductOutofStock"
    case customerAddressIncorrect = "CustomerAddressIncorrect"
    case exchange = "Exchange"
    case carrierCreditDecision = "CarrierCreditDecision"
    case riskAssessmentInformationNotValid = "RiskAssessmentInformationNotValid"
    case carrierCoverageFailure = "CarrierCoverageFailure"
    case transactionRecord = "TransactionRecord"
    case undeliverable = "Undeliverable"
    case refusedDelivery = "RefusedDelivery"

    /// Parses what a merchant types: `CustomerReturn`, `customer-return`, `customer return`.
    public static func parse(_ text: String) throws(ActionRefusal) -> RefundReason {
        guard let reason = matching(text) else { throw .unknownRefundReason(text) }
        return reason
    }
}
