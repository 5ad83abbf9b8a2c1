import Foundation

// Finances 2024-06-19: the transactions Amazon posted in a time range, page by page.
// (Finances v0 `listFinancialEvents` is deprecated, its removal announced for 2027: the client no longer reads it.)
extension SellingPartnerClient {
    /// One page of transactions posted from `postedAfter` to before `postedBefore`
    /// (`GET /finances/2024-06-19/transactions`). Amazon wants `postedBefore` more than two minutes in the past and
    /// at most 180 days after `postedAfter` (further apart, the answer is empty): the caller keeps to both.
    /// A next page is asked with its `nextToken` and the same arguments as the first, as Amazon asks.
    public func listTransactions(postedAfter: Date, postedBefore: Date, marketplaceId: String? = nil,
                                 nextToken: String? = nil) async throws -> TransactionsPayload {
        var query: [(String, String)] = [
            ("postedAfter", SPAPIDate.format(postedAfter)),
            ("postedBefore", SPAPIDate.format(postedBefore)),
        ]
        if let marketplaceId { query.append(("marketplaceId", marketplaceId)) }
        if let nextToken { query.append(("nextToken", nextToken)) }
        let request = request("GET", "/finances/2024-06-19/transactions", query: query)
        let response = try await execute(.listTransactions, request) { try ListTransactionsResponse.decode(from: $0.body) }
        return response.payload ?? TransactionsPayload(nextToken: nil, transactions: nil)
    }
}
