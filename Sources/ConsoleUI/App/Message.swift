import Foundation
import MerchantCore
import MerchantStore

/// Everything that can happen to the console: keys, the window, time, and answers from the store.
public enum Message: Sendable {
    case key(Key)
    case resize(Size)
    /// Time passed (the account's time); due syncs start on a tick.
    case tick(Date)
    /// Another connection wrote the store (`PRAGMA data_version` moved): reload what is visible.
    case dataChanged
    case overviewLoaded(Overview)
    /// A window of a list, and how many orders the whole list (or search) holds.
    case ordersLoaded(ListKind, OrdersQuery, [OrderSummary], count: Int)
    case detailLoaded(String, OrderDetail, OrderRefunds)
    case outboxLoaded([OutboxMessage], [ActivityEntry])
    /// The Settings pane's answers: a switch or a product saved.
    case settings(SettingsMessage)
    /// The store refused a change: the reason, in a merchant's words (R30).
    case refused(String)
    case loadFailed(String)
    case syncFinished(SyncReport)
    /// What the sync waits for now ("Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)"), nil when nothing.
    case amazonWaiting(String?)
    /// The rows above a window (nearest first), or the list's last rows, read backwards for G and Up.
    case ordersAboveLoaded(ListKind, OrdersQuery, [OrderSummary])
    /// The orders an action was asked for, read fresh, for the rules to judge before a dialog opens.
    case actionPrepared(OrderAction, [OrderDetail])
    case shipped([ShipmentPayload])
    /// The store refused the ship dialog's request: its tracking number is already the parcel of an order to
    /// another address (R13). The dialog asks whether to ship anyway.
    case parcelOfOtherOrder(ShipmentRequest, reason: String)
    /// The store refused the ship dialog's request: the buyer asked to cancel the order since the dialog opened
    /// (`ShipWarning`). The dialog asks whether to ship anyway.
    case buyerAsksToCancel(ShipmentRequest, reason: String)
    case cancelled(CancellationPayload)
    /// The Refunds pane's window: the queue, the refunds made on Amazon, and the totals (R23).
    case refundsLoaded(RefundsWindow)
    /// An order read fresh for `r`, with what is left to refund and the return request it would settle.
    case refundPrepared(OrderDetail, Refundable, request: RefundEntry?)
    /// The store took a refund: queued for Amazon, or kept as failed with its notice (R21).
    case refunded(String, Money, RefundOutcome)
    /// The Shop pane's window and the answers to its actions.
    case shop(ShopMessage)
    /// A click or the wheel.
    case mouse(Mouse)
    /// The store took a blocked order's fix; the next sync imports the order.
    case blockedFixed(String, BlockedFixRequest)
}

/// What the console asks its runner to do; `update` itself never touches the store.
public enum Effect: Equatable, Sendable {
    case loadOverview
    case loadOrders(ListKind, OrdersQuery)
    case loadDetail(String)
    case loadOutbox(limit: Int, includeSync: Bool)
    /// The Settings pane's operations.
    case settings(SettingsEffect)
    case startSync
    /// Reads `query.limit` rows before `query.after` (from the end when nil), nearest first.
    case loadOrdersAbove(ListKind, OrdersQuery)
    /// Reads the orders an action is about, fresh from the store.
    case prepareAction(OrderAction, [String])
    /// The store operations the command line uses too; sent only by a confirmed dialog.
    case ship(ShipmentRequest)
    case shipAll([ShipmentRequest])
    case cancel(String, CancelReason, Money)
    /// Reads the refund queue's window, the refunds made on Amazon and the totals.
    case loadRefunds(limit: Int)
    /// Reads an order, what is left to refund of it and its open return request, before the refund dialog opens.
    case prepareRefund(String)
    /// `merchant refund`'s store operation; sent only by a confirmed refund dialog.
    case refund(String, Money, RefundReason)
    /// The Shop pane's reads and operations.
    case shop(ShopEffect)
    /// A blocked order's fix (`catalog map`, `catalog set`); sent only by a confirmed fix dialog.
    case fixBlocked(String, BlockedFixRequest)
}

/// What one background sync did.
public struct SyncReport: Sendable, Equatable {
    public var summary: String
    /// What failed, in one line; nil when nothing did.
    public var error: String?
    public var finishedAt: Date
    /// What the merchant wants to hear: "3 new orders, 2 shipments confirmed", or "nothing new".
    public var news: String
    /// Everything known of what failed (Amazon's own texts): `e` shows it.
    public var errorDetail: String?
    public init(summary: String, error: String?, finishedAt: Date, news: String = "nothing new", errorDetail: String? = nil) {
        self.summary = summary
        self.error = error
        self.finishedAt = finishedAt
        self.news = news
        self.errorDetail = errorDetail
    }
}
