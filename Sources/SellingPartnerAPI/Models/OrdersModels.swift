import Foundation

// Orders API 2026-01-01 (`orders_2026-01-01.json`): the wire shapes, with the real field names.
// Times stay ISO 8601 strings on the wire; `SPAPIDate` parses them where a value is needed.

/// The answer of `searchOrders` (`GET /orders/2026-01-01/orders`).
public struct SearchOrdersResponse: Codable, Sendable, Equatable {
    public var orders: [Order]
    public var pagination: Pagination?
    public var lastUpdatedBefore: String?
    public var createdBefore: String?

    public init(orders: [Order], pagination: Pagination? = nil, lastUpdatedBefore: String? = nil, createdBefore: String? = nil) {
        self.orders = orders
        self.pagination = pagination
        self.lastUpdatedBefore = lastUpdatedBefore
        self.createdBefore = createdBefore
    }
}

/// The token for the next page of a search.
public struct Pagination: Codable, Sendable, Equatable {
    public var nextToken: String?
    public init(nextToken: String?) { self.nextToken = nextToken }
}

/// The answer of `getOrder` (`GET /orders/2026-01-01/orders/{orderId}`).
public struct GetOrderResponse: Codable, Sendable, Equatable {
    public var order: Order
    public init(order: Order) { self.order = order }
}

/// One Amazon order as the 2026-01-01 API describes it.
public struct Order: Codable, Sendable, Equatable {
    public var orderId: String
    public var createdTime: String
    public var lastUpdatedTime: String
    public var programs: [String]?
    public var salesChannel: SalesChannel
    public var buyer: Buyer?
    public var recipient: Recipient?
    public var proceeds: OrderProceeds?
    public var fulfillment: OrderFulfillment?
    public var orderItems: [OrderItem]
    public var packages: [OrderPackage]?

    public init(
        orderId: String, createdTime: String, lastUpdatedTime: String, programs: [String]? = nil,
        salesChannel: SalesChannel, buyer: Buyer? = nil, recipient: Recipient? = nil,
        proceeds: OrderProceeds? = nil, fulfillment: OrderFulfillment? = nil,
        orderItems: [OrderItem], packages: [OrderPackage]? = nil
    ) {
        self.orderId = orderId
        self.createdTime = createdTime
        self.lastUpdatedTime = lastUpdatedTime
        self.programs = programs
        self.salesChannel = salesChannel
        self.buyer = buyer
        self.recipient = recipient
        self.proceeds = proceeds
        self.fulfillment = fulfillment
        self.orderItems = orderItems
        self.packages = packages
    }
}

/// Where the order was placed.
public struct SalesChannel: Codable, Sendable, Equatable {
    public var channelName: String
    public var marketplaceId: String?
    public var marketplaceName: String?
    public init(channelName: String, marketplaceId: String? = nil, marketplaceName: String? = nil) {
        self.channelName = channelName
        self.marketplaceId = marketplaceId
        self.marketplaceName = marketplaceName
    }
}

/// The buyer (only a placeholder while the order is pending).
public struct Buyer: Codable, Sendable, Equatable {
    public var buyerName: String?
    public var buyerEmail: String?
    public var buyerCompanyName: String?
    public var buyerPurchaseOrderNumber: String?
    public init(buyerName: String? = nil, buyerEmail: String? = nil, buyerCompanyName: String? = nil, buyerPurchaseOrderNumber: String? = nil) {
        self.buyerName = buyerName
        self.buyerEmail = buyerEmail
        self.buyerCompanyName = buyerCompanyName
        self.buyerPurchaseOrderNumber = buyerPurchaseOrderNumber
    }
}

/// Who receives the order.
public struct Recipient: Codable, Sendable, Equatable {
    public var deliveryAddress: CustomerAddress?
    public init(deliveryAddress: CustomerAddress?) { self.deliveryAddress = deliveryAddress }
}

/// A buyer's delivery address.
public struct CustomerAddress: Codable, Sendable, Equatable {
    public var name: String?
    public var companyName: String?
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressLine3: String?
    public var city: String?
    public var districtOrCounty: String?
    public var stateOrRegion: String?
    public var municipality: String?
    public var postalCode: String?
    public var countryCode: String?
    public var phone: String?
    public var addressType: String?

