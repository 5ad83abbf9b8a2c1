import Foundation
import Testing
@testable import SellingPartnerAPI

@Suite struct RequestTests {
    let secret = "Atza|IwEBIsecret-token-123"

    @Test func theAccessTokenIsSentAndNeverPrinted() async throws {
        let (client, transport, _) = makeClient([.json(Fixture.page([]))], accessToken: AccessToken(secret))
        _ = try await client.searchOrders(SearchOrdersQuery(createdAfter: Fixture.since))
        let headers = transport.requests[0].headers
        #expect(headers["x-amz-access-token"] == secret)
        #expect(headers["user-agent"] == "merchant/0.1 (Language=Swift)")
        #expect(headers["accept"] == "application/json")
        #expect(headers["content-type"] == nil)

        var dumped = ""
        dump(client, to: &dumped)
        var dumpedToken = ""
        dump(AccessToken(secret), to: &dumpedToken)
        struct Settings { var endpoint = "http://127.0.0.1"; var token: AccessToken }
        var dumpedSettings = ""
        dump(Settings(token: AccessToken(secret)), to: &dumpedSettings)
        let printed = [
            String(describing: client), String(reflecting: client), "\(client)", dumped,
            String(describing: AccessToken(secret)), String(reflecting: AccessToken(secret)), dumpedToken,
            String(describing: Settings(token: AccessToken(secret))), dumpedSettings,
        ]
        for text in printed {
            #expect(!text.contains("secret-token"), "\(text)")
        }
        #expect(String(describing: client).contains("<redacted>"))
    }

    @Test func mutatingCallsCarryJSONAndTheIdempotencyKey() async throws {
        let (client, transport, _) = makeClient([.status(204)], accessToken: AccessToken(secret))
        let body = ConfirmShipmentRequest(marketplaceId: "A1PA6795UKMFR9", packageDetail: PackageDetail(
            packageReferenceId: "1", carrierCode: "DHL", trackingNumber: "00340433836442636597",
            shipDate: "2026-03-01T10:00:00Z", orderItems: [ConfirmShipmentOrderItem(orderItemId: "111", quantity: 2)]
        ))
        try await client.confirmShipment(orderId: "028-1234567-1234567", body: body, idempotencyKey: "ship-42")
        let request = transport.requests[0]
        #expect(request.method == "POST")
        #expect(request.path == "/orders/v0/orders/028-1234567-1234567/shipmentConfirmation")
        #expect(request.headers["Idempotency-Key"] == "ship-42")
        #expect(request.headers["content-type"] == "application/json")
        let sent = try JSONDecoder().decode(ConfirmShipmentRequest.self, from: try #require(request.body))
        #expect(sent == body)
        // Optional fields left out are absent, not null.
        #expect(!String(decoding: request.body!, as: UTF8.self).contains("carrierName"))
    }

    @Test func skusArePercentEncodedInThePath() async throws {
        let (client, transport, _) = makeClient([.json(#"{"sku":"AB/12 #ü","status":"ACCEPTED","submissionId":"s1","issues":[]}"#)])
        let answer = try await client.patchListingsItem(
            sellerId: "A2SELLER", sku: "AB/12 #ü", marketplaceIds: ["A1PA6795UKMFR9", "A1F83G8C2ARO7P"],
            body: .fulfillmentAvailability(quantity: 3, handlingDays: 2), idempotencyKey: "q-1"
        )
        #expect(answer.status == "ACCEPTED")
        let request = transport.requests[0]
        #expect(request.method == "PATCH")
        #expect(request.path == "/listings/2021-08-01/items/A2SELLER/AB%2F12%20%23%C3%BC")
        #expect(request.queryValue("marketplaceIds") == "A1PA6795UKMFR9,A1F83G8C2ARO7P")
        #expect(request.headers["Idempotency-Key"] == "q-1")
    }

    @Test func feedFlowRequests() async throws {
        let (client, transport, _) = makeClient([
            .json(#"{"feedDocumentId":"doc-1","url":"https://storage.example/doc-1?sig=abc"}"#, status: 201),
            .status(200),
            .json(#"{"feedId":"f-1"}"#, status: 202),
            .json(#"{"feedId":"f-1","feedType":"POST_ORDER_ACKNOWLEDGEMENT_DATA","createdTime":"2026-01-05T10:00:00Z","processingStatus":"DONE","resultFeedDocumentId":"rep-1"}"#),
            .json(#"{"feeds":[]}"#),
            .json(#"{"feedDocumentId":"rep-1","url":"https://storage.example/rep-1"}"#),
            .respond(HTTPResponse(status: 200, body: Data("<report/>".utf8))),
        ], accessToken: AccessToken(secret))
        let doc = try await client.createFeedDocument(contentType: "text/xml; charset=UTF-8")
        try await client.uploadFeedDocument(url: doc.url, content: Data("<xml/>".utf8), contentType: "text/xml; charset=UTF-8")
        let feed = try await client.createFeed(
            CreateFeedSpecification(feedType: FeedType.orderAcknowledgement.rawValue, marketplaceIds: ["M"], inputFeedDocumentId: doc.feedDocumentId),
            idempotencyKey: "ack-7"
        )
        let status = try await client.getFeed(feedId: feed.feedId)
        _ = try await client.getFeeds(feedTypes: ["POST_ORDER_ACKNOWLEDGEMENT_DATA", "POST_PAYMENT_ADJUSTMENT_DATA"], createdSince: Fixture.since, processingStatuses: ["DONE"])
        let report = try await client.getFeedDocument(feedDocumentId: try #require(status.resultFeedDocumentId))
        let data = try await client.downloadFeedDocument(url: report.url, compressionAlgorithm: report.compressionAlgorithm)

        #expect(String(decoding: data, as: UTF8.self) == "<report/>")
        let r = transport.requests
        #expect(r.map(\.method) == ["POST", "PUT", "POST", "GET", "GET", "GET", "GET"])
        #expect(r.map(\.path) == [
            "/feeds/2021-06-30/documents", "https://storage.example/doc-1?sig=abc", "/feeds/2021-06-30/feeds",
            "/feeds/2021-06-30/feeds/f-1", "/feeds/2021-06-30/feeds", "/feeds/2021-06-30/documents/rep-1",
            "https://storage.example/rep-1",
        ])
        // The pre-signed storage URLs never see the token.
        #expect(r[1].headers["x-amz-access-token"] == nil && r[6].headers["x-amz-access-token"] == nil)
        #expect(r[1].headers["content-type"] == "text/xml; charset=UTF-8")
        #expect(r[2].headers["Idempotency-Key"] == "ack-7")
        #expect(r[4].queryValue("feedTypes") == "POST_ORDER_ACKNOWLEDGEMENT_DATA,POST_PAYMENT_ADJUSTMENT_DATA")
        #expect(r[4].queryValue("processingStatuses") == "DONE")
        #expect(r[4].queryValue("createdSince") == "2026-09-10T00:26:40Z")
    }

    @Test func aGzipDocumentIsRefusedClearly() async throws {
        let (client, transport, _) = makeClient([.status(200)])
        await #expect(throws: SPAPIError.unsupportedCompression("GZIP")) {
            _ = try await client.downloadFeedDocument(url: "https://storage.example/r", compressionAlgorithm: "GZIP")
        }
        #expect(transport.requests.isEmpty)
    }
}
