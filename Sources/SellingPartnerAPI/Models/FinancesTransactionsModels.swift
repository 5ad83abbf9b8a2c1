import Foundation

// Finances 2024-06-19 (`listTransactions`): every transaction Amazon posted, refunds among them
// (`transactionType` Refund, the order id among `relatedIdentifiers`). Field names as in
// `finances_2024-06-19.json`; every field is optional there, so every field is optional here.

/// Answer of `GET /finances/2024-06-19/transactions`.
public struct ListTransactionsResponse: Codable, Sendable, Equatable {
    public var payload: TransactionsPayload?

    public init(payload: TransactionsPayload?) { self.payload = payload }

    /// Decodes an answer keeping every `currencyAmount` exactly as Amazon wrote it (see `JSONNumberText`).
    public static func decode(from data: Data) throws -> ListTransactionsResponse {
        try JSONDecoder().decode(Self.self, from: JSONNumberText.quotingNumbers(ofKeys: ["currencyAmount"], in: data))
    }
}

/// One page of transactions; `nextToken` while more follow (a page may be empty and still have one).
public struct TransactionsPayload: Codable, Sendable, Equatable {
    public var nextToken: String?
    public var transactions: [Transaction]?

    public init(nextToken: String?, transactions: [Transaction]?) {
        self.nextToken = nextToken
        self.transactions = transactions
    }
}

/// One transaction: a shipment, a refund, a fee, a transfer...
public struct Transaction: Codable, Sendable, Equatable {
    public var sellingPartnerMetadata: SellingPartnerMetadata?
    public var relatedIdentifiers: [RelatedIdentifier]?
    public var transactionType: String?
    public var transactionId: String?
    public var transactionStatus: String?
    public var description: String?
    public var postedDate: String?
    public var totalAmount: FinancesAmount?
    public var marketplaceDetails: MarketplaceDetails?
    public var items: [TransactionItem]?
    public var contexts: [TransactionContext]?
    public var breakdowns: [Breakdown]?

    public init(sellingPartnerMetadata: SellingPartnerMetadata? = nil, relatedIdentifiers: [RelatedIdentifier]? = nil,
                transactionType: String? = nil, transactionId: String? = nil, transactionStatus: String? = nil,
                description: String? = nil, postedDate: String? = nil, totalAmount: FinancesAmount? = nil,
                marketplaceDetails: MarketplaceDetails? = nil, items: [TransactionItem]? = nil,
                contexts: [TransactionContext]? = nil, breakdowns: [Breakdown]? = nil) {
        self.sellingPartnerMetadata = sellingPartnerMetadata
        self.relatedIdentifiers = relatedIdentifiers
        self.transactionType = transactionType
        self.transactionId = transactionId
        self.transactionStatus = transactionStatus
        self.description = description
        self.postedDate = postedDate
        self.totalAmount = totalAmount
        self.marketplaceDetails = marketplaceDetails
        self.items = items
        self.contexts = contexts
        self.breakdowns = breakdowns
    }

    enum CodingKeys: String, CodingKey {
        case sellingPartnerMetadata, relatedIdentifiers, transactionType, transactionId, transactionStatus, description
        case postedDate, totalAmount, marketplaceDetails, items, contexts, breakdowns
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sellingPartnerMetadata = try c.decodeIfPresent(SellingPartnerMetadata.self, forKey: .sellingPartnerMetadata)
        relatedIdentifiers = try c.decodeIfPresent([RelatedIdentifier].self, forKey: .relatedIdentifiers)
        transactionType = try c.decodeIfPresent(String.self, forKey: .transactionType)
        transactionId = try c.decodeIfPresent(String.self, forKey: .transactionId)
        transactionStatus = try c.decodeIfPresent(String.self, forKey: .transactionStatus)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        postedDate = try c.decodeIfPresent(String.self, forKey: .postedDate)
        totalAmount = try c.decodeIfPresent(FinancesAmount.self, forKey: .totalAmount)
        marketplaceDetails = try c.decodeIfPresent(MarketplaceDetails.self, forKey: .marketplaceDetails)
        items = try c.decodeIfPresent([TransactionItem].self, forKey: .items)
        contexts = try c.decodeIfPresent([TransactionContext].self, forKey: .contexts)
        breakdowns = try Breakdown.decodeList(c, forKey: .breakdowns)
    }

