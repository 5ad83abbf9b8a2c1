import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// The simulator's gateway faults: 502 Bad Gateway and 504 Gateway Timeout, placed like its 500/503.
@Suite struct GatewayFaultTests {
    @Test func theKnobsAndTheGatewayProfileAreRead() throws {
        let custom = try FaultProfile.parse("none,502=0.2,504=0.1,seed=4")
        #expect(custom.badGateway == 0.2 && custom.gatewayTimeout == 0.1 && custom.seed == 4 && custom.isActive)
        #expect(custom.description.contains("502=0.2") && custom.description.contains("504=0.1"))
        let gateway = try #require(FaultProfile.named("Gateway"))
        #expect(gateway.badGateway > 0 && gateway.gatewayTimeout > 0)
        #expect(gateway.serverError == 0 && gateway.timeout == 0 && gateway.repeatPage == 0)
        // The mixed profiles have them too, so every convergence run meets them.
        #expect(FaultProfile.flaky.badGateway > 0 && FaultProfile.hostile.gatewayTimeout > 0)
    }

    @Test func aProfileKeptBeforeGatewayFaultsExistedStillReads() throws {
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FaultProfile.hostile)) as! [String: Any]
        json.removeValue(forKey: "badGateway")
        json.removeValue(forKey: "gatewayTimeout")
        let old = try JSONDecoder().decode(FaultProfile.self, from: JSONSerialization.data(withJSONObject: json))
        var expected = FaultProfile.hostile
        expected.badGateway = 0
        expected.gatewayTimeout = 0
        #expect(old == expected)
    }

    @Test func readsAreAnsweredByTheGatewayBeforeOrAfterTheyRan() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(FaultProfile(badGateway: 1))
        for _ in 0..<12 {
            let answer = try await fixture.get("/orders/2026-01-01/orders", [("lastUpdatedAfter", "2000-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9")])
            #expect(answer.status == 502)
            #expect(String(decoding: answer.body, as: UTF8.self).contains("Bad Gateway"))
        }
        try fixture.simulator.setFaults(FaultProfile(gatewayTimeout: 1))
        let answer = try await fixture.get("/orders/2026-01-01/orders/none")
        #expect(answer.status == 504)
        let counts = try fixture.simulator.faultCounts()
        #expect(counts[.badGatewayBefore, default: 0] + counts[.badGatewayAfter, default: 0] == 12)
        #expect(counts[.badGatewayBefore, default: 0] > 0 && counts[.badGatewayAfter, default: 0] > 0)
        #expect(counts[.gatewayTimeoutBefore, default: 0] + counts[.gatewayTimeoutAfter, default: 0] == 1)
    }

    // R29: a createFeed answered 502/504 was never received, as with 500/503: Amazon does not de-duplicate
    // feeds, so the simulator must not hide an applied feed behind a gateway error.
    @Test func aFeedIsNeverCreatedBehindAGatewayError() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(FaultProfile(badGateway: 0.5, gatewayTimeout: 0.5))
        var statuses: [Int] = []
        for n in 0..<16 {
            let answer = try await fixture.send(
                "POST", "/feeds/2021-06-30/feeds",
                json: #"{"feedType":"POST_ORDER_ACKNOWLEDGEMENT_DATA","marketplaceIds":["A1PA6795UKMFR9"],"inputFeedDocumentId":"doc-\#(n)"}"#,
                headers: ["Idempotency-Key": "feed-\(n)"])
            statuses.append(answer.status)
        }
        let counts = try fixture.simulator.faultCounts()
        #expect(counts[.badGatewayAfter] == nil && counts[.gatewayTimeoutAfter] == nil)
        let gatewayErrors = statuses.filter { $0 == 502 || $0 == 504 }.count
        #expect(gatewayErrors == counts[.badGatewayBefore, default: 0] + counts[.gatewayTimeoutBefore, default: 0])
        #expect(gatewayErrors > 0)
        // A request stopped at the gateway never reached the feed table.
        let created = try fixture.simulator.feedStatusesByKey()
        #expect(created.count + gatewayErrors <= 16)
    }
}
