/// Amazon's reason codes in plain words, so a merchant reads `RiskAssessmentInformationNotValid` as what it means.
/// The code stays beside the words: it is what Amazon receives and what Seller Central shows.
public enum ReasonWords {
    /// "RiskAssessmentInformationNotValid (the payment check failed)"; a code with no words is returned as it is.
    public static func labelled(_ code: String) -> String {
        words[code].map { "\(code) (\($0))" } ?? code
    }

    /// The plain words for one of Amazon's cancel or refund reason codes.
    public static func plain(_ code: String) -> String? { words[code] }

    static let words: [String: String] = [
        CancelReason.noInventory.rawValue: "out of stock",
        CancelReason.shippingAddressUndeliverable.rawValue: "the address cannot be delivered to",
        CancelReason.customerExchange.rawValue: "the buyer takes another item instead",
        CancelReason.buyerCanceled.rawValue: "the buyer asked to cancel",
        CancelReason.generalAdjustment.rawValue: "another reason",
        CancelReason.carrierCreditDecision.rawValue: "the carrier's decision",
        CancelReason.riskAssessmentInformationNotValid.rawValue: "the payment check failed",
        CancelReason.carrierCoverageFailure.rawValue: "no carrier delivers there",
        CancelReason.customerReturn.rawValue: "the buyer sent it back",
        CancelReason.merchandiseNotReceived.rawValue: "the buyer did not receive it",
        RefundReason.couldNotShip.rawValue: "it could not be shipped",
        RefundReason.customerCancel.rawValue: "the buyer cancelled",
        RefundReason.priceError.rawValue: "the price was wrong",
        RefundReason.productOutofStock.rawValue: "the product is out of stock",
        RefundReason.customerAddressIncorrect.rawValue: "the buyer's address is wrong",
        RefundReason.exchange.rawValue: "an exchange",
        RefundReason.transactionRecord.rawValue: "a correction of the records",
        RefundReason.undeliverable.rawValue: "it could not be delivered",
        RefundReason.refusedDelivery.rawValue: "the buyer refused the parcel",
    ]
}

extension CancelReason {
    /// What the reason means, in a merchant's words.
    public var plainWords: String { ReasonWords.words[rawValue]! }
}

extension RefundReason {
    /// What the reason means, in a merchant's words.
    public var plainWords: String { ReasonWords.words[rawValue]! }
}
