import Foundation
import MerchantCore
import MerchantStore

/// The Orders and Pending lists' reads, and the order actions they and the opened order start (ship, cancel,
/// a blocked order's fix), run by `StoreEffects`.
public enum OrdersEffect: Sendable, Equatable {
    case load(ListKind, OrdersQuery)
    /// Reads `query.limit` rows before `query.after` (from the end when nil), nearest first.
    case loadAbove(ListKind, OrdersQuery)
    /// Reads the orders an action is about, fresh from the store.
    case prepare(OrderAction, [String])
    /// The store operations the command line uses too; sent only by a confirmed dialog.
    case ship(ShipmentRequest)
    case shipAll([ShipmentRequest])
    case cancel(String, CancelReason, Money)
    /// A blocked order's fix (`catalog map`, `catalog set`); sent only by a confirmed fix dialog.
    case fixBlocked(String, BlockedFixRequest)
}

/// What the store answered the order lists and the order actions.
public enum OrdersMessage: Sendable {
    /// A window of a list, and how many orders the whole list (or search) holds.
    case loaded(ListKind, OrdersQuery, [OrderSummary], count: Int)
    /// The rows above a window (nearest first), or the list's last rows, read backwards for G and Up.
    case aboveLoaded(ListKind, OrdersQuery, [OrderSummary])
    /// The orders an action was asked for, read fresh, for the rules to judge before a dialog opens.
    case prepared(OrderAction, [OrderDetail])
    case shipped([ShipmentPayload])
    /// The store refused the ship dialog's request: its tracking number is already the parcel of an order to
    /// another address (R13). The dialog asks whether to ship anyway.
    case parcelOfOtherOrder(ShipmentRequest, reason: String)
    /// The store refused the ship dialog's request: the buyer asked to cancel the order since the dialog opened
    /// (`ShipWarning`). The dialog asks whether to ship anyway.
    case buyerAsksToCancel(ShipmentRequest, reason: String)
    case cancelled(CancellationPayload)
    /// The store took a blocked order's fix; the next sync imports the order.
    case blockedFixed(String, BlockedFixRequest)
}

extension Console {
    /// The order lists' and the order actions' answers, each to its handler.
    static func ordersMessage(_ s: inout ConsoleState, _ message: OrdersMessage) -> [Effect] {
        switch message {
        case .loaded(let kind, let query, let rows, let count):
            applyLoaded(&s, kind, query, rows, count: count)
            // The rest of a turn of the wheel, once the window is in.
            return wheelAfterLoad(&s)
        case .aboveLoaded(let kind, let query, let rows):
            return applyAbove(&s, kind, query, rows)
        case .prepared(let action, let details):
            actionPrepared(&s, action, details)
            return []
        case .shipped(let payloads):
            return shipped(&s, payloads)
        case .parcelOfOtherOrder(let request, let reason):
            askShipAnyway(&s, request, reason, why: .parcel)
            return []
        case .buyerAsksToCancel(let request, let reason):
            askShipAnyway(&s, request, reason, why: .buyerAsksToCancel)
            return []
        case .cancelled(let payload):
            return cancelled(&s, payload)
        case .blockedFixed(let id, let request):
            return blockedFixed(&s, id, request)
        }
    }
}
