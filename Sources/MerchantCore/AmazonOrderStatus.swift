/// An order's status as Amazon reports it (`fulfillmentStatus` of Orders 2026-01-01).
public enum AmazonOrderStatus: String, Codable, Sendable, CaseIterable {
    case pendingAvailability = "PENDING_AVAILABILITY"
    case pending = "PENDING"
    case unshipped = "UNSHIPPED"
    case partiallyShipped = "PARTIALLY_SHIPPED"
    case shipped = "SHIPPED"
    case cancelled = "CANCELLED"
    case unfulfillable = "UNFULFILLABLE"

    /// Payment not yet confirmed: no address, no prices, nothing the merchant may act on (R8, R10).
    public var isPending: Bool { self == .pending || self == .pendingAvailability }

    /// Amazon will not change this order's status any more.
    public var isFinal: Bool { self == .shipped || self == .cancelled || self == .unfulfillable }

    /// The statuses Amazon moves an order to from this one. Anything else in a feed is suspect
    /// (an update that went backwards); the sync records it but does not undo local work.
    public var successors: Set<AmazonOrderStatus> {
        switch self {
        case .pendingAvailability: [.pending, .unshipped, .cancelled]
        case .pending: [.unshipped, .cancelled]
        case .unshipped: [.partiallyShipped, .shipped, .cancelled, .unfulfillable]
        case .partiallyShipped: [.shipped, .cancelled]
        case .shipped, .cancelled, .unfulfillable: []
        }
    }

    public func canMove(to next: AmazonOrderStatus) -> Bool { next == self || successors.contains(next) }

    /// A short label for lists, in the merchant's language (the glossary's short forms where a column is narrow).
    public var label: String {
        switch self {
        case .pendingAvailability: tr("rules.status.pre-order")
        case .pending: tr("rules.status.pending")
        case .unshipped: tr("rules.status.unshipped")
        case .partiallyShipped: tr("rules.status.part-shipped")
        case .shipped: tr("rules.status.shipped")
        case .cancelled: tr("rules.status.cancelled")
        case .unfulfillable: tr("rules.status.unfulfillable")
        }
    }
}

/// Who ships the order: the merchant (MFN) or Amazon (AFN, FBA).
public enum FulfillmentChannel: String, Codable, Sendable {
    case merchant = "MERCHANT"
    case amazon = "AMAZON"

    /// The short form merchants know from Seller Central.
    public var code: String { self == .merchant ? "MFN" : "AFN" }
}

extension AmazonOrderStatus {
    /// Amazon's status named for a person (an order's history, `merchant order`): Amazon's own name in English ("UNSHIPPED", as it
    /// was always written), the language's full word in German and Thai.
    public var amazonName: String {
        switch self {
        case .pendingAvailability: tr("store.amazon-status.pending-availability")
        case .pending: tr("store.amazon-status.pending")
        case .unshipped: tr("store.amazon-status.unshipped")
        case .partiallyShipped: tr("store.amazon-status.partially-shipped")
        case .shipped: tr("store.amazon-status.shipped")
        case .cancelled: tr("store.amazon-status.cancelled")
        case .unfulfillable: tr("store.amazon-status.unfulfillable")
        }
    }
}
