import Foundation

/// The SP-API operations the simulator answers, each with its default rate limit (SPAPI.md).
enum Operation: String, CaseIterable {
    case searchOrders, getOrder, confirmShipment
    case createFeedDocument, createFeed, getFeed, getFeeds, getFeedDocument
    case patchListingsItem
    case listFinancialEvents
    case listTransactions
    case getInventorySummaries
    case getFulfillmentPreview, createFulfillmentOrder, getFulfillmentOrder, cancelFulfillmentOrder
    case getMarketplaceParticipations
    case createDestination, getDestinations, getDestination, deleteDestination
    case createSubscription, getSubscription, getSubscriptionById, deleteSubscriptionById, sendTestNotification
    case getRates, purchaseShipment, getShipmentDocuments, cancelShipment, getTracking

    /// Requests per second and burst.
    var rate: (perSecond: Double, burst: Double) {
        switch self {
        case .searchOrders: (0.0056, 20)
        case .getOrder: (0.5, 30)
        case .confirmShipment: (2, 10)
        case .createFeed: (0.0083, 15)
        case .createFeedDocument: (0.5, 15)
        case .getFeed: (2, 15)
        case .getFeeds, .getFeedDocument: (0.0222, 10)
        case .patchListingsItem: (5, 5)
        case .listFinancialEvents: (0.5, 30)
        case .listTransactions: (0.5, 10)
        case .getInventorySummaries: (2, 2)
        case .getFulfillmentPreview, .createFulfillmentOrder, .getFulfillmentOrder, .cancelFulfillmentOrder: (2, 30)
        case .getMarketplaceParticipations: (0.016, 15)
        case .createDestination, .getDestinations, .getDestination, .deleteDestination, .createSubscription, .getSubscription,
             .getSubscriptionById, .deleteSubscriptionById, .sendTestNotification: (1, 5)
        case .getRates, .purchaseShipment, .getShipmentDocuments, .cancelShipment, .getTracking: (80, 100)
        }
    }

    /// Operations whose repeated Idempotency-Key gets the first answer again instead of a second effect.
    /// createFeed is not among them: Amazon applies a feed submitted twice twice.
    var replaysByKey: Bool { self == .confirmShipment || self == .patchListingsItem }

    /// Grantless operations take an access token of the application's own (client credentials), not the seller's.
    var isGrantless: Bool {
        switch self {
        case .createDestination, .getDestinations, .getDestination, .deleteDestination, .getSubscriptionById,
             .deleteSubscriptionById, .sendTestNotification: true
        default: false
        }
    }
}
