import Foundation

/// An Amazon order as the console keeps it: what Amazon reported, in domain values.
public struct AmazonOrder: Sendable, Equatable, Codable {
    public var amazonOrderId: String
    public var status: AmazonOrderStatus
    public var fulfillmentChannel: FulfillmentChannel
    public var marketplaceId: String
    public var purchaseDate: Date
    public var lastUpdateDate: Date
    public var latestShipDate: Date?
    /// Amazon's delivery window promised to the buyer (`deliverByWindow`; v0 `EarliestDeliveryDate`/`LatestDeliveryDate`):
    /// given for paid merchant-fulfilled orders only, nil for orders stored before the console kept it.
    public var earliestDeliveryDate: Date?
    public var latestDeliveryDate: Date?
    public var buyerName: String?
    public var buyerEmail: String?
    public var shippingAddress: PostalAddress?
    public var total: Money?
    public var items: [AmazonOrderItem]
    public var packages: [ShipmentPackage]
    /// The buyer asks to cancel the order (on any of its items), while that still stands (`BuyerCancelRequest`).
    public var buyerCancelRequest: BuyerCancelRequest?

    public init(
        amazonOrderId: String, status: AmazonOrderStatus, fulfillmentChannel: FulfillmentChannel, marketplaceId: String,
        purchaseDate: Date, lastUpdateDate: Date, latestShipDate: Date? = nil,
        earliestDeliveryDate: Date? = nil, latestDeliveryDate: Date? = nil, buyerName: String? = nil,
        buyerEmail: String? = nil, shippingAddress: PostalAddress? = nil, total: Money? = nil,
        items: [AmazonOrderItem], packages: [ShipmentPackage] = [], buyerCancelRequest: BuyerCancelRequest? = nil
    ) {
        self.amazonOrderId = amazonOrderId
        self.status = status
        self.fulfillmentChannel = fulfillmentChannel
        self.marketplaceId = marketplaceId
        self.purchaseDate = purchaseDate
        self.lastUpdateDate = lastUpdateDate
        self.latestShipDate = latestShipDate
        self.earliestDeliveryDate = earliestDeliveryDate
        self.latestDeliveryDate = latestDeliveryDate
        self.buyerName = buyerName
        self.buyerEmail = buyerEmail
        self.shippingAddress = shippingAddress
        self.total = total
        self.items = items
        self.packages = packages
        self.buyerCancelRequest = buyerCancelRequest
    }

    /// The order with everything a pending order must not carry removed (R8): a feed that sends an
    /// address or prices before payment is not to be believed, and nothing may be derived from them.
    public func withoutPendingDetails() -> AmazonOrder {
        guard status.isPending else { return self }
        var order = self
        order.buyerName = nil
        order.buyerEmail = nil
        order.shippingAddress = nil
        order.total = nil
        order.items = items.map { item in
            var item = item
            item.unitPrice = nil
            return item
        }
        return order
    }

    /// Units of each Amazon SKU the order asks for.
    public var quantitiesBySku: [String: Int] {
        items.reduce(into: [:]) { $0[$1.sku, default: 0] += $1.quantityOrdered }
    }

    public var isFullyShipped: Bool { !items.isEmpty && items.allSatisfy { $0.quantityShipped >= $0.quantityOrdered } }
}

/// One line of an Amazon order.
public struct AmazonOrderItem: Sendable, Equatable, Codable {
    public var orderItemId: String
    public var sku: String
    public var asin: String?
    public var title: String
    public var quantityOrdered: Int
    public var quantityShipped: Int
    public var unitPrice: Money?

    public init(orderItemId: String, sku: String, asin: String? = nil, title: String, quantityOrdered: Int, quantityShipped: Int = 0, unitPrice: Money? = nil) {
        self.orderItemId = orderItemId
        self.sku = sku
        self.asin = asin
        self.title = title
        self.quantityOrdered = quantityOrdered
        self.quantityShipped = quantityShipped
        self.unitPrice = unitPrice
    }
}

/// A delivery address.
public struct PostalAddress: Sendable, Equatable, Codable {
    public var name: String?
    public var lines: [String]
    public var city: String?
    public var postalCode: String?
    public var region: String?
    public var countryCode: String?
    public var phone: String?

    public init(name: String?, lines: [String], city: String?, postalCode: String?, region: String?, countryCode: String?, phone: String? = nil) {
        self.name = name
        self.lines = lines
        self.city = city
        self.postalCode = postalCode
        self.region = region
        self.countryCode = countryCode
        self.phone = phone
    }
}

/// A package Amazon knows of, with its carrier and tracking number.
public struct ShipmentPackage: Sendable, Equatable, Codable {
    public var packageReferenceId: String
    public var carrier: String?
    public var trackingNumber: String?
    public var shipDate: Date?
    public var items: [PackageLine]
    /// Amazon's `packageStatus.detailedStatus`, e.g. DELIVERED or RETURNED_TO_SELLER.
    public var detailedStatus: String?

    public init(packageReferenceId: String, carrier: String?, trackingNumber: String?, shipDate: Date?, items: [PackageLine], detailedStatus: String? = nil) {
        self.packageReferenceId = packageReferenceId
        self.detailedStatus = detailedStatus
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.shipDate = shipDate
        self.items = items
    }
}

/// Which item, and how many of it, a package holds.
public struct PackageLine: Sendable, Equatable, Codable {
    public var orderItemId: String
    public var quantity: Int
    public init(orderItemId: String, quantity: Int) {
        self.orderItemId = orderItemId
        self.quantity = quantity
    }
}
