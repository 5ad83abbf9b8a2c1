import Foundation
import MerchantCore
import MerchantStore

/// What every pane's frame needs from the store: settings, counts for the banner, sync and outbox
/// state for the status line, and the small tables (catalog, reservations) of Pending and Settings.
public struct Overview: Sendable, Equatable {
    public var settings: ChannelSettings?
    public var byStatus: [AmazonOrderStatus: Int] = [:]
    public var byImportState: [ImportState: Int] = [:]
    public var sync: SyncState?
    public var outboxOpen = 0
    public var outboxFailed = 0
    public var catalog: [CatalogEntry] = []
    public var reservations: [Reservation] = []
    /// Orders whose buyer asks to cancel (`BuyerCancelRequest`).
    public var cancelRequests = 0

    public init() {}

    /// Orders that cannot be imported (R5).
    public var blocked: Int { byImportState[.blocked] ?? 0 }

    /// Pending orders whose reservation the stock cannot cover, with the shortage, by order id: paid now, each
    /// would be blocked. Judged when read, by the rule `merchant overview` asks too (ReservationCover).
    public var shortReservations: [String: [Blocker]] = [:]

    /// Order notifications, when connected: their queue, when the first and the latest arrived, and why they cannot be read now.
    public var notifications: NotificationConnection?

    /// Orders whose payment Amazon has not confirmed: pending ones and pre-orders (R8).
    public var awaitingPayment: Int { (byStatus[.pending] ?? 0) + (byStatus[.pendingAvailability] ?? 0) }
}
