import Foundation

/// An item's cancellation (Orders 2026-01-01 `ItemCancellation`): the request, and how it was carried out.
public struct ItemCancellation: Codable, Sendable, Equatable {
    public var cancellationRequest: ItemCancellationRequest?
    public var cancellationExecution: ItemCancellationExecution?
    public init(cancellationRequest: ItemCancellationRequest? = nil, cancellationExecution: ItemCancellationExecution? = nil) {
        self.cancellationRequest = cancellationRequest
        self.cancellationExecution = cancellationExecution
    }
}

/// Who asked to cancel (`BUYER`) and why.
public struct ItemCancellationRequest: Codable, Sendable, Equatable {
    public var requester: String?
    public var cancelReason: String?
    public init(requester: String? = "BUYER", cancelReason: String? = nil) {
        self.requester = requester
        self.cancelReason = cancelReason
    }
}

/// Who cancelled (`BUYER`, `MERCHANT`, `AMAZON`) and why.
public struct ItemCancellationExecution: Codable, Sendable, Equatable {
    public var cancelledBy: String?
    public var cancelReason: String?
    public init(cancelledBy: String? = nil, cancelReason: String? = nil) {
        self.cancelledBy = cancelledBy
        self.cancelReason = cancelReason
    }
}

extension OrderItem {
    /// Whether the buyer asks to cancel this item (`cancellation.cancellationRequest`, requester BUYER).
    public var buyerRequestedCancel: Bool {
        guard let request = cancellation?.cancellationRequest else { return false }
        return request.requester.map { $0.uppercased() == "BUYER" } ?? true
    }
}

extension Order {
    /// Whether the buyer asks to cancel any item of the order (the sync maps this to "buyer asks to cancel").
    public var buyerRequestedCancel: Bool { orderItems.contains(where: \.buyerRequestedCancel) }
}
