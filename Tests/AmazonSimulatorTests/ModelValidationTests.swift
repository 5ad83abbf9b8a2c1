import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct ModelValidationTests {
    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func answersValidateAgainstTheOfficialOrdersModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "orders_2026-01-01.json"))
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 16 * 60, seed: 21)
        let pending = try fixture.simulator.placeOrder(sku: "BECHER-THAI", pending: true)
        let shipped = try fixture.simulator.placeOrder(sku: "TEE-MATCHA-100", afn: true, buyerName: "山田太郎 🌸")
        try fixture.simulator.advance(minutes: 13 * 60)
        let all = "BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES,CANCELLATION"
        let search = try await fixture.get("/orders/2026-01-01/orders", [
            ("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", SimulatorFixture.marketplaces.joined(separator: ",")),
            ("maxResultsPerPage", "100"), ("includedData", all),
        ])
        #expect(search.status == 200)
        #expect(try checker.violations(of: search.body, against: "SearchOrdersResponse") == [])
        let statuses = try JSONDecoder().decode(SearchOrdersResponse.self, from: search.body).orders.compactMap(\.fulfillment?.fulfillmentStatus)
        #expect(Set(statuses).isSuperset(of: ["PENDING", "UNSHIPPED", "SHIPPED", "CANCELLED"]))
        for id in [pending, shipped] {
            let answer = try await fixture.get("/orders/2026-01-01/orders/\(id)", [("includedData", all)])
            #expect(try checker.violations(of: answer.body, against: "GetOrderResponse") == [])
        }
        #expect(try await fixture.order(shipped).fulfillment?.fulfillmentStatus == "SHIPPED")
        let error = try await fixture.get("/orders/2026-01-01/orders", [("marketplaceIds", "A1PA6795UKMFR9")])
        #expect(try checker.violations(of: error.body, against: "ErrorList") == [])
    }

    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func theCheckerCatchesWhatItShould() throws {
        let checker = try #require(ModelSchemaChecker(model: "orders_2026-01-01.json"))
        let bad = #"{"orders":[{"orderId":"1","createdTime":"x","lastUpdatedTime":"x","salesChannel":{},"orderItems":[{"orderItemId":"1","quantityOrdered":"2","product":{}}],"bogus":1,"fulfillment":{"fulfillmentStatus":"FRAUD"}}]}"#
        let problems = try checker.violations(of: Data(bad.utf8), against: "SearchOrdersResponse")
        #expect(problems.contains { $0.contains("unknown property bogus") })
        #expect(problems.contains { $0.contains("required channelName") })
        #expect(problems.contains { $0.contains("FRAUD") })
        #expect(problems.contains { $0.contains("quantityOrdered: expected an integer") })
    }

    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func feedAnswersValidateAgainstTheFeedsModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "feeds_2021-06-30.json"))
        let fixture = try SimulatorFixture()
        let created = try await fixture.send("POST", "/feeds/2021-06-30/documents", json: #"{"contentType":"text/xml"}"#)
        #expect(try checker.violations(of: created.body, against: "CreateFeedDocumentResponse") == [])
        let document = try JSONDecoder().decode(CreateFeedDocumentResponse.self, from: created.body)
        let spec = #"{"feedType":"POST_ORDER_ACKNOWLEDGEMENT_DATA","marketplaceIds":["A1PA6795UKMFR9"],"inputFeedDocumentId":"\#(document.feedDocumentId)"}"#
        let feed = try await fixture.send("POST", "/feeds/2021-06-30/feeds", json: spec)
        #expect(try checker.violations(of: feed.body, against: "CreateFeedResponse") == [])
        fixture.clock.advance(seconds: 200)
        let id = try JSONDecoder().decode(CreateFeedResponse.self, from: feed.body).feedId
        let done = try await fixture.get("/feeds/2021-06-30/feeds/\(id)")
        #expect(try checker.violations(of: done.body, against: "Feed") == [])
        #expect(try JSONDecoder().decode(Feed.self, from: done.body).processingStatus == "FATAL")   // nothing was uploaded
        let list = try await fixture.get("/feeds/2021-06-30/feeds", [("feedTypes", "POST_ORDER_ACKNOWLEDGEMENT_DATA")])
        #expect(try checker.violations(of: list.body, against: "GetFeedsResponse") == [])
    }
}
