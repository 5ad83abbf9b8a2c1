import Foundation
import GRDB
import MerchantCore
import SellingPartnerAPI

/// Finances 2024-06-19 `listTransactions`: the refunds Finances posted (`refundEvent`, the same ones v0
/// serves: Seller Central's and the adjustment feeds' once applied), as transactions of type Refund with the
/// order among their related identifiers and negative amounts, as Amazon books money leaving the seller.
/// Validation as the model states it: `postedAfter` required (unless a related identifier is asked for),
/// both dates more than two minutes before the request, `postedBefore` later than `postedAfter`; a range
/// longer than 180 days is answered with no transactions. Pages follow posting order (`refundEvent.id`);
/// the token carries where the last page ended and the range, so later pages neither repeat nor skip.
enum TransactionsAPI {
    static let pageSize = 100
    static let longestRange: Int64 = 180 * 86_400

    struct Token: Codable {
        var lastId: Int64
        var after: Int64?
        var before: Int64
        var orderId: String?
        var marketplaceId: String?
    }

    static func list(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        if let status = request.value("transactionStatus"), !["RELEASED", "DEFERRED", "DEFERRED_RELEASED"].contains(status) {
            throw APIError.invalidInput("Invalid transactionStatus", details: "transactionStatus must be DEFERRED, RELEASED or DEFERRED_RELEASED.")
        }
        var token: Token
        if let text = request.value("nextToken") {
            guard let data = Data(base64Encoded: text), let decoded = try? JSONDecoder().decode(Token.self, from: data) else {
                throw APIError.invalidInput("Invalid nextToken", details: "The nextToken is not one this operation returned.")
            }
            token = decoded
        } else {
            token = try firstPage(context)
        }
        if let after = token.after, token.before - after > longestRange { return page([], next: nil) }
        let status = request.value("transactionStatus")
        guard status == nil || status == "RELEASED" else { return page([], next: nil) }   // no refund is deferred
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT e.id, e.orderId, e.postedAt, e.lines, o.marketplaceId, o.body FROM refundEvent e JOIN simOrder o ON o.orderId = e.orderId
            WHERE e.postedAt >= ? AND e.postedAt < ? AND e.id > ? AND (? IS NULL OR e.orderId = ?) AND (? IS NULL OR o.marketplaceId = ?)
            ORDER BY e.id LIMIT ?
            """, arguments: [token.after ?? 0, token.before, token.lastId, token.orderId, token.orderId,
                             token.marketplaceId, token.marketplaceId, pageSize + 1])
        let transactions = try rows.prefix(pageSize).map { try transaction($0, account: context.account) }
        var next: String?
        if rows.count > pageSize, let last = rows.prefix(pageSize).last {
            token.lastId = last["id"]
            next = try JSONEncoder().encode(token).base64EncodedString()
        }
        return page(transactions, next: next)
    }

    /// The range and filters of a first page, checked as Amazon checks them.
    static func firstPage(_ context: RequestContext) throws -> Token {
        let request = context.request
        let latest = context.now - 120
        var orderId: String?
        switch (request.value("relatedIdentifierName"), request.value("relatedIdentifierValue")) {
        case (nil, nil): break
        case ("ORDER_ID", let value?): orderId = value
        case ("FINANCIAL_EVENT_GROUP_ID", _?): orderId = ""   // no event groups are simulated: nothing matches
        case (let name?, _?):
            throw APIError.invalidInput("Invalid relatedIdentifierName",
                                        details: "\(name) cannot be used for filtering: only FINANCIAL_EVENT_GROUP_ID and ORDER_ID can.")
        default:
            throw APIError.invalidInput("relatedIdentifierName and relatedIdentifierValue go together")
        }
        // Both ends: an ISO 8601 date-time, at least two minutes before the request.
        func settled(_ name: String) throws -> Int64? {
            guard let text = request.value(name) else { return nil }
            guard let parsed = SimTime.parse(text) else {
                throw APIError.invalidInput("Invalid date format", details: "\(name) must be an ISO 8601 date-time.")
            }
            guard parsed <= latest else {
                throw APIError.invalidInput("Invalid date range", details: "\(name) must be more than two minutes before the time of the request.")
            }
            return parsed
        }
        let after = try settled("postedAfter")
        if after == nil, orderId == nil {
            throw APIError.invalidInput("Start date cannot be null", details: "Start date cannot be null")
        }
        var before = latest
        if let parsed = try settled("postedBefore") {
            if let after, parsed <= after {
                throw APIError.invalidInput("Invalid date range", details: "postedBefore must be later than postedAfter.")
            }
            before = parsed
        }
        return Token(lastId: 0, after: after, before: before, orderId: orderId, marketplaceId: request.value("marketplaceId"))
    }

    static func page(_ transactions: [Transaction], next: String?) -> HTTPResponse {
        JSONBody.response(status: 200, ListTransactionsResponse(payload: TransactionsPayload(nextToken: next, transactions: transactions)))
    }

    /// One posted refund as Finances 2024-06-19 shows it: its items with their share, a breakdown of the total.
    static func transaction(_ row: Row, account: AccountRecord) throws -> Transaction {
        let id: Int64 = row["id"]
        let order = try JSONDecoder().decode(SimOrder.self, from: row["body"])
        let lines = try JSONDecoder().decode([RefundEventLine].self, from: row["lines"])
        let marketplaceId: String = row["marketplaceId"]
        func amount(_ minor: Int64) -> FinancesAmount {
            FinancesAmount(currencyAmount: JSONNumberText.decimal(Money(minorUnits: -minor, currency: order.currency).amountText),
                           currencyCode: order.currency)
        }
        func principal(_ minor: Int64, under type: String) -> [Breakdown] {
            [Breakdown(breakdownType: type, breakdownAmount: amount(minor), breakdowns: [
                Breakdown(breakdownType: "Principal", breakdownAmount: amount(minor), breakdowns: []),
            ])]
        }
        let total = lines.reduce(Int64(0)) { $0 + $1.amount }
        let items = lines.enumerated().map { n, line in
            let item = order.items.first { $0.id == line.itemId }
            return TransactionItem(
                description: item?.title,
                relatedIdentifiers: [ItemRelatedIdentifier(itemRelatedIdentifierName: "ORDER_ADJUSTMENT_ITEM_ID", itemRelatedIdentifierValue: "\(id)-\(n + 1)")],
                totalAmount: amount(line.amount),
                breakdowns: principal(line.amount, under: "ProductCharges"),
                contexts: [TransactionContext(contextType: "ProductContext", asin: item?.asin, sku: line.sku, fulfillmentNetwork: order.afn ? "AFN" : "MFN")])
        }
        return Transaction(
            sellingPartnerMetadata: SellingPartnerMetadata(sellingPartnerId: account.sellerId, accountType: "Standard Orders", marketplaceId: marketplaceId),
            relatedIdentifiers: [
                RelatedIdentifier(relatedIdentifierName: "ORDER_ID", relatedIdentifierValue: order.id),
                RelatedIdentifier(relatedIdentifierName: "REFUND_ID", relatedIdentifierValue: String(id)),
            ],
            transactionType: "Refund",
            transactionId: transactionId(id, seed: account.seed),
            transactionStatus: "RELEASED",
            description: "Refund Order",
            postedDate: SimTime.iso(row["postedAt"]),
            totalAmount: amount(total),
            marketplaceDetails: MarketplaceDetails(marketplaceId: marketplaceId, marketplaceName: Marketplace.named(marketplaceId)?.name),
            items: items,
            breakdowns: principal(total, under: "ProductCharges"))
    }

    /// An opaque id like Amazon's (43 characters of base64url), the same for one posted refund on every read.
    static func transactionId(_ eventId: Int64, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed ^ (UInt64(bitPattern: eventId) &* 0x9E37_79B9_7F4A_7C15))
        var bytes: [UInt8] = []
        for _ in 0..<4 { withUnsafeBytes(of: rng.next().bigEndian) { bytes += $0 } }
        return String(Data(bytes).base64EncodedString().dropLast()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"))
    }
}
