import ConsoleUI
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

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(orderItemId, forKey: .orderItemId)
            try c.encode(sku, forKey: .sku)
            try c.encode(asin, forKey: .asin)
            try c.encode(title, forKey: .title)
            try c.encode(quantity, forKey: .quantity)
            try c.encode(quantityShipped, forKey: .quantityShipped)
            try c.encode(unitPrice, forKey: .unitPrice)
        }

        private enum CodingKeys: String, CodingKey { case orderItemId, sku, asin, title, quantity, quantityShipped, unitPrice }
    }
    struct Package: Encodable {
        var packageReferenceId: String
        var carrier: String?
        var trackingNumber: String?
        var shipDate: String?
    }
    /// The buyer asks to cancel, and why when Amazon says.
    struct CancelRequest: Encodable {
        var reason: String?
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(reason, forKey: .reason)
        }
        private enum CodingKeys: String, CodingKey { case reason }
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
    /// Amazon's delivery window promised to the buyer; null when Amazon gave none or the order was stored before it was kept.
    var earliestDeliveryDate: String?
    var latestDeliveryDate: String?
    var buyerName: String?
    var total: Amount?
    var items: [Item]?
    var itemCount: Int
    var blockers: [String]
    var buyerCancelRequest: CancelRequest?
    var shippingAddress: PostalAddress?
    var packages: [Package]?
    var reservations: [Reservation]?
    var history: [Event]?
    var sellerCentralURL: String

    private enum CodingKeys: String, CodingKey {
        case amazonOrderId, channel, marketplaceId, marketplace, orderStatus, localStatus, paymentStatus, importState, fulfilledBy
        case purchaseDate, latestShipDate, earliestDeliveryDate, latestDeliveryDate, buyerName, total, items, itemCount, blockers, buyerCancelRequest, shippingAddress, packages, reservations
        case history, sellerCentralURL
    }

    /// Scripts see every key: a missing value is `null`, never an absent key.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(amazonOrderId, forKey: .amazonOrderId)
        try c.encode(channel, forKey: .channel)
        try c.encode(marketplaceId, forKey: .marketplaceId)
        try c.encode(marketplace, forKey: .marketplace)
        try c.encode(orderStatus, forKey: .orderStatus)
        try c.encode(localStatus, forKey: .localStatus)
        try c.encode(paymentStatus, forKey: .paymentStatus)
        try c.encode(importState, forKey: .importState)
        try c.encode(fulfilledBy, forKey: .fulfilledBy)
        try c.encode(purchaseDate, forKey: .purchaseDate)
        try c.encode(latestShipDate, forKey: .latestShipDate)
        try c.encode(earliestDeliveryDate, forKey: .earliestDeliveryDate)
        try c.encode(latestDeliveryDate, forKey: .latestDeliveryDate)
        try c.encode(buyerName, forKey: .buyerName)
        try c.encode(total, forKey: .total)
        try c.encode(items, forKey: .items)
        try c.encode(itemCount, forKey: .itemCount)
        try c.encode(blockers, forKey: .blockers)
        try c.encode(buyerCancelRequest, forKey: .buyerCancelRequest)
        try c.encode(shippingAddress, forKey: .shippingAddress)
        try c.encodeIfPresent(packages, forKey: .packages)
        try c.encodeIfPresent(reservations, forKey: .reservations)
        try c.encodeIfPresent(history, forKey: .history)
        try c.encode(sellerCentralURL, forKey: .sellerCentralURL)
    }

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
        earliestDeliveryDate = Self.date(s.earliestDeliveryDate)
        latestDeliveryDate = Self.date(s.latestDeliveryDate)
        buyerName = s.buyerName
        total = Self.amount(s.total)
        itemCount = s.itemCount
        blockers = s.blockers
        buyerCancelRequest = s.buyerCancelRequest.map { CancelRequest(reason: $0.reason) }
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
        earliestDeliveryDate = Self.date(o.earliestDeliveryDate)
        latestDeliveryDate = Self.date(o.latestDeliveryDate)
        buyerName = o.buyerName
        total = Self.amount(o.total)
        // The merchant's own shipments count at once, before Amazon confirms them.
        items = o.items.map { var i = $0; i.quantityShipped = d.unitsShipped($0); return Self.item(i) }
        itemCount = o.items.reduce(0) { $0 + $1.quantityOrdered }
        blockers = d.blockers
        buyerCancelRequest = o.buyerCancelRequest.map { CancelRequest(reason: $0.reason) }
        shippingAddress = o.shippingAddress
        packages = d.shipments.map { Package(packageReferenceId: $0.packageReferenceId, carrier: $0.carrier, trackingNumber: $0.trackingNumber, shipDate: Self.date($0.shipDate)) }
            + d.otherPackages.map { Package(packageReferenceId: $0.packageReferenceId, carrier: $0.carrier, trackingNumber: $0.trackingNumber, shipDate: Self.date($0.shipDate)) }
        reservations = d.reservations
        history = d.history.map { Event(at: Self.date($0.at)!, event: $0.event) }
        sellerCentralURL = Marketplace.named(o.marketplaceId).sellerCentralURL(orderId: o.amazonOrderId)
    }

    static func item(_ i: AmazonOrderItem) -> Item {
        Item(orderItemId: i.orderItemId, sku: i.sku, asin: i.asin, title: i.title, quantity: i.quantityOrdered,
             quantityShipped: i.quantityShipped, unitPrice: amount(i.unitPrice))
    }
}

/// Writes any Encodable as pretty, key-sorted JSON on stdout, inert in a terminal (`InertJSON`).
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    print(InertJSON.make(String(decoding: try encoder.encode(value), as: UTF8.self)))
}

/// JSON whose strings carry no code point a terminal would act on.
///
///     InertJSON.make("{\"buyer\":\"Eve\u{9B}31m\"}")   // {"buyer":"Eve\u009b31m"}
///
/// JSONEncoder escapes C0 controls only; C1 controls (U+009B is a one-byte CSI), DEL and bidi
/// overrides would reach the terminal of whoever reads `--json` output. Written as `\uXXXX` escapes
/// they parse back to the same text, and show as plain characters.
enum InertJSON {
    static func make(_ json: String) -> String {
        guard !json.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F || $0 == "\n" }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            // Outside strings there is only ASCII and newlines, which stay.
            guard s != "\n", InertText.mustEscape(s) else { out.append(s); continue }
            for unit in String(s).utf16 { out.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars) }
        }
        return String(out)
    }
}
