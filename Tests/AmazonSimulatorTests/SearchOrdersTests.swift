import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct SearchOrdersTests {
    @Test func pagingReturnsEveryOrderExactlyOnce() async throws {
        // R3: NextToken pages never repeat or skip an order.
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 10 * 60, seed: 11)
        let total = try fixture.simulator.statistics().orders
        let orders = try await fixture.searchAll(pageSize: 7)
        #expect(orders.count == total)
        #expect(Set(orders.map(\.orderId)).count == total)
        let keys = orders.map { "\($0.lastUpdatedTime) \($0.orderId)" }
        #expect(keys == keys.sorted())
    }

    @Test func pagesStayConsistentWhileNewOrdersArrive() async throws {
        // R3: orders arriving between pages do not disturb the pages of a search already under way.
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 6 * 60, seed: 12)
        let before = try fixture.simulator.statistics().orders
        let orders = try await fixture.searchAll(pageSize: 10) {
            fixture.clock.advance(seconds: 60)
            try fixture.simulator.advance(minutes: 30)
            _ = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        }
        #expect(Set(orders.map(\.orderId)).count == orders.count)
        #expect(orders.count >= before - 40)   // some earlier orders moved past the bound (paid, shipped) and come next sync
        let after = try await fixture.searchAll()
        #expect(Set(after.map(\.orderId)).count == after.count)
        #expect(Set(orders.map(\.orderId)).isSubset(of: Set(after.map(\.orderId))))
    }

    @Test func theQueryIsValidated() async throws {
        let fixture = try SimulatorFixture()
        let path = "/orders/2026-01-01/orders"
        let market = ("marketplaceIds", "A1PA6795UKMFR9")
        let neither = try await fixture.get(path, [market])
        #expect(neither.status == 400)
        #expect(fixture.errorCode(neither) == "InvalidInput")
        let both = try await fixture.get(path, [market, ("createdAfter", "2026-01-01T00:00:00Z"), ("lastUpdatedAfter", "2026-01-01T00:00:00Z")])
        #expect(both.status == 400)
        let now = try fixture.simulator.now
        let tooRecent = ISO8601DateFormatter().string(from: now.addingTimeInterval(-60))
        let recent = try await fixture.get(path, [market, ("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("lastUpdatedBefore", tooRecent)])
        #expect(recent.status == 400)
        let noMarket = try await fixture.get(path, [("lastUpdatedAfter", "2020-01-01T00:00:00Z")])
        #expect(noMarket.status == 400)
        let bigPage = try await fixture.get(path, [market, ("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("maxResultsPerPage", "101")])
        #expect(bigPage.status == 400)
        let unknown = try await fixture.get("/orders/2026-01-01/orders/999-0000000-0000000")
        #expect(unknown.status == 404)
        #expect(fixture.errorCode(unknown) == "NotFound")
        let nowhere = try await fixture.get("/nowhere")
        #expect(nowhere.status == 404)
    }

    @Test func filtersAndIncludedDataAreHonoured() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 12 * 60, seed: 13)
        let response = try await fixture.get("/orders/2026-01-01/orders", [
            ("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9"),
            ("fulfillmentStatuses", "UNSHIPPED"), ("fulfilledBy", "MERCHANT"),
        ])
        let page = try JSONDecoder().decode(SearchOrdersResponse.self, from: response.body)
        #expect(!page.orders.isEmpty)
        #expect(page.orders.allSatisfy { $0.fulfillment?.fulfillmentStatus == "UNSHIPPED" && $0.fulfillment?.fulfilledBy == "MERCHANT" })
        #expect(page.orders.allSatisfy { $0.salesChannel.marketplaceId == "A1PA6795UKMFR9" })
        #expect(page.orders.allSatisfy { $0.buyer == nil && $0.recipient == nil && $0.proceeds == nil })  // not asked for
        #expect(page.lastUpdatedBefore != nil && page.createdBefore == nil)
    }

    @Test func createdAfterSearchesPageByCreationTime() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 3 * 60, seed: 14)
        var seen: [String] = []
        var token: String?
        repeat {
            var query = [("createdAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", SimulatorFixture.marketplaces.joined(separator: ",")),
                         ("maxResultsPerPage", "9")]
            if let token { query.append(("paginationToken", token)) }
            let page = try JSONDecoder().decode(SearchOrdersResponse.self, from: try await fixture.get("/orders/2026-01-01/orders", query).body)
            #expect(page.createdBefore != nil)
            seen += page.orders.map(\.orderId)
            token = page.pagination?.nextToken
        } while token != nil
        #expect(seen.count == Set(seen).count)
        #expect(seen.count == (try fixture.simulator.statistics().orders))
    }
}
