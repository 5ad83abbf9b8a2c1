import Foundation

// Finances v0 (`listFinancialEvents`): the refunds Amazon has posted, whoever made them.

/// Answer of `GET /finances/v0/financialEvents`.
public struct ListFinancialEventsResponse: Codable, Sendable, Equatable {
    public var payload: ListFinancialEventsPayload?
    public var errors: [SPAPIErrorItem]?
    public init(payload: ListFinancialEventsPayload?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.errors = errors
    }
}

public struct ListFinancialEventsPayload: Codable, Sendable, Equatable {
    public var nextToken: String?
    public var financialEvents: FinancialEvents?

    enum CodingKeys: String, CodingKey {
        case nextToken = "NextToken"
        case financialEvents = "FinancialEvents"
    }

    public init(nextToken: String?, financialEvents: FinancialEvents?) {
        self.nextToken = nextToken
        self.financialEvents = financialEvents
    }
}

/// Only the lists this console reads; Amazon sends many more, which are ignored.
public struct FinancialEvents: Codable, Sendable, Equatable {
    public var refundEventList: [ShipmentEvent]?

    enum CodingKeys: String, CodingKey { case refundEventList = "RefundEventList" }

    public init(refundEventList: [ShipmentEvent]?) { self.refundEventList = refundEventList }
}

/// A shipment event; in `RefundEventList` it is a refund, its amounts in `ShipmentItemAdjustmentList` (negative).
public struct ShipmentEvent: Codable, Sendable, Equatable {
    public var amazonOrderId: String?
    public var marketplaceName: String?
    public var postedDate: String?
    public var shipmentItemAdjustmentList: [ShipmentItem]?

    enum CodingKeys: String, CodingKey {
        case amazonOrderId = "AmazonOrderId"
        case marketplaceName = "MarketplaceName"
        case postedDate = "PostedDate"
        case shipmentItemAdjustmentList = "ShipmentItemAdjustmentList"
    }

    public init(amazonOrderId: String?, marketplaceName: String?, postedDate: String?, shipmentItemAdjustmentList: [ShipmentItem]?) {
        self.amazonOrderId = amazonOrderId
        self.marketplaceName = marketplaceName
        self.postedDate = postedDate
        self.shipmentItemAdjustmentList = shipmentItemAdjustmentList
    }
}

public struct ShipmentItem: Codable, Sendable, Equatable {
    public var sellerSKU: String?
    public var orderItemId: String?
    public var orderAdjustmentItemId: String?
    public var quantityShipped: Int?
    public var itemChargeAdjustmentList: [ChargeComponent]?

    enum CodingKeys: String, CodingKey {
        case sellerSKU = "SellerSKU"
        case orderItemId = "OrderItemId"
        case orderAdjustmentItemId = "OrderAdjustmentItemId"
        case quantityShipped = "QuantityShipped"
        case itemChargeAdjustmentList = "ItemChargeAdjustmentList"
    }

    public init(sellerSKU: String?, orderItemId: String?, orderAdjustmentItemId: String?, quantityShipped: Int?, itemChargeAdjustmentList: [ChargeComponent]?) {
        self.sellerSKU = sellerSKU
        self.orderItemId = orderItemId
        self.orderAdjustmentItemId = orderAdjustmentItemId
        self.quantityShipped = quantityShipped
        self.itemChargeAdjustmentList = itemChargeAdjustmentList
    }
}

public struct ChargeComponent: Codable, Sendable, Equatable {
    public var chargeType: String?
    public var chargeAmount: FinancesCurrency?

    enum CodingKeys: String, CodingKey {
        case chargeType = "ChargeType"
        case chargeAmount = "ChargeAmount"
    }

    public init(chargeType: String?, chargeAmount: FinancesCurrency?) {
        self.chargeType = chargeType
        self.chargeAmount = chargeAmount
    }
}

/// Finances' money: `CurrencyAmount` is a JSON number (BigDecimal). It is kept as its decimal text,
/// never as a Double, so 12.90 stays 12.90; a string is accepted too.
public struct FinancesCurrency: Codable, Sendable, Equatable {
    public var currencyCode: String?
    public var currencyAmount: String?

    enum CodingKeys: String, CodingKey {
        case currencyCode = "CurrencyCode"
        case currencyAmount = "CurrencyAmount"
    }

    public init(currencyCode: String?, currencyAmount: String?) {
        self.currencyCode = currencyCode
        self.currencyAmount = currencyAmount
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currencyCode = try c.decodeIfPresent(String.self, forKey: .currencyCode)
        if let text = try? c.decodeIfPresent(String.self, forKey: .currencyAmount) {
            currencyAmount = text
        } else {
            currencyAmount = try c.decodeIfPresent(Decimal.self, forKey: .currencyAmount).map { "\($0)" }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(currencyCode, forKey: .currencyCode)
        try c.encodeIfPresent(currencyAmount.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }, forKey: .currencyAmount)
    }
}
