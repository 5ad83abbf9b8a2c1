import Foundation
import MerchantCore
import MerchantStore

/// The Refunds pane's read and the refund itself (started from any pane with `r`), run by `StoreEffects`.
public enum RefundsEffect: Sendable, Equatable {
    /// Reads the refund queue's window, the refunds made on Amazon and the totals.
    case load(limit: Int)
    /// Reads an order, what is left to refund of it and its open return request, before the refund dialog opens.
    case prepare(String)
    /// `merchant refund`'s store operation; sent only by a confirmed refund dialog.
    case refund(String, Money, RefundReason)
}

/// What the store answered the Refunds pane and the refund dialog.
public enum RefundsMessage: Sendable {
    /// The Refunds pane's window: the queue, the refunds made on Amazon, and the totals (R23).
    case loaded(RefundsWindow)
    /// An order read fresh for `r`, with what is left to refund and the return request it would settle.
    case prepared(OrderDetail, Refundable, request: RefundEntry?)
    /// The store took a refund: queued for Amazon, or kept as failed with its notice (R21).
    case refunded(String, Money, RefundOutcome)
}

extension Console {
    static func refundsMessage(_ s: inout ConsoleState, _ message: RefundsMessage) -> [Effect] {
        switch message {
        case .loaded(let window):
            refundsLoaded(&s, window)
            return []
        case .prepared(let detail, let refundable, let request):
            refundPrepared(&s, detail, refundable, request)
            return []
        case .refunded(let id, let amount, let outcome):
            return refunded(&s, id, amount, outcome)
        }
    }
}
