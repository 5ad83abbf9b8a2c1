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

    /// Why the merchant cannot ship what is left of the shop order from the shelf, or nil. Shipping takes the units
    /// off the shelf, and units not on it cannot leave it: like an Amazon order with short stock (R5), the order
    /// waits until the merchant restocks, so no unit is confirmed shipped that the stock never had (R25, R30).
    /// `needs`: the units still to ship, per line; `onHand`: the merchant's stock of a SKU.
    public static func refusalForShortStock(_ reference: String, needs: [(sku: String, quantity: Int)], onHand: (String) -> Int) -> String? {
        var needed: [String: Int] = [:]
        for line in needs where line.quantity > 0 { needed[line.sku, default: 0] += line.quantity }
        guard let short = needed.keys.sorted().first(where: { needed[$0]! > onHand($0) }) else { return nil }
        return tr("rules.shop.short-stock", reference, needed[short]!, short, onHand(short))
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
