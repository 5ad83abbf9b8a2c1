import Foundation

/// `Payload.OrderChangeNotification.Summary`: the order as it stood when the notification was sent.
/// Informative only: the order is read again with `getOrder` before anything is stored.
public struct OrderChangeSummary: Codable, Sendable, Equatable {
    public var marketplaceId: String
    public var orderStatus: OrderStatus
    @RequiredNullable public var purchaseDate: String?
    @RequiredNullable public var destinationPostalCode: String?
    public var fulfillmentType: FulfillmentType
    public var orderType: OrderType
    public var numberOfItemsShipped: Int?
    public var numberOfItemsUnshipped: Int?
    public var earliestShipDate: String?
    public var latestShipDate: String?
    public var earliestDeliveryDate: String?
    public var latestDeliveryDate: String?
    public var orderItems: [Item]

    public init(marketplaceId: String, orderStatus: OrderStatus, purchaseDate: String?, destinationPostalCode: String?,
                fulfillmentType: FulfillmentType, orderType: OrderType = .standardOrder, numberOfItemsShipped: Int? = nil,
                numberOfItemsUnshipped: Int? = nil, earliestShipDate: String? = nil, latestShipDate: String? = nil,
                earliestDeliveryDate: String? = nil, latestDeliveryDate: String? = nil, orderItems: [Item]) {
        self.marketplaceId = marketplaceId
        self.orderStatus = orderStatus
        self.purchaseDate = purchaseDate
        self.destinationPostalCode = destinationPostalCode
        self.fulfillmentType = fulfillmentType
        self.orderType = orderType
        self.numberOfItemsShipped = numberOfItemsShipped
        self.numberOfItemsUnshipped = numberOfItemsUnshipped
        self.earliestShipDate = earliestShipDate
        self.latestShipDate = latestShipDate
        self.earliestDeliveryDate = earliestDeliveryDate
        self.latestDeliveryDate = latestDeliveryDate
        self.orderItems = orderItems
    }

    enum CodingKeys: String, CodingKey {
        case marketplaceId = "MarketplaceId", orderStatus = "OrderStatus", purchaseDate = "PurchaseDate"
        case destinationPostalCode = "DestinationPostalCode", fulfillmentType = "FulfillmentType", orderType = "OrderType"
        case numberOfItemsShipped = "NumberOfItemsShipped", numberOfItemsUnshipped = "NumberOfItemsUnshipped"
        case earliestShipDate = "EarliestShipDate", latestShipDate = "LatestShipDate"
        case earliestDeliveryDate = "EarliestDeliveryDate", latestDeliveryDate = "LatestDeliveryDate", orderItems = "OrderItems"
    }

    /// Whether the buyer asks to cancel any item.
    public var buyerRequestedCancel: Bool { orderItems.contains { $0.isBuyerRequestedCancel == true } }

    /// One line of the order.
    public struct Item: Codable, Sendable, Equatable {
        public var orderItemId: String
        public var sellerSKU: String
        @RequiredNullable public var supplySourceId: String?
        public var orderItemStatus: ItemStatus?
        public var quantity: Int
        public var quantityShipped: Int?
        public var isBuyerRequestedCancel: Bool?

        public init(orderItemId: String, sellerSKU: String, supplySourceId: String? = nil, orderItemStatus: ItemStatus? = nil,
                    quantity: Int, quantityShipped: Int? = nil, isBuyerRequestedCancel: Bool? = nil) {
            self.orderItemId = orderItemId
            self.sellerSKU = sellerSKU
            self.supplySourceId = supplySourceId
            self.orderItemStatus = orderItemStatus
            self.quantity = quantity
            self.quantityShipped = quantityShipped
            self.isBuyerRequestedCancel = isBuyerRequestedCancel
        }

        enum CodingKeys: String, CodingKey {
            case orderItemId = "OrderItemId", sellerSKU = "SellerSKU", supplySourceId = "SupplySourceId"
            case orderItemStatus = "OrderItemStatus", quantity = "Quantity", quantityShipped = "QuantityShipped"
            case isBuyerRequestedCancel = "IsBuyerRequestedCancel"
        }
    }

    /// The schema's order statuses (its own spelling, not Orders 2026-01-01's).
    public enum OrderStatus: String, Codable, Sendable, CaseIterable {
        case pending = "Pending", unshipped = "Unshipped", partiallyShipped = "PartiallyShipped", shipped = "Shipped"
        case canceled = "Canceled", unfulfillable = "Unfulfillable", invoiceUnconfirmed = "InvoiceUnconfirmed"
        case pendingAvailability = "PendingAvailability"
    }

    /// Who ships: Amazon (AFN) or the merchant (MFN).
    public enum FulfillmentType: String, Codable, Sendable { case afn = "AFN", mfn = "MFN" }

    /// The kind of order, as the schema lists them.
    public enum OrderType: String, Codable, Sendable {
        case standardOrder = "StandardOrder", longLeadTimeOrder = "LongLeadTimeOrder", preorder = "Preorder"
        case backOrder = "BackOrder", sourcingOnDemandOrder = "SourcingOnDemandOrder"
    }

    /// Whether an item has shipped.
    public enum ItemStatus: String, Codable, Sendable { case unshipped = "Unshipped", shipped = "Shipped" }
}
