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
            return tr("rules.shop.fba-ships", reference)
        }
        if status != .processing { return tr("rules.shop.nothing-left", reference, status.rawValue) }
        return nil
    }

    /// Why the merchant cannot take the order back from Amazon by cancelling its fulfillment order, or nil (R26).
    /// `fulfillmentStatus`: the stored status of Amazon's fulfillment order (`notSent` before Amazon has it), nil when
    /// there is none; `note`: why the merchant ships it; `cancelAsked`: a cancellation already waits to go to Amazon.
    public static func refusalToTakeBack(_ reference: String, fulfilledBy: FulfilledBy, fulfillmentStatus: String?,
                                         note: String?, cancelAsked: Bool) -> String? {
        guard fulfilledBy == .amazon, let status = fulfillmentStatus else {
            let yourself = note.map { tr("rules.shop.you-ship-why", reference, $0) } ?? tr("rules.shop.you-ship", reference)
            if let status = fulfillmentStatus { return tr("rules.shop.fulfillment-is", yourself, status) }
            return tr("rules.shop.no-fulfillment", yourself)
        }
        if cancelAsked { return tr("rules.shop.cancel-asked", reference) }
        // Not at Amazon yet: it is simply not sent.
        if status == notSent { return nil }
        // Amazon would refuse too once it is picking.
        if FulfillmentOrderStatus(amazon: status)?.isCancellable == true { return nil }
        return tr("rules.shop.too-late", reference, status)
    }
}
