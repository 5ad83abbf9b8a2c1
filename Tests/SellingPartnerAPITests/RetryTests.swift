import Foundation
import Testing
@testable import SellingPartnerAPI

@Suite struct RetryTests {
    let query = SearchOrdersQuery(createdAfter: Fixture.since)
    let quotaExceeded = ScriptedTransport.Step.json(#"{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}"#, status: 429)

    /// The delays a client with `policy` draws for its first retries, replayed from the same seed.
    func expectedDelays(_ policy: BackoffPolicy, count: Int) -> [Double] {
        var random = SeededRandom(seed: policy.seed!)
        return (0..<count).map { policy.delay(retry: $0, unit: Double.random(in: 0..<1, using: &random)) }
    }

    @Test func throttledTwiceThenSucceedsAfterGrowingSleeps() async throws {
        let policy = BackoffPolicy(seed: 7)
        let (client, transport, clock) = makeClient([quotaExceeded, quotaExceeded, .json(Fixture.page(["1"]))], rateLimits: .unlimited, backoff: policy)
        let page = try await client.searchOrders(query)
        #expect(page.orders.count == 1)
        #expect(transport.requests.count == 3)
        let gaps = transport.gaps
        let expected = expectedDelays(policy, count: 2)
        #expect(zip(gaps, expected).allSatisfy { abs($0 - $1) < 1e-5 })
        // Full jitter under a ceiling that doubles: 1 s, then 2 s; with this seed the draws grow too.
        #expect(policy.ceiling(retry: 0) == 1 && policy.ceiling(retry: 1) == 2)
        #expect(gaps[0] > 0 && gaps[0] <= 1 && gaps[1] <= 2)
        #expect(gaps[1] > gaps[0])
        #expect(abs(clock.totalSlept - gaps.reduce(0, +)) < 1e-5)
        let stats = client.statistics
        #expect(stats.throttled == 2 && stats.retries == 2 && stats.requests[.searchOrders] == 3)
    }

    @Test func ceilingsDoubleUpToTheCapAndNoDelayIsZero() {
        let policy = BackoffPolicy(base: 1, cap: 60)
        #expect((0..<8).map { policy.ceiling(retry: $0) } == [1, 2, 4, 8, 16, 32, 60, 60])
        #expect(policy.delay(retry: 3, unit: 0) == policy.minimumDelay)
        #expect(policy.minimumDelay > 0)
    }

    @Test func serverErrorsForeverGiveUpAfterMaxAttempts() async throws {
        let (client, transport, _) = makeClient([.status(500)], rateLimits: .unlimited)
        await #expect(throws: SPAPIError.serverUnavailable(operation: .searchOrders, status: 500, attempts: 8)) {
            _ = try await client.searchOrders(query)
        }
        #expect(transport.requests.count == 8)
        #expect(transport.gaps.allSatisfy { $0 > 0 }) // never a hot loop
        #expect(client.statistics.retries == 7)
    }

