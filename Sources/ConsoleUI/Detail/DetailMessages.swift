import Foundation
import MerchantCore
import MerchantStore

/// The opened order's read, run by `StoreEffects`.
public enum DetailEffect: Sendable, Equatable {
    case load(String)
}

/// What the store answered the opened order.
public enum DetailMessage: Sendable {
    /// The order, with its refunds: the console's own and those made on Amazon, apart (R23).
    case loaded(String, OrderDetail, OrderRefunds)
}

extension Console {
    static func detailMessage(_ s: inout ConsoleState, _ message: DetailMessage) {
        switch message {
        case .loaded(let id, let detail, let refunds): detailLoaded(&s, id, detail, refunds)
        }
    }
}
