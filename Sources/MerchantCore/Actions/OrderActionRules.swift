/// Whether the merchant may ship or cancel an Amazon order, and if not, why (R4, R10, R14, R17, R19).
/// The command line refuses with these words and the console shows them on a disabled key.
public enum OrderActionRules {
    public static func refusalToShip(_ order: AmazonOrder, local: LocalOrderStatus?) -> ActionRefusal? {
        if let common = commonRefusal(order, local: local) { return common }
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
    public static func refusalToCancel(_ order: AmazonOrder, local: LocalOrderStatus?, unitsShippedLocally: Int) -> ActionRefusal? {
        if let common = commonRefusal(order, local: local) { return common }
        // R17, R19: once anything has shipped, by Amazon's report or our own, the way back is a return and a refund.
        if order.items.contains(where: { $0.quantityShipped > 0 }) || local == .shipped || unitsShippedLocally > 0 {
            return .somethingShipped(order.amazonOrderId)
        }
        return nil
    }

    private static func commonRefusal(_ order: AmazonOrder, local: LocalOrderStatus?) -> ActionRefusal? {
        if order.status.isPending { return .pending(order.amazonOrderId) }                      // R10
        if order.fulfillmentChannel == .amazon { return .fulfilledByAmazon(order.amazonOrderId) }  // R14
        if order.status == .cancelled || local == .cancelled { return .cancelled(order.amazonOrderId) }
        guard local != nil else { return .notImported(order.amazonOrderId) }                     // R4, R5
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
        case .pending(let id): "\(id) is pending: Amazon has not confirmed the payment, so it cannot be shipped, cancelled or changed yet"
        case .fulfilledByAmazon(let id): "\(id) is fulfilled by Amazon: Amazon ships and cancels it, not the merchant"
        case .cancelled(let id): "\(id) is cancelled"
        case .notImported(let id): "\(id) is not a local order (import is off, or it is blocked or from before the connection): open it in Seller Central"
        case .alreadyShipped(let id): "\(id) has shipped completely: nothing is left to ship"
        case .sameParcel(let id, let tracking, let package): "\(id) already has package \(package) with tracking number \(tracking): nothing new was shipped (a second parcel has a number of its own)"
        case .parcelOfOtherOrder(let id, let tracking, let other): "\(tracking) is already the tracking number of order \(other), which goes to another address: one parcel cannot reach two addresses, so \(id) was not shipped. Check the number; only two orders of the same buyer to the same address share a parcel"
        case .somethingShipped(let id): "\(id) has shipped items: it can no longer be cancelled; the way back is a return and a refund"
        case .unknownItem(let id, let sku): "\(id) has no item \(sku)"
        case .tooMany(let id, let sku, let asked, let open): "\(id): \(asked) × \(sku) asked, but only \(open) left to ship"
        case .nothingToShip(let id): "\(id): choose at least one item to ship"
        case .refundNotPositive(let id): "\(id): a cancellation refunds the buyer, so the refund must be greater than zero"
        case .refundAboveTotal(let id, let refund, let total): "\(id): a refund of \(refund) is more than the order total of \(total)"
        case .currency(let id, let expected, let got): "\(id) is paid in \(expected), not \(got)"
        case .unknownCancelReason(let r): "\"\(r)\" is not a cancel reason Amazon knows: use one of \(CancelReason.allCases.map(\.rawValue).joined(separator: ", "))"
        case .confirmationRequired(let id): "cancelling \(id) on Amazon cannot be undone: confirm it (--yes)"
        case .unknownRefundReason(let r): "\"\(r)\" is not a refund reason Amazon knows: use one of \(RefundReason.allCases.map(\.rawValue).joined(separator: ", "))"
        case .cancelledRefundsWithCancellation(let id): "\(id) is cancelled: its refund went with the cancellation"
        case .notCharged(let id): "\(id) has no total from Amazon yet: nothing was charged, so nothing can be refunded"
        case .refundAmountNotPositive(let id): "\(id): a refund must be greater than zero"
        case .refundAboveRefundable(let id, let refund, let refundable): "\(id): a refund of \(refund) is more than the \(refundable) still refundable"
        case .buyerAsksToCancel(let id, let reason): "the buyer asked to cancel \(id)\(reason.map { " (\($0))" } ?? ""), so it was not shipped: cancel it with the reason \(BuyerCancelRequest.cancelReason.rawValue), or ship it anyway if it must go"
        }
    }
}
