/// The status of the merchant's own order, made from an Amazon order on import (R4).
public enum LocalOrderStatus: String, Codable, Sendable, CaseIterable {
    case processing
    case shipped
    case cancelled
    case refunded
    case partiallyRefunded = "partially refunded"

    /// Which statuses a local order may move to from this one.
    public var successors: Set<LocalOrderStatus> {
        switch self {
        case .processing: [.shipped, .cancelled, .partiallyRefunded, .refunded]
        case .shipped: [.partiallyRefunded, .refunded]
        case .partiallyRefunded: [.partiallyRefunded, .refunded]
        case .cancelled, .refunded: []
        }
    }

    public func canMove(to next: LocalOrderStatus) -> Bool { successors.contains(next) }

    /// Units of this order still count as held stock (R25) only while it is being processed.
    public var holdsStock: Bool { self == .processing }
}

/// Whether Amazon has collected the buyer's money for an imported order (R7, R9).
public enum PaymentStatus: String, Codable, Sendable {
    /// A pending order imported early: checkout complete, payment not yet submitted.
    case notYetSubmitted = "not yet submitted"
    /// Amazon collected the money (every non-pending Amazon order).
    case paid
}
