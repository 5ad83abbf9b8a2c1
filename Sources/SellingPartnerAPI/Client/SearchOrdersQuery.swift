import Foundation

/// The `includedData` choices of Orders 2026-01-01: which parts of each order Amazon fills in.
public enum OrderIncludedData: String, Sendable, CaseIterable {
    case buyer = "BUYER", recipient = "RECIPIENT", proceeds = "PROCEEDS", expense = "EXPENSE"
    case promotion = "PROMOTION", cancellation = "CANCELLATION", fulfillment = "FULFILLMENT"
    case packages = "PACKAGES", tax = "TAX", payment = "PAYMENT", fulfillmentOrders = "FULFILLMENT_ORDERS"
}

/// Who fulfils an order: the merchant or Amazon (FBA).
public enum OrderFulfilledBy: String, Sendable, CaseIterable {
    case merchant = "MERCHANT", amazon = "AMAZON"
}

/// The filters of `searchOrders` (`GET /orders/2026-01-01/orders`).
///
/// ```swift
/// let query = SearchOrdersQuery(lastUpdatedAfter: watermark, marketplaceIds: ["A1PA6795UKMFR9"])
/// ```
/// Exactly one of `createdAfter` and `lastUpdatedAfter` must be set; `validate(now:)` says so before
/// anything is sent, since Amazon would only answer 400.
public struct SearchOrdersQuery: Sendable, Equatable {
    public var createdAfter: Date?
    public var lastUpdatedAfter: Date?
    /// Only with `lastUpdatedAfter`, and at least two minutes before the request.
    public var lastUpdatedBefore: Date?
    public var marketplaceIds: [String]
    public var fulfillmentStatuses: [FulfillmentStatusValue]
    public var fulfilledBy: [OrderFulfilledBy]
    /// 1 to 100.
    public var maxResultsPerPage: Int
    /// The previous page's `pagination.nextToken`.
    public var paginationToken: String?
    public var includedData: [OrderIncludedData]

    /// What the console shows of an order.
    public static let defaultIncludedData: [OrderIncludedData] = [.buyer, .recipient, .proceeds, .fulfillment, .packages, .cancellation]

    public init(
        createdAfter: Date? = nil, lastUpdatedAfter: Date? = nil, lastUpdatedBefore: Date? = nil,
        marketplaceIds: [String] = [], fulfillmentStatuses: [FulfillmentStatusValue] = [],
        fulfilledBy: [OrderFulfilledBy] = [], maxResultsPerPage: Int = 100, paginationToken: String? = nil,
        includedData: [OrderIncludedData] = SearchOrdersQuery.defaultIncludedData
    ) {
        self.createdAfter = createdAfter
        self.lastUpdatedAfter = lastUpdatedAfter
        self.lastUpdatedBefore = lastUpdatedBefore
        self.marketplaceIds = marketplaceIds
        self.fulfillmentStatuses = fulfillmentStatuses
        self.fulfilledBy = fulfilledBy
        self.maxResultsPerPage = maxResultsPerPage
        self.paginationToken = paginationToken
        self.includedData = includedData
    }

    /// Throws `SPAPIError.invalidQuery` for a query Amazon would refuse, checked at `now`.
    public func validate(now: Date) throws {
        switch (createdAfter, lastUpdatedAfter) {
        case (nil, nil):
            throw SPAPIError.invalidQuery("give either createdAfter or lastUpdatedAfter")
        case (.some, .some):
            throw SPAPIError.invalidQuery("give createdAfter or lastUpdatedAfter, not both")
        case (.some, nil):
            if lastUpdatedBefore != nil {
                throw SPAPIError.invalidQuery("lastUpdatedBefore goes with lastUpdatedAfter, not with createdAfter")
            }
        case (nil, .some(let after)):
            if let before = lastUpdatedBefore {
                if before < after { throw SPAPIError.invalidQuery("lastUpdatedBefore is earlier than lastUpdatedAfter") }
                if before > now.addingTimeInterval(-120) {
                    throw SPAPIError.invalidQuery("lastUpdatedBefore must be at least two minutes in the past")
                }
            }
        }
        guard (1...100).contains(maxResultsPerPage) else {
            throw SPAPIError.invalidQuery("maxResultsPerPage must be between 1 and 100, not \(maxResultsPerPage)")
        }
        guard marketplaceIds.count <= 50 else {
            throw SPAPIError.invalidQuery("at most 50 marketplace ids per search, not \(marketplaceIds.count)")
        }
    }

    /// The query pairs, unencoded (the transport encodes). Arrays are comma-separated: the model
    /// gives them no `collectionFormat`, and Swagger 2's default is `csv`.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let createdAfter { items.append(("createdAfter", SPAPIDate.format(createdAfter))) }
        if let lastUpdatedAfter { items.append(("lastUpdatedAfter", SPAPIDate.format(lastUpdatedAfter))) }
        if let lastUpdatedBefore { items.append(("lastUpdatedBefore", SPAPIDate.format(lastUpdatedBefore))) }
        if !marketplaceIds.isEmpty { items.append(("marketplaceIds", marketplaceIds.joined(separator: ","))) }
        if !fulfillmentStatuses.isEmpty { items.append(("fulfillmentStatuses", fulfillmentStatuses.map(\.rawValue).joined(separator: ","))) }
        if !fulfilledBy.isEmpty { items.append(("fulfilledBy", fulfilledBy.map(\.rawValue).joined(separator: ","))) }
        items.append(("maxResultsPerPage", String(maxResultsPerPage)))
        if let paginationToken { items.append(("paginationToken", paginationToken)) }
        if !includedData.isEmpty { items.append(("includedData", includedData.map(\.rawValue).joined(separator: ","))) }
        return items
    }
}
