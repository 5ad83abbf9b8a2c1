import Foundation

// Fulfillment Outbound 2020-07-01 (`fulfillmentOutbound_2020-07-01.json`): Amazon ships the merchant's
// own orders from its FBA stock (multi-channel fulfillment). Only the fields this console uses.

public struct FulfillmentAddress: Codable, Sendable, Equatable {
    public var name: String
    public var addressLine1: String
    public var addressLine2: String?
    public var city: String?
    public var stateOrRegion: String?
    public var postalCode: String
    public var countryCode: String
    public var phone: String?

    public init(name: String, addressLine1: String, addressLine2: String? = nil, city: String?, stateOrRegion: String? = nil,
                postalCode: String, countryCode: String, phone: String? = nil) {
        self.name = name
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.city = city
        self.stateOrRegion = stateOrRegion
        self.postalCode = postalCode
        self.countryCode = countryCode
        self.phone = phone
    }
}

public struct CreateFulfillmentOrderItem: Codable, Sendable, Equatable {
    public var sellerSku: String
    public var sellerFulfillmentOrderItemId: String
    public var quantity: Int
    public init(sellerSku: String, sellerFulfillmentOrderItemId: String, quantity: Int) {
        self.sellerSku = sellerSku
        self.sellerFulfillmentOrderItemId = sellerFulfillmentOrderItemId
        self.quantity = quantity
    }
}

/// Body of `createFulfillmentOrder`.
public struct CreateFulfillmentOrderRequest: Codable, Sendable, Equatable {
    public var marketplaceId: String?
    public var sellerFulfillmentOrderId: String
    public var displayableOrderId: String
    public var displayableOrderDate: String
    public var displayableOrderComment: String
    public var shippingSpeedCategory: String
    public var destinationAddress: FulfillmentAddress
    public var items: [CreateFulfillmentOrderItem]

    public init(marketplaceId: String?, sellerFulfillmentOrderId: String, displayableOrderId: String, displayableOrderDate: String,
                displayableOrderComment: String, shippingSpeedCategory: String, destinationAddress: FulfillmentAddress, items: [CreateFulfillmentOrderItem]) {
        self.marketplaceId = marketplaceId
        self.sellerFulfillmentOrderId = sellerFulfillmentOrderId
        self.displayableOrderId = displayableOrderId
        self.displayableOrderDate = displayableOrderDate
        self.displayableOrderComment = displayableOrderComment
        self.shippingSpeedCategory = shippingSpeedCategory
        self.destinationAddress = destinationAddress
        self.items = items
    }
}

/// Answer of `createFulfillmentOrder` and `cancelFulfillmentOrder` (an empty payload, or errors).
public struct FulfillmentEmptyResponse: Codable, Sendable, Equatable {
    public var errors: [SPAPIErrorItem]?
    public init(errors: [SPAPIErrorItem]? = nil) { self.errors = errors }
}

public struct GetFulfillmentPreviewItem: Codable, Sendable, Equatable {
    public var sellerSku: String
    public var quantity: Int
    public var sellerFulfillmentOrderItemId: String
    public init(sellerSku: String, quantity: Int, sellerFulfillmentOrderItemId: String) {
        self.sellerSku = sellerSku
        self.quantity = quantity
        self.sellerFulfillmentOrderItemId = sellerFulfillmentOrderItemId
    }
}

/// Body of `getFulfillmentPreview`.
public struct GetFulfillmentPreviewRequest: Codable, Sendable, Equatable {
    public var marketplaceId: String?
    public var address: FulfillmentAddress
    public var items: [GetFulfillmentPreviewItem]
    public var shippingSpeedCategories: [String]?
    public init(marketplaceId: String?, address: FulfillmentAddress, items: [GetFulfillmentPreviewItem], shippingSpeedCategories: [String]?) {
        self.marketplaceId = marketplaceId
        self.address = address
        self.items = items
        self.shippingSpeedCategories = shippingSpeedCategories
    }
}

public struct GetFulfillmentPreviewResponse: Codable, Sendable, Equatable {
    public var payload: GetFulfillmentPreviewResult?
    public var errors: [SPAPIErrorItem]?
    public init(payload: GetFulfillmentPreviewResult?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.errors = errors
    }
}

public struct GetFulfillmentPreviewResult: Codable, Sendable, Equatable {
    public var fulfillmentPreviews: [FulfillmentPreview]?
    public init(fulfillmentPreviews: [FulfillmentPreview]?) { self.fulfillmentPreviews = fulfillmentPreviews }
}

public struct FulfillmentPreview: Codable, Sendable, Equatable {
    public var shippingSpeedCategory: String
    public var isFulfillable: Bool
    public var isCODCapable: Bool
    public var marketplaceId: String
    public var unfulfillablePreviewItems: [UnfulfillablePreviewItem]?
    public var orderUnfulfillableReasons: [String]?

    public init(shippingSpeedCategory: String, isFulfillable: Bool, isCODCapable: Bool, marketplaceId: String,
                unfulfillablePreviewItems: [UnfulfillablePreviewItem]?, orderUnfulfillableReasons: [String]?) {
        self.shippingSpeedCategory = shippingSpeedCategory
        self.isFulfillable = isFulfillable
        self.isCODCapable = isCODCapable
        self.marketplaceId = marketplaceId
        self.unfulfillablePreviewItems = unfulfillablePreviewItems
        self.orderUnfulfillableReasons = orderUnfulfillableReasons
    }
}

