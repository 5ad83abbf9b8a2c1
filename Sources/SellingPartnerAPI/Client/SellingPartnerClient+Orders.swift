import Foundation

// Orders 2026-01-01 (search, one order) and Orders v0's confirmShipment.
extension SellingPartnerClient {
    /// One page of `searchOrders`. Throws `SPAPIError.invalidQuery` before sending a query Amazon would refuse.
    public func searchOrders(_ query: SearchOrdersQuery) async throws -> SearchOrdersResponse {
        try query.validate(now: clock.now)
        let request = request("GET", "/orders/2026-01-01/orders", query: query.queryItems)
        return try await execute(.searchOrders, request, decode: json(SearchOrdersResponse.self))
    }

    /// Every page of a search, in order, handed to `onPage` one at a time so the caller can store
    /// each page in its own transaction (and resume from its watermark after a failure).
    ///
    /// Follows `pagination.nextToken` as `paginationToken`. A page that repeats under load (its token
    /// coming back once more) is handed over again and its token followed again: the caller stores by
    /// order id, so a repeat changes nothing (R3). A token or page that keeps coming back would page
    /// forever: `PagingGuard` stops that with `.pagingLoop`.
    public func searchAllOrders(_ query: SearchOrdersQuery, onPage: (SearchOrdersResponse) async throws -> Void) async throws {
        var query = query
        var guardrail = PagingGuard()
        while true {
            let page = try await searchOrders(query)
            // The loop is told before the page is stored: `limit` copies were stored already, one more adds nothing.
            let next = try guardrail.next(after: page)
            try await onPage(page)
            guard let next else { return }
            query.paginationToken = next
        }
    }

    /// One order by its id (`GET /orders/2026-01-01/orders/{orderId}`).
    public func getOrder(orderId: String, includedData: [OrderIncludedData] = SearchOrdersQuery.defaultIncludedData) async throws -> Order {
        var query: [(String, String)] = []
        if !includedData.isEmpty { query.append(("includedData", includedData.map(\.rawValue).joined(separator: ","))) }
        let request = request("GET", "/orders/2026-01-01/orders/\(PercentEncoding.component(orderId))", query: query)
        return try await execute(.getOrder, request, decode: json(GetOrderResponse.self)).order
    }

    /// One order by its id, now or not at all: no wait for the rate limit (`RateLimitWouldWait`) and no retry, so a
    /// caller that merely looks ahead of the next sync (a read-back after a push) holds nothing up.
    public func getOrderAtOnce(orderId: String) async throws -> Order {
        let request = request("GET", "/orders/2026-01-01/orders/\(PercentEncoding.component(orderId))",
                              query: [("includedData", SearchOrdersQuery.defaultIncludedData.map(\.rawValue).joined(separator: ","))])
        return try await execute(.getOrder, request, atOnce: true, decode: json(GetOrderResponse.self)).order
    }

    /// Tells Amazon a package has shipped (Orders v0 `confirmShipment`; Amazon answers 204).
    public func confirmShipment(orderId: String, body: ConfirmShipmentRequest, idempotencyKey: String?) async throws {
        let request = try request(
            "POST", "/orders/v0/orders/\(PercentEncoding.component(orderId))/shipmentConfirmation",
            json: body, idempotencyKey: idempotencyKey
        )
        try await execute(.confirmShipment, request) { _ in () }
    }
}
