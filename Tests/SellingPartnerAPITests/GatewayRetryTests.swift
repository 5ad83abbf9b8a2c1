import Foundation
import Testing
@testable import SellingPartnerAPI

/// 502 Bad Gateway and 504 Gateway Timeout are passing trouble at Amazon's gateway: retried with the same
/// back-off as 500/503, never resent where a second arrival could double the action (R29).
@Suite struct GatewayRetryTests {
    let query = SearchOrdersQuery(createdAfter: Fixture.since)
    static let badGatewayPage = ScriptedTransport.Step.json("<html><body><h1>502 Bad Gateway</h1></body></html>", status: 502)
    static let gatewayTimeout = ScriptedTransport.Step.json(#"{"message":"Endpoint request timed out"}"#, status: 504)

    @Test func everyStatusIsClassifiedForRetry() {
        for status in [200, 201, 202, 204] { #expect(ResponseClass(status: status) == .success, "\(status)") }
        #expect(ResponseClass(status: 429) == .throttled)
        for status in [500, 502, 503, 504] { #expect(ResponseClass(status: status) == .serverTrouble, "\(status)") }
        // Refusals and statuses no retry can mend.
        for status in [301, 400, 401, 403, 404, 409, 413, 415, 422, 501, 505, 511] {
            #expect(ResponseClass(status: status) == .refused, "\(status)")
        }
    }

    @Test func gatewayErrorsAreRetriedWithTheSameBackoffAsServerErrors() async throws {
        let policy = BackoffPolicy(seed: 3)
        let (client, transport, _) = makeClient([Self.badGatewayPage, Self.gatewayTimeout, .json(Fixture.page(["1"]))],
                                                rateLimits: .unlimited, backoff: policy)
        #expect(try await client.searchOrders(query).orders.map(\.orderId) == ["1"])
        #expect(transport.requests.count == 3)
        // The same draws a 500 and a 503 would have waited: full jitter under 1 s, then 2 s, never zero.
        let (reference, referenceTransport, _) = makeClient([.status(500), .status(503), .json(Fixture.page(["1"]))],
                                                            rateLimits: .unlimited, backoff: policy)
        _ = try await reference.searchOrders(query)
        #expect(transport.gaps.count == 2)
        #expect(zip(transport.gaps, referenceTransport.gaps).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(transport.gaps.allSatisfy { $0 >= policy.minimumDelay })
        #expect(client.statistics.retries == 2)
    }

    @Test(arguments: [502, 504])
    func gatewayErrorsForeverGiveUpAfterMaxAttempts(status: Int) async throws {
        let (client, transport, _) = makeClient([.status(status)], rateLimits: .unlimited, backoff: BackoffPolicy(maxAttempts: 5, seed: 1))
        await #expect(throws: SPAPIError.serverUnavailable(operation: .getOrder, status: status, attempts: 5)) {
            _ = try await client.getOrder(orderId: "1")
        }
        #expect(transport.requests.count == 5)
        #expect(transport.gaps.allSatisfy { $0 > 0 })  // never a hot loop (R3)
    }

    // A 504 usually means the gateway gave up while the service went on: the feed may exist. Amazon does not
    // de-duplicate feeds, so it is not sent again (R29); the caller checks Amazon's list first.
    @Test func aFeedAnsweredByABadGatewayOrAGatewayTimeoutIsNeverResent() async throws {
        let spec = CreateFeedSpecification(feedType: FeedType.paymentAdjustment.rawValue, marketplaceIds: ["M"], inputFeedDocumentId: "d")
        for (step, status) in [(Self.badGatewayPage, 502), (Self.gatewayTimeout, 504)] {
            let (client, transport, _) = makeClient([step, .json(#"{"feedId":"f"}"#, status: 202)])
            await #expect(throws: SPAPIError.outcomeUnknown(operation: .createFeed, detail: "HTTP \(status)")) {
                _ = try await client.createFeed(spec, idempotencyKey: "refund-1")
            }
            #expect(transport.requests.count == 1)
        }
    }

    // Writes Amazon applies once however often they arrive are retried: confirmShipment by its
    // idempotency key, createFulfillmentOrder by its sellerFulfillmentOrderId (R29).
    @Test func writesThatAmazonAppliesOnceAreRetriedUnchanged() async throws {
        let (client, transport, _) = makeClient([Self.gatewayTimeout, Self.badGatewayPage, .status(204)], rateLimits: .unlimited)
        let body = ConfirmShipmentRequest(
            marketplaceId: "M",
            packageDetail: PackageDetail(packageReferenceId: "1", carrierCode: "UPS", trackingNumber: "1Z5R89390357567127",
                                         shipDate: "2026-01-05T10:00:00Z", orderItems: [ConfirmShipmentOrderItem(orderItemId: "i1", quantity: 1)]))
        try await client.confirmShipment(orderId: "028-1", body: body, idempotencyKey: "ship-1")
        #expect(transport.requests.count == 3)
        #expect(transport.requests.map { $0.headers["Idempotency-Key"] } == Array(repeating: "ship-1", count: 3))
        #expect(Set(transport.requests.compactMap(\.body)).count == 1)
    }
}