    /// The value of the first related identifier named `name` (ORDER_ID, REFUND_ID, ...).
    public func relatedIdentifier(_ name: String) -> String? {
        relatedIdentifiers?.first { $0.relatedIdentifierName == name }?.relatedIdentifierValue
    }
}

public struct SellingPartnerMetadata: Codable, Sendable, Equatable {
    public var sellingPartnerId: String?
    public var accountType: String?
    public var marketplaceId: String?

    public init(sellingPartnerId: String?, accountType: String?, marketplaceId: String?) {
        self.sellingPartnerId = sellingPartnerId
        self.accountType = accountType
        self.marketplaceId = marketplaceId
    }
}

/// A business identifier of a transaction: `relatedIdentifierName` ORDER_ID, SHIPMENT_ID, REFUND_ID, ...
public struct RelatedIdentifier: Codable, Sendable, Equatable {
    public var relatedIdentifierName: String?
    public var relatedIdentifierValue: String?

    public init(relatedIdentifierName: String?, relatedIdentifierValue: String?) {
        self.relatedIdentifierName = relatedIdentifierName
        self.relatedIdentifierValue = relatedIdentifierValue
    }
}

public struct MarketplaceDetails: Codable, Sendable, Equatable {
    public var marketplaceId: String?
    public var marketplaceName: String?

    public init(marketplaceId: String?, marketplaceName: String?) {
        self.marketplaceId = marketplaceId
        self.marketplaceName = marketplaceName
    }
}

/// One item of a transaction.
public struct TransactionItem: Codable, Sendable, Equatable {
    public var description: String?
    public var relatedIdentifiers: [ItemRelatedIdentifier]?
    public var totalAmount: FinancesAmount?
    public var breakdowns: [Breakdown]?
    public var contexts: [TransactionContext]?

    public init(description: String?, relatedIdentifiers: [ItemRelatedIdentifier]?, totalAmount: FinancesAmount?,
                breakdowns: [Breakdown]?, contexts: [TransactionContext]?) {
        self.description = description
        self.relatedIdentifiers = relatedIdentifiers
        self.totalAmount = totalAmount
        self.breakdowns = breakdowns
        self.contexts = contexts
    }

    enum CodingKeys: String, CodingKey { case description, relatedIdentifiers, totalAmount, breakdowns, contexts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        relatedIdentifiers = try c.decodeIfPresent([ItemRelatedIdentifier].self, forKey: .relatedIdentifiers)
        totalAmount = try c.decodeIfPresent(FinancesAmount.self, forKey: .totalAmount)
        breakdowns = try Breakdown.decodeList(c, forKey: .breakdowns)
        contexts = try c.decodeIfPresent([TransactionContext].self, forKey: .contexts)
    }
}

/// `itemRelatedIdentifierName` ORDER_ADJUSTMENT_ITEM_ID, COUPON_ID, REMOVAL_SHIPMENT_ITEM_ID or TRANSACTION_ID.
public struct ItemRelatedIdentifier: Codable, Sendable, Equatable {
    public var itemRelatedIdentifierName: String?
    public var itemRelatedIdentifierValue: String?

    public init(itemRelatedIdentifierName: String?, itemRelatedIdentifierValue: String?) {
        self.itemRelatedIdentifierName = itemRelatedIdentifierName
        self.itemRelatedIdentifierValue = itemRelatedIdentifierValue
    }
}

/// How an amount is made up: a type, its amount, and the finer breakdowns under it.
public struct Breakdown: Codable, Sendable, Equatable {
    public var breakdownType: String?
    public var breakdownAmount: FinancesAmount?
    public var breakdowns: [Breakdown]?