    public init(
        name: String? = nil, companyName: String? = nil, addressLine1: String? = nil, addressLine2: String? = nil,
        addressLine3: String? = nil, city: String? = nil, districtOrCounty: String? = nil, stateOrRegion: String? = nil,
        municipality: String? = nil, postalCode: String? = nil, countryCode: String? = nil, phone: String? = nil,
        addressType: String? = nil
    ) {
        self.name = name
        self.companyName = companyName
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.city = city
        self.districtOrCounty = districtOrCounty
        self.stateOrRegion = stateOrRegion
        self.municipality = municipality
        self.postalCode = postalCode
        self.countryCode = countryCode
        self.phone = phone
        self.addressType = addressType
    }
}

/// The order's money.
public struct OrderProceeds: Codable, Sendable, Equatable {
    public var grandTotal: MoneyAmount?
    public init(grandTotal: MoneyAmount?) { self.grandTotal = grandTotal }
}

/// An amount as SP-API sends it: a decimal string and an ISO 4217 code.
public struct MoneyAmount: Codable, Sendable, Equatable {
    public var amount: String
    public var currencyCode: String

    public init(amount: String, currencyCode: String) {
        self.amount = amount
        self.currencyCode = currencyCode
    }

    // Some feeds send the amount as a JSON number; keep its text exactly as written.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currencyCode = try c.decode(String.self, forKey: .currencyCode)
        if let text = try? c.decode(String.self, forKey: .amount) {
            amount = text
        } else {
            let number = try c.decode(Decimal.self, forKey: .amount)
            amount = "\(number)"
        }
    }
}

/// How and by when the order is fulfilled.
public struct OrderFulfillment: Codable, Sendable, Equatable {
    public var fulfillmentStatus: String
    public var fulfilledBy: String?
    public var fulfillmentServiceLevel: String?
    public var shipByWindow: DateTimeRange?
    public var deliverByWindow: DateTimeRange?

    public init(fulfillmentStatus: String, fulfilledBy: String? = nil, fulfillmentServiceLevel: String? = nil, shipByWindow: DateTimeRange? = nil, deliverByWindow: DateTimeRange? = nil) {
        self.fulfillmentStatus = fulfillmentStatus
        self.fulfilledBy = fulfilledBy
        self.fulfillmentServiceLevel = fulfillmentServiceLevel
        self.shipByWindow = shipByWindow
        self.deliverByWindow = deliverByWindow
    }
}

/// A window of time, e.g. the ship-by window or the deliver-by window promised to the buyer.
public struct DateTimeRange: Codable, Sendable, Equatable {
    public var earliestDateTime: String?
    public var latestDateTime: String?
    public init(earliestDateTime: String? = nil, latestDateTime: String? = nil) {
        self.earliestDateTime = earliestDateTime
        self.latestDateTime = latestDateTime
    }

    // A bound that is not text (a number, an object) is read as absent: a malformed window must not cost the
    // whole order, whose dates are parsed and checked later (`SPAPIDate`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        earliestDateTime = try? c.decodeIfPresent(String.self, forKey: .earliestDateTime)
        latestDateTime = try? c.decodeIfPresent(String.self, forKey: .latestDateTime)
    }
}

/// One line of an order.
public struct OrderItem: Codable, Sendable, Equatable {
    public var orderItemId: String
    public var quantityOrdered: Int
    public var product: ItemProduct
    public var proceeds: ItemProceeds?
    public var fulfillment: ItemFulfillment?
    /// A cancellation asked for (by the buyer) or carried out; returned when `includedData` has CANCELLATION.
    public var cancellation: ItemCancellation?

