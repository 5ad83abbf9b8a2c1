import Foundation

/// Where a refund stands in the merchant's refund queue.
public enum RefundState: String, CaseIterable, Sendable, Codable {
    /// The buyer asked (a return is on its way) or a return arrived: the merchant decides.
    case requested
    /// Made in the console, not yet confirmed by Amazon.
    case waiting
    /// Amazon refused it, or it could not be sent (e.g. already refunded on Amazon, R21).
    case failed
    /// Amazon confirmed it.
    case done
}

/// Why a refund is in the queue.
public enum RefundOrigin: String, CaseIterable, Sendable, Codable {
    /// The merchant refunded on their own.
    case merchant
    /// The buyer asked to return a package; it is on its way back.
    case returnRequested = "return requested"
    /// A returned package arrived at the merchant.
    case returnArrived = "return arrived"
    /// The merchant cancelled the order: the cancellation refunds the buyer (R18). It travels with the
    /// cancellation, not as a refund of its own.
    case cancellation
}

/// What Amazon says of a package on its way back (Orders 2026-01-01 `packageStatus.detailedStatus`).
public enum PackageReturn {
    public static func origin(detailedStatus: String?) -> RefundOrigin? {
        switch detailedStatus {
        case "RETURNING_TO_SELLER", "REJECTED_BY_BUYER": .returnRequested
        case "RETURNED_TO_SELLER": .returnArrived
        default: nil
        }
    }
}