    @Test func throttledForeverGivesUp() async throws {
        let (client, transport, _) = makeClient([quotaExceeded], backoff: BackoffPolicy(maxAttempts: 3, seed: 1))
        await #expect(throws: SPAPIError.throttled(operation: .getOrder, attempts: 3)) {
            _ = try await client.getOrder(orderId: "1")
        }
        #expect(transport.requests.count == 3)
        #expect(client.statistics.throttled == 3)
    }

    @Test func aRefusalIsNotRetried() async throws {
        let (client, transport, clock) = makeClient([.json(#"{"errors":[{"code":"InvalidInput","message":"Invalid Input","details":"createdAfter"}]}"#, status: 400)])
        await #expect(throws: SPAPIError.rejected(status: 400, errors: [SPAPIErrorItem(code: "InvalidInput", message: "Invalid Input", details: "createdAfter")])) {
            _ = try await client.searchOrders(query)
        }
        #expect(transport.requests.count == 1)
        #expect(clock.totalSlept == 0)
    }

    @Test func aRefusalWithoutAnErrorListStillSaysWhat() async throws {
        let (client, _, _) = makeClient([.json("Forbidden", status: 403)])
        do {
            _ = try await client.getOrder(orderId: "1")
            Issue.record("expected a refusal")
        } catch let error as SPAPIError {
            #expect(error == .rejected(status: 403, errors: [SPAPIErrorItem(code: "HTTP 403", message: "Forbidden")]))
            #expect(error.description.contains("Amazon refused the request (HTTP 403)"))
        }
    }

    @Test func transportFailuresAreRetried() async throws {
        let (client, transport, _) = makeClient([.fail(.cannotConnect("refused")), .fail(.timedOut), .json(Fixture.page([]))])
        _ = try await client.searchOrders(query)
        #expect(transport.requests.count == 3)
        #expect(transport.gaps.allSatisfy { $0 > 0 })
    }

    @Test func transportFailuresForeverGiveUp() async throws {
        let (client, _, _) = makeClient([.fail(.timedOut)], backoff: BackoffPolicy(maxAttempts: 4, seed: 1))
        await #expect(throws: SPAPIError.transportFailed(operation: .searchOrders, detail: "no answer in time", attempts: 4)) {
            _ = try await client.searchOrders(query)
        }
    }

    // A truncated page may come whole the next time: reads are asked again, a few times only.
    @Test func aTruncatedPageIsAskedAgain() async throws {
        let page = Fixture.page(["1"])
        let (client, transport, _) = makeClient([.json(String(page.prefix(30))), .json(page)])
        #expect(try await client.searchOrders(query).orders.count == 1)
        #expect(transport.requests.count == 2)
    }

    @Test func aPageMalformedForeverThrowsAfterTheMalformedRetries() async throws {
        let (client, transport, _) = makeClient([.json(#"{"orders":[{"orderId":1}]}"#)])
        await #expect {
            _ = try await client.searchOrders(query)
        } throws: { error in
            guard case .malformedResponse(.searchOrders, let detail)? = error as? SPAPIError else { return false }
            return detail.contains("orders[0]")
        }
        #expect(transport.requests.count == 1 + BackoffPolicy.standard.malformedRetries)
    }

    @Test func aWriteWithAnUnreadableAnswerIsNotResent() async throws {
        let (client, transport, _) = makeClient([.json(#"{"sku":"A","#)])
        await #expect(throws: SPAPIError.self) {
            _ = try await client.patchListingsItem(sellerId: "S", sku: "A", marketplaceIds: ["M"], body: .fulfillmentAvailability(quantity: 1, handlingDays: nil), idempotencyKey: "k")
        }
        #expect(transport.requests.count == 1)
    }

    // Amazon does not de-duplicate feeds: a refund feed sent twice is two refunds.
    @Test func aFeedWhoseFateIsUnknownIsNeverResent() async throws {
        let spec = CreateFeedSpecification(feedType: FeedType.paymentAdjustment.rawValue, marketplaceIds: ["M"], inputFeedDocumentId: "d")
        for step in [ScriptedTransport.Step.status(500), .status(503), .fail(.timedOut), .fail(.connectionLost("reset"))] {
            let (client, transport, _) = makeClient([step, .json(#"{"feedId":"f"}"#, status: 202)])
            await #expect {
                _ = try await client.createFeed(spec, idempotencyKey: "refund-1")
            } throws: { error in
                guard case .outcomeUnknown(.createFeed, _)? = error as? SPAPIError else { return false }
                return true
            }
            #expect(transport.requests.count == 1)
        }
        // A 429 or a refused connection means it was not taken: those are retried.
        for step in [quotaExceeded, .fail(.cannotConnect("refused"))] {
            let (client, transport, _) = makeClient([step, .json(#"{"feedId":"f"}"#, status: 202)])
            #expect(try await client.createFeed(spec, idempotencyKey: "refund-1").feedId == "f")
            #expect(transport.requests.count == 2)
        }
    }

    @Test func everyErrorSpeaksToTheMerchant() {
        let errors: [SPAPIError] = [
            .invalidQuery("give either createdAfter or lastUpdatedAfter"),
            .throttled(operation: .searchOrders, attempts: 8),
            .serverUnavailable(operation: .getOrder, status: 503, attempts: 8),
            .transportFailed(operation: .getFeed, detail: "no answer in time", attempts: 8),
            .outcomeUnknown(operation: .createFeed, detail: "HTTP 500"),
            .malformedResponse(operation: .searchOrders, detail: "orders[0].orderId: expected String"),
            .unsupportedCompression("GZIP"),
        ]
        for error in errors {
            #expect(error.description.count > 20)
            #expect(!error.description.contains("SPAPIError"))
        }
    }
}
