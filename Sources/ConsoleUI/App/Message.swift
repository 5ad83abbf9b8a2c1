import Foundation
import MerchantCore
import MerchantStore

/// Everything that can happen to the console: keys, the window, time, and answers from the store.
/// The frame's own messages are cases here; each pane's answers come wrapped in its own enum.
public enum Message: Sendable {
    case key(Key)
    case resize(Size)
    /// Time passed (the account's time); due syncs start on a tick.
    case tick(Date)
    /// Another connection wrote the store (`PRAGMA data_version` moved): reload what is visible.
    case dataChanged
    case overviewLoaded(Overview)
    /// The Orders and Pending lists' windows and the order actions' answers.
    case orders(OrdersMessage)
    /// The opened order.
    case detail(DetailMessage)
    /// The Outbox pane's window.
    case outbox(OutboxPaneMessage)
    /// The Settings pane's answers: a switch or a product saved.
    case settings(SettingsMessage)
    /// The store refused a change: the reason, in a merchant's words (R30).
    case refused(String)
    case loadFailed(String)
    case syncFinished(SyncReport)
    /// Orders an ORDER_CHANGE notification brought, in a merchant's words ("2 new orders"): said like a sync's news.
    case notified(String)
    /// What the sync waits for now ("Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)"), nil when nothing.
    case amazonWaiting(String?)
    /// The Refunds pane's window and the refund dialog's answers.
    case refunds(RefundsMessage)
    /// The Shop pane's window and the answers to its actions.
    case shop(ShopMessage)
    /// The Pick pane's list and the answer to printing it.
    case pick(PickMessage)
    /// A click or the wheel.
    case mouse(Mouse)
    /// Rates from Amazon, labels queued and bought.
    case labels(LabelMessage)
    /// Pack mode's reads: the order chosen, the product a scan names.
    case pack(PackMessage)
}

/// What the console asks its runner to do; `update` itself never touches the store.
public enum Effect: Equatable, Sendable {
    case loadOverview
    /// The order lists' reads and the order actions' store operations.
    case orders(OrdersEffect)
    /// The opened order's read.
    case detail(DetailEffect)
    /// The Outbox pane's read.
    case outbox(OutboxPaneEffect)
    /// The Settings pane's operations.
    case settings(SettingsEffect)
    case startSync
    /// The Refunds pane's read and the refund's store operation.
    case refunds(RefundsEffect)
    /// The Shop pane's reads and operations.
    case shop(ShopEffect)
    /// Rates asked of Amazon, labels queued and watched.
    case labels(LabelEffect)
    /// The Pick pane's read and its printing.
    case pick(PickEffect)
    /// Pack mode's reads (it writes nothing).
    case pack(PackEffect)
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
    /// The sync brought nothing: a background sync then says nothing. Known apart from `news`, whose words
    /// are the merchant's language.
    public var broughtNothing: Bool
    public init(summary: String, error: String?, finishedAt: Date, news: String = "nothing new", errorDetail: String? = nil,
                broughtNothing: Bool? = nil) {
        self.summary = summary
        self.error = error
        self.finishedAt = finishedAt
        self.news = news
        self.errorDetail = errorDetail
        self.broughtNothing = broughtNothing ?? (news == "nothing new")
    }
}
