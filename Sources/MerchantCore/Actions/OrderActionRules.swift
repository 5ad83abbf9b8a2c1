/// Whether the merchant may ship or cancel an Amazon order, and if not, why (R4, R10, R14, R17, R19).
/// The command line refuses with these words and the console shows them on a disabled key.
public enum OrderActionRules {
    /// `blocked`: the order could not be imported (R5); its fix is in the console, not in Seller Central.
    public static func refusalToShip(_ order: AmazonOrder, local: LocalOrderStatus?, blocked: Bool = false) -> ActionRefusal? {
        if let common = commonRefusal(order, local: local, blocked: blocked) { return common }
        if order.isFullyShipped || local == .shipped { return .alreadyShipped(order.amazonOrderId) }
        return nil
    }

    /// A tracking number names one parcel: a package of this order already recorded under the same carrier and
    /// number is that parcel again (a command run a second time), not a new one (R13, R29). `recorded`: the
    /// order's packages so far, by package reference.
    public static func refusalToShip(_ id: String, carrierCode: String, trackingNumber: String,
                                     recorded: [(package: String, carrierCode: String, trackingNumber: String)]) -> ActionRefusal? {
        guard let same = recorded.first(where: { $0.carrierCode == carrierCode && $0.trackingNumber == trackingNumber }) else { return nil }
        return .sameParcel(id, trackingNumber: trackingNumber, package: same.package)
    }

    /// A tracking number names one parcel, and a parcel goes to one address: a number already on another
    /// order is that order's parcel (R13). `others`: the orders already shipped under the same carrier and
    /// number. Two orders of the same buyer to the same address may travel in one parcel; any other address
    /// is refused with the other order's id, unless the merchant says it is one parcel on purpose.
    public static func parcelSharing(address: PostalAddress?, others: [ParcelHolder]) -> ParcelSharing {
        guard !others.isEmpty else { return .newParcel }
        if let mine = address.map(ParcelHolder.key), let elsewhere = others.first(where: { $0.address.map(ParcelHolder.key) != mine }) {
            return .otherAddress(elsewhere.amazonOrderId)
        }
        if address == nil { return .otherAddress(others[0].amazonOrderId) }  // no address to compare: never assume the same
        return .sameAddress(others.map(\.amazonOrderId))
    }

    /// The refusal for `parcelSharing`'s answer, or nil when the number may be used (R13, R30).
    public static func refusalToShareParcel(_ id: String, trackingNumber: String, _ sharing: ParcelSharing) -> ActionRefusal? {
        guard case .otherAddress(let other) = sharing else { return nil }
        return .parcelOfOtherOrder(id, trackingNumber: trackingNumber, other: other)
    }

    /// Why the merchant may not cancel the order, or nil (R17, R19). `unitsShippedLocally`: the units the merchant's
    /// own record counts as shipped, which Amazon may not report yet; the console, the store and `merchant cancel`
    /// all ask this, so `c` never opens a dialog the store would then refuse.
    public static func refusalToCancel(_ order: AmazonOrder, local: LocalOrderStatus?, unitsShippedLocally: Int,
                                       blocked: Bool = false) -> ActionRefusal? {
        if let common = commonRefusal(order, local: local, blocked: blocked) { return common }
        // R17, R19: once anything has shipped, by Amazon's report or our own, the way back is a return and a refund.
        if order.items.contains(where: { $0.quantityShipped > 0 }) || local == .shipped || unitsShippedLocally > 0 {
            return .somethingShipped(order.amazonOrderId)
        }
        return nil
    }

    private static func commonRefusal(_ order: AmazonOrder, local: LocalOrderStatus?, blocked: Bool) -> ActionRefusal? {
        if order.status.isPending { return .pending(order.amazonOrderId) }                      // R10
        if order.fulfillmentChannel == .amazon { return .fulfilledByAmazon(order.amazonOrderId) }  // R14
        if order.status == .cancelled || local == .cancelled { return .cancelled(order.amazonOrderId) }
        // R5: a blocked order waits for the merchant's fix (map, enable, restock), made here; the others for nothing.
        if local == nil, blocked { return .blocked(order.amazonOrderId) }
        guard local != nil else { return .notImported(order.amazonOrderId) }                     // R2, R4
        return nil
    }
}

/// An order already shipped under a tracking number, and where its parcel went.
public struct ParcelHolder: Sendable, Equatable {
    public var amazonOrderId: String
    public var address: PostalAddress?

