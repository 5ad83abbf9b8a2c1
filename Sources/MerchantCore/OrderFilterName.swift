/// The names of the lists of orders a merchant picks: the same words in the console's filter (`f`) and
/// in `merchant orders --status`, so that what one shows the other accepts.
///
///     OrderFilterName.parse("part-shipped")        // .partShipped
///     OrderFilterName.parse("partially-shipped")   // .partShipped: the command line's old spelling
///     OrderFilterName.parse("PARTIALLY_SHIPPED")   // .partShipped: Amazon's own
///
/// Case, hyphens, underscores and spaces do not matter.
public enum OrderFilterName: String, CaseIterable, Sendable {
    case all
    case unshipped
    /// Payment not yet confirmed by Amazon: pending orders and pre-orders (R8, R10).
    case pending
    /// The buyer asks to cancel: cancel them rather than ship (`BuyerCancelRequest`).
    case cancelRequested = "cancel-requested"
    /// Could not become local orders (R5).
    case blocked
    case partShipped = "part-shipped"
    case shipped
    case cancelled
    /// Kept and shown only: placed while import was off (R4).
    case readOnly = "read-only"
    /// Placed before the channel was connected: never imported (R2).
    case beforeConnection = "before-connection"
    /// Pre-orders alone (Amazon's `PENDING_AVAILABILITY`).
    case preOrder = "pre-order"
    case unfulfillable
    case imported
    case reserved

    /// The name a merchant typed, in this vocabulary or an older spelling of it; nil when it names no list.
    public static func parse(_ text: String) -> OrderFilterName? {
        let key = Self.key(text)
        if let name = allCases.first(where: { Self.key($0.rawValue) == key }) { return name }
        return aliases[key]
    }

    /// Every name, as a merchant reads them in a hint.
    public static var spelledOut: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    /// Older and other spellings: the command line's (`partially-shipped`, `awaiting-payment`), Amazon's
    /// statuses (`PARTIALLY_SHIPPED`, `PENDING_AVAILABILITY`), and American English.
    private static let aliases: [String: OrderFilterName] = [
        "partiallyshipped": .partShipped,
        "pendingavailability": .preOrder,
        "preorders": .preOrder,
        "awaitingpayment": .pending,
        "awaiting": .pending,
        "canceled": .cancelled,
        "cancelrequest": .cancelRequested,
        "cancelrequests": .cancelRequested,
        "buyercancel": .cancelRequested,
        "buyerrequestedcancel": .cancelRequested,
    ]
}
