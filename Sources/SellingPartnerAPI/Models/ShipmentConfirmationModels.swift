import Foundation

// Orders v0 (`ordersV0.json`): the body of `confirmShipment`
// (`POST /orders/v0/orders/{orderId}/shipmentConfirmation`, answered by 204 and no body).

/// Body of `confirmShipment`: one package of an order has left with this carrier and tracking number.
public struct ConfirmShipmentRequest: Codable, Sendable, Equatable {
    public var marketplaceId: String
    public var packageDetail: PackageDetail
    public init(marketplaceId: String, packageDetail: PackageDetail) {
        self.marketplaceId = marketplaceId
        self.packageDetail = packageDetail
    }
}

/// The package: what it holds, who carries it, and how to track it.
public struct PackageDetail: Codable, Sendable, Equatable {
    /// A positive number chosen by the seller, sent as a string.
    public var packageReferenceId: String
    /// Amazon's carrier code (e.g. "DHL", "UPS"), or "Other" with a `carrierName`.
    public var carrierCode: String
    /// Required when `carrierCode` is "Other".
    public var carrierName: String?
    public var shippingMethod: String?
    public var trackingNumber: String
    /// ISO 8601 (e.g. "2026-03-01T10:00:00Z").
    public var shipDate: String
    /// Only the items, and quantities, in this package: a partial shipment lists what shipped.
    public var orderItems: [ConfirmShipmentOrderItem]

    public init(packageReferenceId: String, carrierCode: String, carrierName: String? = nil, shippingMethod: String? = nil, trackingNumber: String, shipDate: String, orderItems: [ConfirmShipmentOrderItem]) {
        self.packageReferenceId = packageReferenceId
        self.carrierCode = carrierCode
        self.carrierName = carrierName
        self.shippingMethod = shippingMethod
        self.trackingNumber = trackingNumber
        self.shipDate = shipDate
        self.orderItems = orderItems
    }
}

/// One order item, and how many of it, in the package.
public struct ConfirmShipmentOrderItem: Codable, Sendable, Equatable {
    public var orderItemId: String
    public var quantity: Int
    public init(orderItemId: String, quantity: Int) {
        self.orderItemId = orderItemId
        self.quantity = quantity
    }

    // Lenient like the other models: a simulator or proxy may echo the quantity as a string.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        orderItemId = try c.decode(String.self, forKey: .orderItemId)
        quantity = try c.decodeLenientInt(forKey: .quantity)
    }
}
