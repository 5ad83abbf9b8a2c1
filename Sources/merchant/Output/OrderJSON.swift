import Foundation
import MerchantCore
import MerchantStore

/// The JSON shape of an order for scripts (`merchant orders --json`, `merchant order ID --json`).
struct OrderJSON: Encodable {
    struct Amount: Encodable {
        var amount: String
        var currency: String
    }
    struct Item: Encodable {
        var orderItemId: String
        var sku: String
        var asin: String?
        var title: String
        var quantity: Int
        var quantityShipped: Int
        var unitPrice: Amount?
    }
    struct Package: Encodable {
        var packageReferenceId: String
        var carrier: String?
        var trackingNumber: String?
        var shipDate: String?
    }
    struct Event: Encodable {
        var at: String
        var event: String
    }

    var amazonOrderId: String
    var channel = "amazon"
    var marketplaceId: String
    var marketplace: String
    var orderStatus: String
    var localStatus: String?
    var paymentStatus: String?
    var importState: String
    var fulfilledBy: String
    var purchaseDate: String
    var latestShipDate: String?
    var buyerName: String?
    var total: Amount?
    var items: [Item]?
    var itemCount: Int
    var blockers: [String]
    var shippingAddress: PostalAddress?
    var packages: [Package]?
    var reservations: [Reservation]?
    var history: [Event]?
    var sellerCentralURL: String

    static func amount(_ m: Money?) -> Amount? { m.map { Amount(amount: $0.amountText, currency: $0.currency) } }
    static func date(_ d: Date?) -> String? { d.map { ISO8601DateFormatter().string(from: $0) } }

    init(summary s: OrderSummary, items: [AmazonOrderItem]?) {
        amazonOrderId = s.amazonOrderId
        marketplaceId = s.marketplaceId
        marketplace = Marketplace.named(s.marketplaceId).name
        orderStatus = s.status.rawValue
        localStatus = s.localStatus?.rawValue
        importState = s.importState.rawValue
        fulfilledBy = s.fulfillmentChannel.rawValue
        purchaseDate = Self.date(s.purchaseDate)!
        latestShipDate = Self.date(s.latestShipDate)
        buyerName = s.buyerName
        total = Self.amount(s.total)
        itemCount = s.itemCount
        blockers = s.blockers
        self.items = items?.map(Self.item)
        sellerCentralURL = Marketplace.named(s.marketplaceId).sellerCentralURL(orderId: s.amazonOrderId)
    }

    init(detail d: OrderDetail) {
        let o = d.order
        amazonOrderId = o.amazonOrderId
        marketplaceId = o.marketplaceId
        marketplace = Marketplace.named(o.marketplaceId).name
        orderStatus = o.status.rawValue
        localStatus = d.local?.status.rawValue
        paymentStatus = d.local?.paymentStatus.rawValue
        importState = d.importState.rawValue
        fulfilledBy = o.fulfillmentChannel.rawValue
        purchaseDate = Self.date(o.purchaseDate)!
        latestShipDate = Self.date(o.latestShipDate)
        buyerName = o.buyerName
        total = Self.amount(o.total)
        items = o.items.map(Self.item)
        itemCount = o.items.reduce(0) { $0 + $1.quantityOrdered }
        blockers = d.blockers
        shippingAddress = o.shippingAddress
        packages = o.packages.map { Package(packageReferenceId: $0.packageReferenceId, carrier: $0.carrier, trackingNumber: $0.trackingNumber, shipDate: Self.date($0.shipDate)) }
        reservations = d.reservations
        history = d.history.map { Event(at: Self.date($0.at)!, event: $0.event) }
        sellerCentralURL = Marketplace.named(o.marketplaceId).sellerCentralURL(orderId: o.amazonOrderId)
    }

    static func item(_ i: AmazonOrderItem) -> Item {
        Item(orderItemId: i.orderItemId, sku: i.sku, asin: i.asin, title: i.title, quantity: i.quantityOrdered,
             quantityShipped: i.quantityShipped, unitPrice: amount(i.unitPrice))
    }
}

/// Writes any Encodable as pretty, key-sorted JSON on stdout.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