    public init(breakdownType: String?, breakdownAmount: FinancesAmount?, breakdowns: [Breakdown]?) {
        self.breakdownType = breakdownType
        self.breakdownAmount = breakdownAmount
        self.breakdowns = breakdowns
    }

    enum CodingKeys: String, CodingKey { case breakdownType, breakdownAmount, breakdowns }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        breakdownType = try c.decodeIfPresent(String.self, forKey: .breakdownType)
        breakdownAmount = try c.decodeIfPresent(FinancesAmount.self, forKey: .breakdownAmount)
        breakdowns = try Self.decodeList(c, forKey: .breakdowns)
    }

    /// The model says an array; its own `Transaction` example wraps the array in `{"breakdowns": [...]}`. Both decode.
    static func decodeList<K: CodingKey>(_ c: KeyedDecodingContainer<K>, forKey key: K) throws -> [Breakdown]? {
        guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
        if let list = try? c.decode([Breakdown].self, forKey: key) { return list }
        return try c.decode(Wrapped.self, forKey: key).breakdowns
    }

    private struct Wrapped: Decodable { var breakdowns: [Breakdown]? }
}

/// Additional information of a transaction or item; the model joins several kinds (ProductContext,
/// AmazonPayContext, ...) in one object told apart by `contextType`. The product's fields are kept.
public struct TransactionContext: Codable, Sendable, Equatable {
    public var contextType: String?
    public var asin: String?
    public var sku: String?
    public var quantityShipped: Int?
    public var fulfillmentNetwork: String?

    public init(contextType: String?, asin: String? = nil, sku: String? = nil, quantityShipped: Int? = nil, fulfillmentNetwork: String? = nil) {
        self.contextType = contextType
        self.asin = asin
        self.sku = sku
        self.quantityShipped = quantityShipped
        self.fulfillmentNetwork = fulfillmentNetwork
    }

    enum CodingKeys: String, CodingKey { case contextType, asin, sku, quantityShipped, fulfillmentNetwork }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contextType = try c.decodeIfPresent(String.self, forKey: .contextType)
        asin = try c.decodeIfPresent(String.self, forKey: .asin)
        sku = try c.decodeIfPresent(String.self, forKey: .sku)
        quantityShipped = try c.decodeLenientIntIfPresent(forKey: .quantityShipped)
        fulfillmentNetwork = try c.decodeIfPresent(String.self, forKey: .fulfillmentNetwork)
    }
}

/// Finances 2024-06-19's money (`Currency`): `currencyAmount` is a JSON number (BigDecimal), so 8.56 must
/// stay 8.56. It is read from the digits Amazon wrote (`ListTransactionsResponse.decode` hands them over as
/// text), never through a Double; a number a plain JSONDecoder hands over is taken as Foundation reads it.
public struct FinancesAmount: Codable, Sendable, Equatable {
    public var currencyAmount: Decimal?
    public var currencyCode: String?

    public init(currencyAmount: Decimal?, currencyCode: String?) {
        self.currencyAmount = currencyAmount
        self.currencyCode = currencyCode
    }

    enum CodingKeys: String, CodingKey { case currencyAmount, currencyCode }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currencyCode = try c.decodeIfPresent(String.self, forKey: .currencyCode)
        guard c.contains(.currencyAmount), try !c.decodeNil(forKey: .currencyAmount) else { currencyAmount = nil; return }
        if let text = try? c.decode(String.self, forKey: .currencyAmount) {
            guard let exact = JSONNumberText.decimal(text) else {
                throw DecodingError.dataCorruptedError(forKey: .currencyAmount, in: c, debugDescription: "expected a number, got \"\(text)\"")
            }
            currencyAmount = exact
        } else {
            currencyAmount = try c.decode(Decimal.self, forKey: .currencyAmount)
        }
    }

    /// The amount as decimal text with a point ("-8.56", "1234.5"), as `Money(parsing:)` reads it.
    public var amountText: String? { currencyAmount.map { $0.description } }
}
