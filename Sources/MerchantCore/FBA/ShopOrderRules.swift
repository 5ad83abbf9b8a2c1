/// Who fulfils an order of the merchant's own shop (R26): the merchant from their own stock, or Amazon (FBA).
/// Stored by its raw value.
public enum FulfilledBy: String, Codable, Sendable, CaseIterable {
    case merchant
    case amazon
}

/// Whether the merchant may ship a shop order, or take it back from Amazon, and if not why (R26, R27, R30).
/// The console's Shop pane and the store (`merchant shop ship`, `merchant shop cancel-fulfillment`) both ask these.
public enum ShopOrderRules {
    /// The status the store gives Amazon's fulfillment order of a shop order before Amazon has it.
    public static let notSent = "sending"

    /// The statuses of fulfillment orders the sync no longer asks Amazon about: not sent yet, or final.
    public static var unfollowedStatuses: [String] {
        [notSent] + FulfillmentOrderStatus.allCases.filter(\.isFinal).map(\.rawValue)
    }

    /// Why the merchant cannot ship the shop order, or nil: Amazon fulfils it (R26), or nothing is left to ship.
    public static func refusalToShip(_ reference: String, fulfilledBy: FulfilledBy, status: LocalOrderStatus) -> String? {
        if fulfilledBy == .amazon {
            return "\(reference) is fulfilled by Amazon (FBA): Amazon ships it; cancel the fulfillment order first to ship it yourself"
        }
        if status != .processing { return "\(reference) is \(status.rawValue): nothing is left to ship" }
        return nil
    }

    /// Why the merchant cannot take the order back from Amazon by cancelling its fulfillment order, or nil (R26).
    /// `fulfillmentStatus`: the stored status of Amazon's fulfillment order (`notSent` before Amazon has it), nil when
    /// there is none; `note`: why the merchant ships it; `cancelAsked`: a cancellation already waits to go to Amazon.
    public static func refusalToTakeBack(_ reference: String, fulfilledBy: FulfilledBy, fulfillmentStatus: String?,
                                         note: String?, cancelAsked: Bool) -> String? {
        guard fulfilledBy == .amazon, let status = fulfillmentStatus else {
            let why = note.map { " (\($0))" } ?? ""
            if let status = fulfillmentStatus { return "You ship \(reference) yourself\(why): Amazon's fulfillment order of it is \(status) already" }
            return "You ship \(reference) yourself\(why): Amazon has no fulfillment order of it to cancel"
        }
        if cancelAsked { return "You asked Amazon to cancel the fulfillment order of \(reference) already: it goes at the next sync" }
        // Not at Amazon yet: it is simply not sent.
        if status == notSent { return nil }
        // Amazon would refuse too once it is picking.
        if FulfillmentOrderStatus(amazon: status)?.isCancellable == true { return nil }
        return "Amazon fulfils \(reference) (FBA) and its fulfillment order is \(status): it can no longer be cancelled"
    }
}
