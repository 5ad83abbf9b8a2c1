import Foundation
import Testing
@testable import SellingPartnerAPI

@Suite struct SearchOrdersTests {
    @Test func queryIsEncodedAsTheModelSays() async throws {
        let (client, transport, _) = makeClient([.json(Fixture.page([]))])
        let query = SearchOrdersQuery(
            createdAfter: Date(timeIntervalSince1970: 1_735_689_600), // 2025-01-01T00:00:00Z
            marketplaceIds: ["A1PA6795UKMFR9", "A1F83G8C2ARO7P"],
            fulfillmentStatuses: [.unshipped, .partiallyShipped], fulfilledBy: [.merchant]
        )
        _ = try await client.searchOrders(query)
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/orders/2026-01-01/orders")
        #expect(request.queryValue("createdAfter") == "2025-01-01T00:00:00Z")
        #expect(request.queryValue("lastUpdatedAfter") == nil)
        // csv: the model gives no collectionFormat, and Swagger 2 defaults to csv.
        #expect(request.queryValue("marketplaceIds") == "A1PA6795UKMFR9,A1F83G8C2ARO7P")
        #expect(request.queryValue("fulfillmentStatuses") == "UNSHIPPED,PARTIALLY_SHIPPED")
        #expect(request.queryValue("fulfilledBy") == "MERCHANT")
        #expect(request.queryValue("maxResultsPerPage") == "100")
        #expect(request.queryValue("includedData") == "BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES,CANCELLATION")
        #expect(request.queryValue("paginationToken") == nil)
    }

    @Test func datesAreUTCWithZ() {
        let date = Date(timeIntervalSince1970: 1_735_689_600.75)
        #expect(SPAPIDate.format(date) == "2025-01-01T00:00:00Z")
    }

