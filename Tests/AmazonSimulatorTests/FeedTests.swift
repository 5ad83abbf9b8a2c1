import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct FeedTests {
    /// The whole flow: document, upload, createFeed, poll until DONE, read the report.
    func submit(_ fixture: SimulatorFixture, type: FeedType, xml: String, key: String? = nil) async throws -> ProcessingReport {
        let created = try await fixture.send("POST", "/feeds/2021-06-30/documents", json: #"{"contentType":"text/xml; charset=UTF-8"}"#)
        #expect(created.status == 201)
        let document = try JSONDecoder().decode(CreateFeedDocumentResponse.self, from: created.body)
        #expect(document.url.hasPrefix("http://localhost/sim-documents/"))
        let upload = try await fixture.simulator.send(HTTPRequest(method: "PUT", path: document.url, body: Data(xml.utf8)))
        #expect(upload.status == 200)
        let spec = try JSONEncoder().encode(CreateFeedSpecification(feedType: type.rawValue, marketplaceIds: ["A1PA6795UKMFR9"], inputFeedDocumentId: document.feedDocumentId))
        let feedAnswer = try await fixture.send("POST", "/feeds/2021-06-30/feeds", json: String(decoding: spec, as: UTF8.self),
                                                headers: key.map { ["Idempotency-Key": $0] } ?? [:])
        #expect(feedAnswer.status == 202)
        let feedId = try JSONDecoder().decode(CreateFeedResponse.self, from: feedAnswer.body).feedId
        var feed = try JSONDecoder().decode(Feed.self, from: try await fixture.get("/feeds/2021-06-30/feeds/\(feedId)").body)
        #expect(feed.processingStatus == "IN_QUEUE")
        fixture.clock.advance(seconds: 45)
        feed = try JSONDecoder().decode(Feed.self, from: try await fixture.get("/feeds/2021-06-30/feeds/\(feedId)").body)
        #expect(feed.processingStatus == "IN_PROGRESS")
        fixture.clock.advance(seconds: 90)
        feed = try JSONDecoder().decode(Feed.self, from: try await fixture.get("/feeds/2021-06-30/feeds/\(feedId)").body)
        #expect(feed.processingStatus == "DONE")
        let resultId = try #require(feed.resultFeedDocumentId)
        let located = try JSONDecoder().decode(FeedDocument.self, from: try await fixture.get("/feeds/2021-06-30/documents/\(resultId)").body)
        let report = try await fixture.simulator.send(HTTPRequest(method: "GET", path: located.url))
        return try ProcessingReport.parse(report.body)
    }

    @Test func anAcknowledgementFeedIsAppliedAndReported() async throws {
        // R6: acknowledgements are recorded and counted, so a test can prove "exactly once".
        let fixture = try SimulatorFixture()
        let keep = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let cancel = try fixture.simulator.placeOrder(sku: "BECHER-THAI", quantity: 2)
        let cancelItem = try await fixture.order(cancel).orderItems[0].orderItemId
        let feed = OrderAcknowledgementFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [
            .init(messageId: 1, amazonOrderId: keep, merchantOrderId: "1001", statusCode: .success),
            .init(messageId: 2, amazonOrderId: cancel, statusCode: .failure, items: [.init(amazonOrderItemCode: cancelItem, cancelReason: "NoInventory")]),
            .init(messageId: 3, amazonOrderId: "999-9999999-9999999", statusCode: .success),
        ])
        let report = try await submit(fixture, type: .orderAcknowledgement, xml: feed.xml(), key: "ack-1")
        #expect(report.messagesProcessed == 3)
        #expect(report.messagesSuccessful == 2)
        #expect(report.messagesWithError == 1)
        #expect(report.result(forMessage: 3)?.amazonOrderId == "999-9999999-9999999")
        let kept = try fixture.simulator.orderView(orderId: keep)
        #expect(kept.acknowledgements == 1)
        #expect(kept.idempotencyKeyArrivals == ["ack-1": 1])
        let cancelled = try fixture.simulator.orderView(orderId: cancel)
        #expect(cancelled.status == "CANCELLED")   // R17: nothing shipped, so the cancel is applied
        #expect(cancelled.cancelReason == "NoInventory")
    }

    @Test func aFailureAfterShipmentIsAnError() async throws {
        // R19: after shipment there is no cancel.
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let order = try await fixture.order(id)
        let ship = """
        {"marketplaceId":"A1PA6795UKMFR9","packageDetail":{"packageReferenceId":"1","carrierCode":"DHL","trackingNumber":"00340433836442636597",
        "shipDate":"2026-09-21T10:00:00Z","orderItems":[{"orderItemId":"\(order.orderItems[0].orderItemId)","quantity":1}]}}
        """
        #expect(try await fixture.send("POST", "/orders/v0/orders/\(id)/shipmentConfirmation", json: ship).status == 204)
        let feed = OrderAcknowledgementFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [.init(messageId: 1, amazonOrderId: id, statusCode: .failure)])
        let report = try await submit(fixture, type: .orderAcknowledgement, xml: feed.xml())
        #expect(report.messagesWithError == 1)
        #expect(try fixture.simulator.orderView(orderId: id).status == "SHIPPED")
    }

    @Test func refundsAboveTheRefundableAreRefused() async throws {
        // R22: never above what is still refundable; R21: already refunded on Amazon leaves less.
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "KANNE-GUSS-1L")   // 49.99 EUR
        let item = try await fixture.order(id).orderItems[0].orderItemId
        try fixture.simulator.refundOnAmazon(orderId: id, amount: "40.00")   // R23: made in Seller Central
        #expect(throws: SimulatorError.refundTooLarge(id, requested: "10.00 EUR", refundable: "9.99 EUR")) {
            try fixture.simulator.refundOnAmazon(orderId: id, amount: "10.00")
        }
        func adjustment(_ amount: String) -> String {
            OrderAdjustmentFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [.init(messageId: 1, amazonOrderId: id, items: [
                .init(amazonOrderItemCode: item, adjustmentReason: "CustomerReturn", components: [.init(type: "Principal", amount: amount, currency: "EUR")]),
            ])]).xml()
        }
        let refused = try await submit(fixture, type: .paymentAdjustment, xml: adjustment("10.00"))
        #expect(refused.messagesWithError == 1)
        #expect(refused.results.first?.resultDescription.contains("9.99 EUR") == true)
        let accepted = try await submit(fixture, type: .paymentAdjustment, xml: adjustment("9.99"), key: "refund-1")
        #expect(accepted.messagesSuccessful == 1)
        let view = try fixture.simulator.orderView(orderId: id)
        #expect(view.refundable == "0.00")
        #expect(view.refunds.map(\.source) == ["sellerCentral", "feed"])
        #expect(view.idempotencyKeyArrivals["refund-1"] == 1)
        let pending = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true)
        #expect(throws: SimulatorError.self) { try fixture.simulator.refundOnAmazon(orderId: pending, amount: "1.00") }
    }

    @Test func getFeedsListsWhatWasCreated() async throws {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let xml = OrderAcknowledgementFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [.init(messageId: 1, amazonOrderId: id, statusCode: .success)]).xml()
        _ = try await submit(fixture, type: .orderAcknowledgement, xml: xml, key: "same")
        _ = try await submit(fixture, type: .orderAcknowledgement, xml: xml, key: "same")
        // Amazon does not de-duplicate feeds: the same document twice is applied twice.
        let view = try fixture.simulator.orderView(orderId: id)
        #expect(view.acknowledgements == 2)
        #expect(view.idempotencyKeyArrivals == ["same": 2])
        let list = try await fixture.get("/feeds/2021-06-30/feeds", [("feedTypes", "POST_ORDER_ACKNOWLEDGEMENT_DATA"), ("pageSize", "1")])
        let page = try JSONDecoder().decode(GetFeedsResponse.self, from: list.body)
        #expect(page.feeds.count == 1)
        let next = try await fixture.get("/feeds/2021-06-30/feeds", [("nextToken", try #require(page.nextToken))])
        #expect(try JSONDecoder().decode(GetFeedsResponse.self, from: next.body).feeds.count == 1)
    }
}
