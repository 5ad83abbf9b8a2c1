import Foundation
import GRDB
import MerchantCore
import SellingPartnerAPI

/// Finances v0 `listFinancialEvents` (deprecated; still served for older clients, while this client reads
/// Finances 2024-06-19 `listTransactions`, `TransactionsAPI`): every refund posted in a time range, as `RefundEventList`,
/// amounts negative as Amazon books them. Pages follow posting order; the token carries where the
/// last page ended and the range's upper bound, so later pages neither repeat nor skip.
enum FinancesAPI {
    struct Token: Codable {
        var lastId: Int64
        var after: Int64
        var before: Int64
    }

    static func list(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        let size = try request.value("MaxResultsPerPage").map { text in
            guard let n = Int(text), (1...100).contains(n) else { throw APIError.invalidInput("MaxResultsPerPage must be between 1 and 100.") }
            return n
        } ?? 100
        var token: Token
        if let text = request.value("NextToken") {
            guard let data = Data(base64Encoded: text), let decoded = try? JSONDecoder().decode(Token.self, from: data) else {
                throw APIError.invalidInput("NextToken is not valid.")
            }
            token = decoded
        } else {
            guard let afterText = request.value("PostedAfter"), let after = SimTime.parse(afterText) else {
                throw APIError.invalidInput("PostedAfter is required, as an ISO 8601 date-time.")
            }
            let latest = context.now - 120
            var before = latest
            if let beforeText = request.value("PostedBefore") {
                guard let parsed = SimTime.parse(beforeText) else { throw APIError.invalidInput("PostedBefore is not an ISO 8601 date-time.") }
                guard parsed <= latest else { throw APIError.invalidInput("PostedBefore must be at least two minutes before the time of the request.") }
                guard parsed >= after else { throw APIError.invalidInput("PostedBefore must be later than PostedAfter.") }
                before = parsed
            }
            token = Token(lastId: 0, after: after, before: before)
        }
        let rows = try Row.fetchAll(context.db, sql: """
            SELECT e.id, e.orderId, e.postedAt, e.lines, o.marketplaceId, o.body FROM refundEvent e JOIN simOrder o ON o.orderId = e.orderId
            WHERE e.postedAt >= ? AND e.postedAt < ? AND e.id > ? ORDER BY e.id LIMIT ?
            """, arguments: [token.after, token.before, token.lastId, size + 1])
        var events: [ShipmentEvent] = []
        for row in rows.prefix(size) {
            let id: Int64 = row["id"]
            let order = try JSONDecoder().decode(SimOrder.self, from: row["body"])
            let lines = try JSONDecoder().decode([RefundEventLine].self, from: row["lines"])
            let marketplace = Marketplace.named(row["marketplaceId"])
            events.append(ShipmentEvent(
                amazonOrderId: row["orderId"], marketplaceName: marketplace?.name, postedDate: SimTime.iso(row["postedAt"]),
                shipmentItemAdjustmentList: lines.enumerated().map { n, line in
                    ShipmentItem(sellerSKU: line.sku, orderItemId: line.itemId, orderAdjustmentItemId: "\(id)-\(n + 1)", quantityShipped: nil,
                                 itemChargeAdjustmentList: [ChargeComponent(chargeType: "Principal", chargeAmount: FinancesCurrency(
                                    currencyCode: order.currency,
                                    currencyAmount: Money(minorUnits: -line.amount, currency: order.currency).amountText))])
                }))
        }
        var next: String?
        if rows.count > size, let last = rows.prefix(size).last {
            token.lastId = last["id"]
            next = try JSONEncoder().encode(token).base64EncodedString()
        }
        return JSONBody.response(status: 200, ListFinancialEventsResponse(payload: ListFinancialEventsPayload(
            nextToken: next, financialEvents: FinancialEvents(refundEventList: events))))
    }
}