public struct UnfulfillablePreviewItem: Codable, Sendable, Equatable {
    public var sellerSku: String
    public var quantity: Int
    public var sellerFulfillmentOrderItemId: String
    public var itemUnfulfillableReasons: [String]?
    public init(sellerSku: String, quantity: Int, sellerFulfillmentOrderItemId: String, itemUnfulfillableReasons: [String]?) {
        self.sellerSku = sellerSku
        self.quantity = quantity
        self.sellerFulfillmentOrderItemId = sellerFulfillmentOrderItemId
        self.itemUnfulfillableReasons = itemUnfulfillableReasons
    }
}

/// Answer of `getFulfillmentOrder`.
public struct GetFulfillmentOrderResponse: Codable, Sendable, Equatable {
    public var payload: GetFulfillmentOrderResult?
    public var errors: [SPAPIErrorItem]?
    public init(payload: GetFulfillmentOrderResult?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.errors = errors
    }
}

public struct GetFulfillmentOrderResult: Codable, Sendable, Equatable {
    public var fulfillmentOrder: FulfillmentOrder
    public var fulfillmentOrderItems: [FulfillmentOrderItem]
    public var fulfillmentShipments: [FulfillmentShipment]?
    public var returnItems: [JSONValue]
    public var returnAuthorizations: [JSONValue]

    public init(fulfillmentOrder: FulfillmentOrder, fulfillmentOrderItems: [FulfillmentOrderItem], fulfillmentShipments: [FulfillmentShipment]?) {
        self.fulfillmentOrder = fulfillmentOrder
        self.fulfillmentOrderItems = fulfillmentOrderItems
        self.fulfillmentShipments = fulfillmentShipments
        returnItems = []
        returnAuthorizations = []
    }
}

public struct FulfillmentOrder: Codable, Sendable, Equatable {
    public var sellerFulfillmentOrderId: String
    public var marketplaceId: String
    public var displayableOrderId: String
    public var displayableOrderDate: String
    public var displayableOrderComment: String
    public var shippingSpeedCategory: String
    public var destinationAddress: FulfillmentAddress
    public var receivedDate: String
    public var fulfillmentOrderStatus: String
    public var statusUpdatedDate: String

    public init(sellerFulfillmentOrderId: String, marketplaceId: String, displayableOrderId: String, displayableOrderDate: String,
                displayableOrderComment: String, shippingSpeedCategory: String, destinationAddress: FulfillmentAddress,
                receivedDate: String, fulfillmentOrderStatus: String, statusUpdatedDate: String) {
        self.sellerFulfillmentOrderId = sellerFulfillmentOrderId
        self.marketplaceId = marketplaceId
        self.displayableOrderId = displayableOrderId
        self.displayableOrderDate = displayableOrderDate
        self.displayableOrderComment = displayableOrderComment
        self.shippingSpeedCategory = shippingSpeedCategory
        self.destinationAddress = destinationAddress
        self.receivedDate = receivedDate
        self.fulfillmentOrderStatus = fulfillmentOrderStatus
        self.statusUpdatedDate = statusUpdatedDate
    }
}

public struct FulfillmentOrderItem: Codable, Sendable, Equatable {
    public var sellerSku: String
    public var sellerFulfillmentOrderItemId: String
    public var quantity: Int
    public var cancelledQuantity: Int
    public var unfulfillableQuantity: Int
    public init(sellerSku: String, sellerFulfillmentOrderItemId: String, quantity: Int, cancelledQuantity: Int, unfulfillableQuantity: Int) {
        self.sellerSku = sellerSku
        self.sellerFulfillmentOrderItemId = sellerFulfillmentOrderItemId
        self.quantity = quantity
        self.cancelledQuantity = cancelledQuantity
        self.unfulfillableQuantity = unfulfillableQuantity
    }
}

public struct FulfillmentShipment: Codable, Sendable, Equatable {
    public var amazonShipmentId: String
    public var fulfillmentCenterId: String
    public var fulfillmentShipmentStatus: String
    public var shippingDate: String?
    public var fulfillmentShipmentItem: [FulfillmentShipmentItem]
    public var fulfillmentShipmentPackage: [FulfillmentShipmentPackage]?

    public init(amazonShipmentId: String, fulfillmentCenterId: String, fulfillmentShipmentStatus: String, shippingDate: String?,
                fulfillmentShipmentItem: [FulfillmentShipmentItem], fulfillmentShipmentPackage: [FulfillmentShipmentPackage]?) {
        self.amazonShipmentId = amazonShipmentId
        self.fulfillmentCenterId = fulfillmentCenterId
        self.fulfillmentShipmentStatus = fulfillmentShipmentStatus
        self.shippingDate = shippingDate
        self.fulfillmentShipmentItem = fulfillmentShipmentItem
        self.fulfillmentShipmentPackage = fulfillmentShipmentPackage
    }
}

public struct FulfillmentShipmentItem: Codable, Sendable, Equatable {
    public var sellerSku: String
    public var sellerFulfillmentOrderItemId: String
    public var quantity: Int
    public var packageNumber: Int?
    public init(sellerSku: String, sellerFulfillmentOrderItemId: String, quantity: Int, packageNumber: Int?) {
        self.sellerSku = sellerSku
        self.sellerFulfillmentOrderItemId = sellerFulfillmentOrderItemId
        self.quantity = quantity
        self.packageNumber = packageNumber
    }
}

public struct FulfillmentShipmentPackage: Codable, Sendable, Equatable {
    public var packageNumber: Int
    public var carrierCode: String
    public var trackingNumber: String?
    public init(packageNumber: Int, carrierCode: String, trackingNumber: String?) {
        self.packageNumber = packageNumber
        self.carrierCode = carrierCode
        self.trackingNumber = trackingNumber
    }
}
