import Foundation

// Finances v0: financial events posted in a time range, page by page.
extension SellingPartnerClient {
    /// One page of financial events posted after `postedAfter` (and before `postedBefore`, which Amazon wants
    /// at least two minutes in the past) (`GET /finances/v0/financialEvents`).
    public func listFinancialEvents(postedAfter: Date, postedBefore: Date? = nil, maxResultsPerPage: Int = 100,
                                    nextToken: String? = nil) async throws -> ListFinancialEventsPayload {
        var query: [(String, String)] = [("MaxResultsPerPage", String(maxResultsPerPage))]
        if let nextToken {
            query.append(("NextToken", nextToken))
        } else {
            query.append(("PostedAfter", SPAPIDate.format(postedAfter)))
            if let postedBefore { query.append(("PostedBefore", SPAPIDate.format(postedBefore))) }
        }
        let request = request("GET", "/finances/v0/financialEvents", query: query)
        let response = try await execute(.listFinancialEvents, request, decode: json(ListFinancialEventsResponse.self))
        return response.payload ?? ListFinancialEventsPayload(nextToken: nil, financialEvents: nil)
    }
}