    public init(orderItemId: String, quantityOrdered: Int, product: ItemProduct, proceeds: ItemProceeds? = nil, fulfillment: ItemFulfillment? = nil,
                cancellation: ItemCancellation? = nil) {
        self.orderItemId = orderItemId
        self.quantityOrdered = quantityOrdered
        self.product = product
        self.proceeds = proceeds
        self.fulfillment = fulfillment
        self.cancellation = cancellation
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orderItemId = try c.decode(String.self, forKey: .orderItemId)
        quantityOrdered = try c.decodeLenientInt(forKey: .quantityOrdered)
        product = try c.decode(ItemProduct.self, forKey: .product)
        proceeds = try c.decodeIfPresent(ItemProceeds.self, forKey: .proceeds)
        fulfillment = try c.decodeIfPresent(ItemFulfillment.self, forKey: .fulfillment)
        cancellation = try c.decodeIfPresent(ItemCancellation.self, forKey: .cancellation)
    }
}

/// What was sold in an item.
public struct ItemProduct: Codable, Sendable, Equatable {
    public var asin: String?
    public var title: String?
    public var sellerSku: String?
    public var price: ItemPrice?
    public init(asin: String? = nil, title: String? = nil, sellerSku: String? = nil, price: ItemPrice? = nil) {
        self.asin = asin
        self.title = title
        self.sellerSku = sellerSku
        self.price = price
    }
}

/// The unit price of an item.
public struct ItemPrice: Codable, Sendable, Equatable {
    public var unitPrice: MoneyAmount?
    public init(unitPrice: MoneyAmount?) { self.unitPrice = unitPrice }
}

/// The item's money.
public struct ItemProceeds: Codable, Sendable, Equatable {
    public var proceedsTotal: MoneyAmount?
    public init(proceedsTotal: MoneyAmount?) { self.proceedsTotal = proceedsTotal }
}

/// How much of an item has been shipped.
public struct ItemFulfillment: Codable, Sendable, Equatable {
    public var quantityFulfilled: Int?
    public var quantityUnfulfilled: Int?

    public init(quantityFulfilled: Int?, quantityUnfulfilled: Int?) {
        self.quantityFulfilled = quantityFulfilled
        self.quantityUnfulfilled = quantityUnfulfilled
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quantityFulfilled = try c.decodeLenientIntIfPresent(forKey: .quantityFulfilled)
        quantityUnfulfilled = try c.decodeLenientIntIfPresent(forKey: .quantityUnfulfilled)
    }
}

/// A package shipped for the order, with its tracking.
public struct OrderPackage: Codable, Sendable, Equatable {
    public var packageReferenceId: String
    public var createdTime: String?
    public var packageStatus: PackageStatus?
    public var carrier: String?
    public var shipTime: String?
    public var shippingService: String?
    public var trackingNumber: String?
    public var packageItems: [PackageItem]?

    public init(packageReferenceId: String, createdTime: String? = nil, packageStatus: PackageStatus? = nil, carrier: String? = nil, shipTime: String? = nil, shippingService: String? = nil, trackingNumber: String? = nil, packageItems: [PackageItem]? = nil) {
        self.packageReferenceId = packageReferenceId
        self.createdTime = createdTime
        self.packageStatus = packageStatus
        self.carrier = carrier
        self.shipTime = shipTime
        self.shippingService = shippingService
        self.trackingNumber = trackingNumber
        self.packageItems = packageItems
    }
}

/// Where a package is.
public struct PackageStatus: Codable, Sendable, Equatable {
    public var status: String
    public var detailedStatus: String?
    public init(status: String, detailedStatus: String? = nil) {
        self.status = status
        self.detailedStatus = detailedStatus
    }
}

/// Which item, and how many of it, a package holds.
public struct PackageItem: Codable, Sendable, Equatable {
    public var orderItemId: String
    public var quantity: Int
    public init(orderItemId: String, quantity: Int) {
        self.orderItemId = orderItemId
        self.quantity = quantity
    }
}

/// The `fulfillmentStatus` values of Orders 2026-01-01.
public enum FulfillmentStatusValue: String, CaseIterable, Sendable {
    case pendingAvailability = "PENDING_AVAILABILITY"
    case pending = "PENDING"
    case unshipped = "UNSHIPPED"
    case partiallyShipped = "PARTIALLY_SHIPPED"
    case shipped = "SHIPPED"
    case cancelled = "CANCELLED"
    case unfulfillable = "UNFULFILLABLE"
}