    public init(amazonOrderId: String, address: PostalAddress?) {
        self.amazonOrderId = amazonOrderId
        self.address = address
    }

    /// What makes two addresses one: the recipient and where they live, compared without case or extra spaces
    /// (the phone number is not part of it).
    static func key(_ a: PostalAddress) -> [String] {
        ([a.name] + a.lines.map(Optional.some) + [a.postalCode, a.city, a.region, a.countryCode]).map { part in
            (part ?? "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}

/// Whether a tracking number is new, already on orders of the same buyer and address, or on another address's order.
public enum ParcelSharing: Sendable, Equatable {
    case newParcel
    /// One parcel with these orders: the same buyer at the same address.
    case sameAddress([String])
    /// Already the parcel of this order, which goes to another address.
    case otherAddress(String)
}

/// Why an action on an order is not available, in a merchant's words (R30).
public enum ActionRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case pending(String)
    case fulfilledByAmazon(String)
    case cancelled(String)
    case notImported(String)
    /// Not imported because it is blocked (R5): fixed in the console, then imported by the next sync.
    case blocked(String)
    case alreadyShipped(String)
    case sameParcel(String, trackingNumber: String, package: String)
    case somethingShipped(String)
    case parcelOfOtherOrder(String, trackingNumber: String, other: String)
    case unknownItem(String, sku: String)
    case tooMany(String, sku: String, asked: Int, open: Int)
    case nothingToShip(String)
    case refundNotPositive(String)
    case refundAboveTotal(String, refund: Money, total: Money)
    case currency(String, expected: String, got: String)
    case unknownCancelReason(String)
    case confirmationRequired(String)
    case unknownRefundReason(String)
    case cancelledRefundsWithCancellation(String)
    case notCharged(String)
    case refundAmountNotPositive(String)
    case refundAboveRefundable(String, refund: Money, refundable: Money)
    case buyerAsksToCancel(String, reason: String?)

    public var description: String {
        switch self {
        case .pending(let id): tr("rules.refusal.pending", id)
        case .fulfilledByAmazon(let id): tr("rules.refusal.fba", id)
        case .cancelled(let id): tr("rules.refusal.cancelled", id)
        case .notImported(let id): tr("rules.refusal.not-imported", id)
        case .blocked(let id): tr("rules.refusal.blocked", id)
        case .alreadyShipped(let id): tr("rules.refusal.shipped-completely", id)
        case .sameParcel(let id, let tracking, let package): tr("rules.refusal.same-parcel", id, package, tracking)
        case .parcelOfOtherOrder(let id, let tracking, let other): tr("rules.refusal.parcel-of-other-order", tracking, other, id)
        case .somethingShipped(let id): tr("rules.refusal.something-shipped", id)
        case .unknownItem(let id, let sku): tr("rules.refusal.unknown-item", id, sku)
        case .tooMany(let id, let sku, let asked, let open): tr("rules.refusal.too-many", id, asked, sku, open)
        case .nothingToShip(let id): tr("rules.refusal.nothing-to-ship", id)
        case .refundNotPositive(let id): tr("rules.refusal.cancel-refund-not-positive", id)
        case .refundAboveTotal(let id, let refund, let total): tr("rules.refusal.refund-above-total", id, refund, total)
        case .currency(let id, let expected, let got): tr("rules.refusal.currency", id, expected, got)
        case .unknownCancelReason(let r):
            tr("rules.refusal.unknown-cancel-reason", r, CancelReason.allCases.map(\.rawValue).joined(separator: ", "))
        case .confirmationRequired(let id): tr("rules.refusal.confirm-cancel", id)
        case .unknownRefundReason(let r):
            tr("rules.refusal.unknown-refund-reason", r, RefundReason.allCases.map(\.rawValue).joined(separator: ", "))
        case .cancelledRefundsWithCancellation(let id): tr("rules.refusal.refunded-with-cancellation", id)
        case .notCharged(let id): tr("rules.refusal.not-charged", id)
        case .refundAmountNotPositive(let id): tr("rules.refusal.refund-not-positive", id)
        case .refundAboveRefundable(let id, let refund, let refundable): tr("rules.refusal.refund-above-refundable", id, refund, refundable)
        case .buyerAsksToCancel(let id, let reason):
            if let reason { tr("rules.refusal.buyer-asks-cancel-why", id, reason, BuyerCancelRequest.cancelReason.rawValue) }
            else { tr("rules.refusal.buyer-asks-cancel", id, BuyerCancelRequest.cancelReason.rawValue) }
        }
    }
}
