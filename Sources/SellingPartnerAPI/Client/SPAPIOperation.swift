import Foundation

/// The SP-API operations the client speaks, each with its own rate-limit bucket and retry rules.
public enum SPAPIOperation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case searchOrders, getOrder, confirmShipment
    case createFeedDocument, uploadFeedDocument, createFeed, getFeed, getFeeds, getFeedDocument, downloadFeedDocument
    case patchListingsItem
    case listFinancialEvents
    case listTransactions   // Finances 2024-06-19; the client no longer calls v0's listFinancialEvents (deprecated)
    case getInventorySummaries
    case getFulfillmentPreview, createFulfillmentOrder, getFulfillmentOrder, cancelFulfillmentOrder
    case getMarketplaceParticipations
    // Notifications v1: where ORDER_CHANGE goes (an SQS destination) and the subscription to it.
    case createDestination, getDestinations, deleteDestination
    case createSubscription, getSubscription, deleteSubscriptionById, sendTestNotification
    // Shipping v2 (Buy Shipping): labels.
    case getRates, purchaseShipment, getShipmentDocuments, cancelShipment, getTracking

    public var description: String { rawValue }

    /// False for the pre-signed document URLs Amazon hands out: they live on storage hosts, so they get
    /// neither the access token (it must not leak to another host) nor an SP-API rate bucket.
    var isSellingPartnerEndpoint: Bool {
        switch self {
        case .uploadFeedDocument, .downloadFeedDocument: false
        default: true
        }
    }

    /// Whether sending the request a second time, after an answer we could not read, is harmless.
    /// createFeed is not: Amazon does not de-duplicate feeds, and a payment adjustment sent twice is two refunds.
    /// Everything else either reads, replaces a value, or creates something unused (a feed document).
    var resendIsHarmless: Bool { self != .createFeed }

    /// Reads may be repeated when their answer arrived broken; a later answer may be whole.
    var isRead: Bool {
        switch self {
        case .searchOrders, .getOrder, .getFeed, .getFeeds, .getFeedDocument, .downloadFeedDocument, .listFinancialEvents, .getInventorySummaries, .getFulfillmentOrder, .getFulfillmentPreview: true
        case .listTransactions: true
        case .getMarketplaceParticipations: true
        case .getDestinations, .getSubscription: true
        case .getRates, .getShipmentDocuments, .getTracking: true
        default: false
        }
    }

    /// Grantless operations carry an access token bought with the application's own credentials
    /// (`client_credentials`, scope `sellingpartnerapi::notifications`), not the seller's refresh token.
    public var isGrantless: Bool {
        switch self {
        case .createDestination, .getDestinations, .deleteDestination, .deleteSubscriptionById, .sendTestNotification: true
        default: false
        }
    }
}
