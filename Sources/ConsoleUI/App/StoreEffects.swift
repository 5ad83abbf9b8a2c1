import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

/// Runs the console's effects against the store, through the same operations as the command line,
/// and answers with the message `update` takes next. The only part of ConsoleUI that reads or writes.
public struct StoreEffects: Sendable {
    public let store: MerchantStore
    /// The account's time, for the activity log of a change.
    public let now: @Sendable () -> Date
    /// Who the activity log says made a change.
    public var actor = "console"

    public init(store: MerchantStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    public func perform(_ effect: Effect) -> Message? {
        do {
            switch effect {
            case .loadOverview:
                var o = Overview()
                o.settings = try store.settings()
                (o.byStatus, o.byImportState) = try store.orderCounts()
                o.sync = try store.syncState()
                (o.outboxOpen, o.outboxFailed) = try store.outboxCounts()
                o.catalog = try store.catalog()
                o.reservations = try store.reservations()
                o.shortReservations = ReservationCover.short(o.reservations, stock: Dictionary(o.catalog.map { ($0.product.sku, $0.stock) },
                                                                                              uniquingKeysWith: { a, _ in a }))
                if let problem = try store.notificationConnection()?.problem {
                    o.notificationsTrouble = NotificationHealth.fallbackText(problem: problem, syncIntervalSeconds: o.settings?.syncIntervalSeconds ?? 300)
                }
                return .overviewLoaded(o)
            case .loadDetail(let id):
                return try performDetailEffect(id)
            case .loadOutbox(let limit, let includeSync):
                return try performOutboxEffect(limit: limit, includeSync: includeSync)
            case .settings(let settingsEffect):
                return performSettingsEffect(settingsEffect)
            case .startSync:
                return nil
            case .loadOrders, .loadOrdersAbove, .prepareAction, .ship, .shipAll, .cancel:
                return try performOrderEffect(effect)
            case .loadRefunds, .prepareRefund, .refund:
                return try performRefundEffect(effect)
            case .shop(let shopEffect):
                return try performShopEffect(shopEffect)
            case .fixBlocked(let id, let request):
                return performBlockedFix(id, request)
            }
        } catch {
            return .loadFailed("\(error)")
        }
    }
}
