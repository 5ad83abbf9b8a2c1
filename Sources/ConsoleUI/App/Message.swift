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
    case ordersLoaded(ListKind, OrdersQuery, [OrderSummary])
    case detailLoaded(String, OrderDetail)
    case outboxLoaded([OutboxMessage], [ActivityEntry])
    case settingSaved(SettingKey, ChannelSettings)
    case productSaved(Product)
    /// The store refused a change: the reason, in a merchant's words (R30).
    case refused(String)
    case loadFailed(String)
    case syncFinished(SyncReport)
    /// The rows above a window (nearest first), or the list's last rows, read backwards for G and Up.
    case ordersAboveLoaded(ListKind, OrdersQuery, [OrderSummary])
    /// The orders an action was asked for, read fresh, for the rules to judge before a dialog opens.
    case actionPrepared(OrderAction, [OrderDetail])
    case shipped([ShipmentPayload])
    case cancelled(CancellationPayload)
}

/// What the merchant asked to do with orders.
public enum OrderAction: Sendable, Equatable {
    case ship, shipMarked, cancel
}

/// What the console asks its runner to do; `update` itself never touches the store.
public enum Effect: Equatable, Sendable {
    case loadOverview
    case loadOrders(ListKind, OrdersQuery)
    case loadDetail(String)
    case loadOutbox(limit: Int)
    case saveSetting(SettingKey, String)
    case setFBA(sku: String, on: Bool)
    case startSync
    /// Reads `query.limit` rows before `query.after` (from the end when nil), nearest first.
    case loadOrdersAbove(ListKind, OrdersQuery)
    /// Reads the orders an action is about, fresh from the store.
    case prepareAction(OrderAction, [String])
    /// The store operations the command line uses too; sent only by a confirmed dialog.
    case ship(ShipmentRequest)
    case shipAll([ShipmentRequest])
    case cancel(String, CancelReason, Money)
}

/// The two order lists the console keeps: the Orders pane's and the Pending pane's.
public enum ListKind: Sendable, Equatable {
    case orders, pending
}

/// Which window of orders to read: a keyset window after `after`, or the results of a search.
public struct OrdersQuery: Sendable, Equatable {
    public var filter: OrderFilter
    public var sort: OrderSort
    public var search: String?
    public var after: OrderCursor?
    public var limit: Int
}

/// What one background sync did.
public struct SyncReport: Sendable, Equatable {
    public var summary: String
    public var error: String?
    public var finishedAt: Date
    public init(summary: String, error: String?, finishedAt: Date) {
        self.summary = summary
        self.error = error
        self.finishedAt = finishedAt
    }
}
