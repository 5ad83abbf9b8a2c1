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
    /// Sends text to the printer and answers what to tell the merchant (the `merchant` target gives `lp`'s);
    /// nil where nothing can print. ConsoleUI itself starts no process.
    public var printText: PrintText?

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
                o.cancelRequests = try store.orderCount(filter: .buyerCancelRequest, sort: .newest)
                o.sync = try store.syncState()
                (o.outboxOpen, o.outboxFailed) = try store.outboxCounts(failedSince: OutboxMessage.failuresShownSince(now()))
                o.catalog = try store.catalog()
                o.reservations = try store.reservations()
                o.shortReservations = ReservationCover.short(o.reservations, stock: Dictionary(o.catalog.map { ($0.product.sku, $0.stock) },
                                                                                              uniquingKeysWith: { a, _ in a }))
                o.notifications = try store.notificationConnection()
                return .overviewLoaded(o)
            case .orders(let ordersEffect):
                return try performOrderEffect(ordersEffect)
            case .detail(let detailEffect):
                return try performDetailEffect(detailEffect)
            case .outbox(let outboxEffect):
                return try performOutboxEffect(outboxEffect)
            case .settings(let settingsEffect):
                return performSettingsEffect(settingsEffect)
            case .startSync:
                return nil
            case .refunds(let refundsEffect):
                return try performRefundEffect(refundsEffect)
            case .shop(let shopEffect):
                return try performShopEffect(shopEffect)
            case .labels(let labelEffect):
                return performLabelEffect(labelEffect)
            case .pick(let pickEffect):
                return try performPickEffect(pickEffect)
            case .pack(let packEffect):
                return try performPackEffect(packEffect)
            }
        } catch {
            return .loadFailed("\(error)")
        }
    }
}
