import Foundation
import GRDB
import SellingPartnerAPI

/// Orders 2026-01-01: searchOrders and getOrder.
enum OrdersAPI {
    static func search(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        func time(_ name: String) throws -> Int64? {
            guard let text = request.queryValue(name) else { return nil }
            guard let value = SimTime.parse(text) else { throw APIError.invalidInput("\(name) is not an ISO 8601 date-time: \(text).") }
            return value
        }
        let createdAfter = try time("createdAfter"), createdBefore = try time("createdBefore")
        let updatedAfter = try time("lastUpdatedAfter"), updatedBefore = try time("lastUpdatedBefore")
        guard (createdAfter == nil) != (updatedAfter == nil) else {
            throw APIError.invalidInput("Exactly one of createdAfter and lastUpdatedAfter must be given.")
        }
        if createdAfter != nil, updatedBefore != nil { throw APIError.invalidInput("lastUpdatedBefore cannot be combined with createdAfter.") }
        if updatedAfter != nil, createdBefore != nil { throw APIError.invalidInput("createdBefore cannot be combined with lastUpdatedAfter.") }
        for (name, value) in [("lastUpdatedBefore", updatedBefore), ("createdBefore", createdBefore)] {
            if let value, value > context.now - 120 { throw APIError.invalidInput("\(name) must be at least two minutes before the time of the request.") }
        }
        let lower = createdAfter ?? updatedAfter!
        if let upper = updatedBefore ?? createdBefore, upper < lower { throw APIError.invalidInput("The time range ends before it begins.") }
        let marketplaceIds = request.listValues("marketplaceIds")
        guard !marketplaceIds.isEmpty else { throw APIError.invalidInput("marketplaceIds is required.") }
        if let unknown = marketplaceIds.first(where: { !context.account.marketplaceIds.contains($0) }) {
            throw APIError.invalidInput("Invalid marketplaceId: \(unknown).")
        }
        let statuses = request.listValues("fulfillmentStatuses")
        if let bad = statuses.first(where: { FulfillmentStatusValue(rawValue: $0) == nil }) { throw APIError.invalidInput("\(bad) is not a fulfillment status.") }
        let fulfilledBy = request.listValues("fulfilledBy")
        if let bad = fulfilledBy.first(where: { $0 != "MERCHANT" && $0 != "AMAZON" }) { throw APIError.invalidInput("\(bad) is not a valid fulfilledBy value.") }
        var pageSize = 100
        if let text = request.queryValue("maxResultsPerPage") {
            guard let value = Int(text), (1...100).contains(value) else { throw APIError.invalidInput("maxResultsPerPage must be between 1 and 100.") }
            pageSize = value
        }
        let included = try OrderRenderer.included(request)
        let byCreated = createdAfter != nil
        var token: PaginationToken?
        if let text = request.queryValue("paginationToken") {
            guard let decoded = PaginationToken(encoded: text), decoded.byCreated == byCreated else {
                throw APIError.invalidInput("The paginationToken is not valid for this query.")
            }
            token = decoded
        }
        // The upper bound is fixed by the first page and carried in the token (stable pages).
        let upper = token?.upper ?? (updatedBefore ?? createdBefore ?? context.now)
        let column = byCreated ? "createdTime" : "lastUpdatedTime"
        var sql = "SELECT \(column) AS t, orderId, body FROM simOrder WHERE \(column) >= ? AND \(column) <= ?"
        var arguments: [any DatabaseValueConvertible] = [lower, upper]
        if let token {
            sql += " AND (\(column), orderId) > (?, ?)"
            arguments += [token.lastTime, token.lastId]
        }
        func list(_ name: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            sql += " AND \(name) IN (\(Array(repeating: "?", count: values.count).joined(separator: ",")))"
            arguments += values
        }
        list("marketplaceId", marketplaceIds)
        list("status", statuses)
        list("fulfilledBy", fulfilledBy)
        sql += " ORDER BY \(column), orderId LIMIT ?"
        arguments.append(pageSize + 1)
        let rows = try Row.fetchAll(context.db, sql: sql, arguments: StatementArguments(arguments))
        let decoder = JSONDecoder()
        let page = try rows.prefix(pageSize).map { try decoder.decode(SimOrder.self, from: $0["body"] as Data) }
        var pagination: Pagination?
        if rows.count > pageSize, let last = rows.prefix(pageSize).last {
            pagination = Pagination(nextToken: PaginationToken(byCreated: byCreated, lastTime: last["t"], lastId: last["orderId"], upper: upper).encoded)
        }
        let answer = SearchOrdersResponse(
            orders: page.map { OrderRenderer.render($0, included: included) }, pagination: pagination,
            lastUpdatedBefore: byCreated ? nil : SimTime.iso(upper), createdBefore: byCreated ? SimTime.iso(upper) : nil)
        return JSONBody.response(status: 200, answer)
    }

    static func get(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        guard let order = try OrderTable.load(context.db, id: id) else { throw APIError.notFound("Order \(id) was not found.") }
        return JSONBody.response(status: 200, GetOrderResponse(order: OrderRenderer.render(order, included: try OrderRenderer.included(context.request))))
    }
}
