import Foundation
import Testing
@testable import SellingPartnerAPI

@Suite struct RateLimitTests {
    let query = SearchOrdersQuery(createdAfter: Fixture.since)

    @Test func the21stSearchWaitsForATokenOnTheClock() async throws {
        let (client, transport, clock) = makeClient([.json(Fixture.page([]))])
        for _ in 1...20 { _ = try await client.searchOrders(query) }
        #expect(clock.totalSlept == 0) // the burst of 20
        _ = try await client.searchOrders(query)
        // 1 / 0.0056 per second ≈ 178.6 s until the next token.
        #expect(abs(clock.totalSlept - 1 / 0.0056) < 0.01)
        #expect(abs(transport.sent[20].at.timeIntervalSince(Fixture.start) - 1 / 0.0056) < 0.01)
        #expect(client.statistics.requests[.searchOrders] == 21)
        #expect(abs(client.statistics.totalSlept - clock.totalSlept) < 1e-9)
    }

    @Test func operationsHaveTheirOwnBuckets() async throws {
        let (client, _, clock) = makeClient([.json(#"{"order":\#(Fixture.order("1"))}"#)])
        for _ in 1...30 { _ = try await client.getOrder(orderId: "1") }
        #expect(clock.totalSlept == 0)
        _ = try await client.getOrder(orderId: "1")
        #expect(abs(clock.totalSlept - 2) < 1e-6) // 0.5 per second
    }

    @Test func aServerRateHeaderIsAdopted() async throws {
        let (client, _, clock) = makeClient([.json(Fixture.page([]), headers: ["X-Amzn-RateLimit-Limit": "1.0"])])
        for _ in 1...21 { _ = try await client.searchOrders(query) }
        #expect(abs(clock.totalSlept - 1) < 1e-6)
    }

    @Test func unlimitedNeverWaits() async throws {
        let (client, _, clock) = makeClient([.json(Fixture.page([]), headers: ["x-amzn-RateLimit-Limit": "0.0001"])], rateLimits: .unlimited)
        for _ in 1...50 { _ = try await client.searchOrders(query) }
        #expect(clock.totalSlept == 0)
    }

    @Test func aThrottledAnswerEmptiesTheBucket() async throws {
        let (client, transport, _) = makeClient([.json(#"{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota"}]}"#, status: 429),
                                                 .json(#"{"order":\#(Fixture.order("1"))}"#)])
        _ = try await client.getOrder(orderId: "1")
        // The retry waits for a real token (2 s at 0.5/s), not just the back-off (at most 1 s).
        #expect(abs(transport.gaps[0] - 2) < 1e-6)
    }

    @Test func theBucketRefillsOverTime() {
        var bucket = TokenBucket(RateLimit(rate: 2, burst: 2))
        #expect(bucket.take(at: Fixture.start) == 0)
        #expect(bucket.take(at: Fixture.start) == 0)
        #expect(bucket.take(at: Fixture.start) == 0.5)
        #expect(bucket.take(at: Fixture.start.addingTimeInterval(0.5)) == 0)
        // Never more than the burst, however long it rested.
        let later = Fixture.start.addingTimeInterval(3600)
        #expect(bucket.take(at: later) == 0)
        #expect(bucket.take(at: later) == 0)
        #expect(bucket.take(at: later) > 0)
    }
}
