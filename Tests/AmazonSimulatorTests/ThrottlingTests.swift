import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct ThrottlingTests {
    let query = [("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9")]

    @Test func anEmptyBucketAnswers429AndRefillsWithTime() async throws {
        // R3: the simulator enforces the documented rates, so the client must back off.
        let fixture = try SimulatorFixture(throttling: true)
        for _ in 0..<20 {
            let response = try await fixture.get("/orders/2026-01-01/orders", query)
            #expect(response.status == 200)
            #expect(response.headers["x-amzn-RateLimit-Limit"] == "0.0056")
        }
        let throttled = try await fixture.get("/orders/2026-01-01/orders", query)
        #expect(throttled.status == 429)
        #expect(throttled.headers["Retry-After"] == nil)
        let errors = try JSONDecoder().decode(SPAPIErrorList.self, from: throttled.body)
        #expect(errors.errors == [SPAPIErrorItem(code: "QuotaExceeded", message: "You exceeded your quota for the requested resource.")])
        #expect(try fixture.simulator.statistics().throttled == 1)
        // 0.0056 per second: one token after 1/0.0056 ≈ 179 s.
        try await fixture.clock.sleep(seconds: 180)
        #expect(try await fixture.get("/orders/2026-01-01/orders", query).status == 200)
        #expect(try await fixture.get("/orders/2026-01-01/orders", query).status == 429)
        #expect(try fixture.simulator.statistics().throttledByOperation["searchOrders"] == 2)
    }

    @Test func bucketsArePersistedAcrossReopening() async throws {
        let fixture = try SimulatorFixture(throttling: true)
        for _ in 0..<20 { _ = try await fixture.get("/orders/2026-01-01/orders", query) }
        let reopened = try AmazonSimulator.open(at: fixture.simulator.path, clock: fixture.clock)
        let response = try await reopened.send(HTTPRequest(method: "GET", path: "/orders/2026-01-01/orders", query: query))
        #expect(response.status == 429)
    }

    @Test func throttlingOffNever429s() async throws {
        let fixture = try SimulatorFixture(throttling: false)
        for _ in 0..<200 { #expect(try await fixture.get("/orders/2026-01-01/orders", query).status == 200) }
        #expect(try fixture.simulator.statistics().throttled == 0)
    }
}