    @Test(arguments: [
        SearchOrdersQuery(),
        SearchOrdersQuery(createdAfter: Fixture.since, lastUpdatedAfter: Fixture.since),
        SearchOrdersQuery(createdAfter: Fixture.since, lastUpdatedBefore: Fixture.since),
        SearchOrdersQuery(lastUpdatedAfter: Fixture.since, lastUpdatedBefore: Fixture.start.addingTimeInterval(-60)),
        SearchOrdersQuery(lastUpdatedAfter: Fixture.since, lastUpdatedBefore: Fixture.since.addingTimeInterval(-1)),
        SearchOrdersQuery(createdAfter: Fixture.since, maxResultsPerPage: 0),
        SearchOrdersQuery(createdAfter: Fixture.since, maxResultsPerPage: 101),
    ])
    func queriesAmazonWouldRefuseAreNotSent(query: SearchOrdersQuery) async throws {
        let (client, transport, _) = makeClient([.json(Fixture.page([]))])
        await #expect {
            _ = try await client.searchOrders(query)
        } throws: { error in
            guard case .invalidQuery = error as? SPAPIError else { return false }
            return true
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aValidWindowIsAccepted() async throws {
        let (client, _, _) = makeClient([.json(Fixture.page(["1"]))])
        let query = SearchOrdersQuery(lastUpdatedAfter: Fixture.since, lastUpdatedBefore: Fixture.start.addingTimeInterval(-120))
        #expect(try await client.searchOrders(query).orders.map(\.orderId) == ["1"])
    }

    @Test func pagingFollowsNextTokenOnePageAtATime() async throws {
        let (client, transport, _) = makeClient([
            .json(Fixture.page(["1", "2"], next: "t+1/=")),
            .json(Fixture.page(["3"], next: "t2")),
            .json(Fixture.page(["4"])),
        ])
        var pages: [[String]] = []
        try await client.searchAllOrders(SearchOrdersQuery(lastUpdatedAfter: Fixture.since, marketplaceIds: ["M"])) { page in
            pages.append(page.orders.map(\.orderId))
        }
        #expect(pages == [["1", "2"], ["3"], ["4"]])
        #expect(transport.requests.map { $0.queryValue("paginationToken") } == [nil, "t+1/=", "t2"])
        // Each page repeats the same filters.
        #expect(transport.requests.allSatisfy { $0.queryValue("marketplaceIds") == "M" && $0.queryValue("lastUpdatedAfter") != nil })
    }

    // Under load Amazon may answer a page again, token and all: it is handed over again (the caller stores
    // by order id, so nothing doubles) and its token asked once more (R3).
    @Test func aPageRepeatedOnceIsReadAgainAndPagingGoesOn() async throws {
        let (client, transport, _) = makeClient([
            .json(Fixture.page(["1"], next: "a")),
            .json(Fixture.page(["1"], next: "a")),
            .json(Fixture.page(["2"], next: "b")),
            .json(Fixture.page(["3"])),
        ])
        var pages: [[String]] = []
        try await client.searchAllOrders(SearchOrdersQuery(createdAfter: Fixture.since)) { pages.append($0.orders.map(\.orderId)) }
        #expect(pages == [["1"], ["1"], ["2"], ["3"]])
        #expect(transport.requests.map { $0.queryValue("paginationToken") } == [nil, "a", "a", "b"])
    }

    // A token that keeps coming back would page forever: stopped after `PagingGuard.standardLimit` times.
    @Test func aTokenLoopStopsWithAClearErrorAfterTheLimit() async throws {
        let (client, transport, _) = makeClient([
            .json(Fixture.page(["1"], next: "a")),
            .json(Fixture.page(["2"], next: "b")),
            .json(Fixture.page(["3"], next: "a")),  // and so on: the script repeats its last step
        ])
        var handed = 0
        await #expect(throws: SPAPIError.pagingLoop(operation: .searchOrders, times: PagingGuard.standardLimit + 1)) {
            try await client.searchAllOrders(SearchOrdersQuery(createdAfter: Fixture.since)) { _ in handed += 1 }
        }
        // "a" followed five times (after pages 1, 3, 3, 3, 3), "b" once; the sixth "a" is not followed.
        #expect(transport.requests.count == 2 + PagingGuard.standardLimit)
        #expect(handed == transport.requests.count - 1)  // the page that showed the loop is not handed over
        #expect(SPAPIError.pagingLoop(operation: .searchOrders, times: 6).description.contains("the next sync asks again"))
    }

    // The same orders again and again under fresh tokens page forever just as well.
    @Test func theSamePageUnderFreshTokensStopsToo() async throws {
        let steps = (1...20).map { ScriptedTransport.Step.json(Fixture.page(["1", "2"], next: "t\($0)")) }
        let (client, transport, _) = makeClient(steps)
        await #expect(throws: SPAPIError.pagingLoop(operation: .searchOrders, times: PagingGuard.standardLimit + 1)) {
            try await client.searchAllOrders(SearchOrdersQuery(createdAfter: Fixture.since)) { _ in }
        }
        #expect(transport.requests.count == PagingGuard.standardLimit + 1)
    }

    // Empty pages carry no content to compare; only their tokens can loop.
    @Test func emptyPagesWithFreshTokensAreFollowed() async throws {
        var steps = (1...8).map { ScriptedTransport.Step.json(Fixture.page([], next: "t\($0)")) }
        steps.append(.json(Fixture.page(["9"])))
        let (client, transport, _) = makeClient(steps)
        var orders: [String] = []
        try await client.searchAllOrders(SearchOrdersQuery(createdAfter: Fixture.since)) { orders += $0.orders.map(\.orderId) }
        #expect(orders == ["9"])
        #expect(transport.requests.count == 9)
    }

    @Test func getOrderUnwrapsTheOrder() async throws {
        let (client, transport, _) = makeClient([.json(#"{"order":\#(Fixture.order("028-1"))}"#)])
        let order = try await client.getOrder(orderId: "028-1")
        #expect(order.orderId == "028-1")
        #expect(transport.requests[0].path == "/orders/2026-01-01/orders/028-1")
        #expect(transport.requests[0].queryValue("includedData") == "BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES,CANCELLATION")
    }
}
