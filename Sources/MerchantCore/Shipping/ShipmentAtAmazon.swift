import Foundation

/// Where Amazon is with a package the merchant shipped (a confirmation sent, or a label bought through Amazon).
///
/// Amazon's report of an order (its status, its packages) is read only now and then (`searchOrders`: once in three
/// minutes), so a confirmation Amazon has accepted may not be in the stored report yet: that is `accepted`, not
/// `confirming`, or the merchant reads "confirming…" beside an outbox that says Amazon confirmed everything.
public enum PackageAtAmazon: Sendable, Equatable {
    /// Queued or sent, and Amazon has not accepted it yet.
    case confirming
    /// Amazon accepted the confirmation (or sold the label, which confirms the shipment by itself);
    /// its report of the order follows at its next read.
    case accepted
    /// Amazon's report of the order holds the package.
    case confirmed
    /// Amazon refused the confirmation, with its words.
    case refused(String)

    /// One package's state from what the store keeps: Amazon's report first, then the refusal, then the acceptance.
    ///
    ///     PackageAtAmazon.of(inAmazonsReport: false, accepted: true, refusal: nil)   // .accepted
    public static func of(inAmazonsReport: Bool, accepted: Bool, refusal: String?) -> PackageAtAmazon {
        if inAmazonsReport { return .confirmed }
        if let refusal { return .refused(refusal) }
        return accepted ? .accepted : .confirming
    }
}

/// What an order's Amazon status says to a merchant while Amazon's report may lag behind the merchant's own shipments:
/// the one rule the orders list, the detail pane and `merchant order` all ask.
public enum AmazonStatusShown: Sendable, Equatable {
    /// Amazon's own status: nothing the merchant shipped is missing from it.
    case amazon(AmazonOrderStatus)
    /// The merchant shipped more than Amazon reports, and Amazon has not accepted all of it yet.
    case confirming
    /// The merchant shipped more than Amazon reports, and Amazon has accepted all of it: shipped, Amazon's own status
    /// follows at its next read.
    case accepted

    /// `unitsShipped`: by the merchant's record (or Amazon's, whichever is more); `unitsShippedAtAmazon`: by Amazon's report;
    /// `packagesNotAccepted`: the merchant's packages Amazon neither reports nor has accepted (sent, queued or refused).
    public static func of(_ status: AmazonOrderStatus, unitsShipped: Int, unitsShippedAtAmazon: Int, packagesNotAccepted: Int) -> AmazonStatusShown {
        guard status == .unshipped || status == .partiallyShipped, unitsShipped > unitsShippedAtAmazon else { return .amazon(status) }
        return packagesNotAccepted > 0 ? .confirming : .accepted
    }
}
