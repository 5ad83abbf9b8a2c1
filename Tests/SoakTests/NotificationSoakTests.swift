import AmazonSimulator
import Foundation
import MerchantTestSupport
import Testing

/// Issue 15's soak: simulated trade with ORDER_CHANGE notifications delayed, duplicated, lost (5 %) and reordered,
/// the sweep at the pace Amazon's documented limits allow. A normal `swift test` runs ten simulated minutes;
/// `MERCHANT_NOTIFY_SOAK=1` runs the hour (`=N`: N minutes) and prints the figures BENCHMARKS.md keeps.
@Suite("notification soak: the store ends as Amazon's truth, within Amazon's rates", .serialized)
struct NotificationSoakTests {
    static var minutes: Int {
        guard let value = ProcessInfo.processInfo.environment["MERCHANT_NOTIFY_SOAK"], !value.isEmpty, value != "0" else { return 10 }
        let n = Int(value) ?? 1
        return n <= 1 ? 60 : n
    }

    @Test("polling alone: trade with lossy notifications, and the sweep alone brings every order home")
    func pollingAlone() async throws {
        let soak = NotificationSoak(settings: NotificationSoak.Settings(minutes: Self.minutes))
        let result = try await soak.run(reader: NotificationSoak.pollingAloneReader)
        print("notification soak, polling alone: \(result.summary)")
        try expectSoakHeld(result)
    }

    @Test("with the listener: lossy, late, doubled notifications and the sweep together bring every order home once or twice")
    func withTheListener() async throws {
        let soak = NotificationSoak(settings: NotificationSoak.Settings(minutes: Self.minutes))
        let result = try await soak.run(reader: NotificationSoak.listenerReader)
        print("notification soak, with the listener: \(result.summary)")
        try expectSoakHeld(result)
    }

    private func expectSoakHeld(_ result: NotificationSoak.Result) throws {
        // R1, R3: the store ends identical to Amazon's truth: every order, its status, its items.
        #expect(result.differences.isEmpty, "\(result.differences.prefix(10))")
        #expect(result.settledAfterMinutes != nil, "the store never matched Amazon within the settling time")
        #expect(result.orders >= Self.minutes, "only \(result.orders) orders traded: the soak proves little")
        #expect(result.notifications["sent", default: 0] > 0, "no notification was sent: the subscription did not take")
        #expect(result.syncProblems.isEmpty, "\(result.syncProblems.prefix(5))")
        // Issue 15: no order fetched more than twice; getOrder and searchOrders never over their documented rates.
        #expect(result.fetchesPerOrderMax <= 2)
        for verdict in result.rates {
            #expect(verdict.withinRate, "\(verdict)")
        }
        #expect(result.rates.first { $0.operation == "searchOrders" }.map { $0.calls > 0 } == true)
    }

    @Test("the rate judge flags calls faster than the documented bucket allows, and passes the documented pace")
    func rateJudge() {
        func calls(_ times: [Double], _ operation: String = "searchOrders") -> [SimulatedCall] {
            times.map { SimulatedCall(operation: operation, at: $0, orderId: nil, throttled: false) }
        }
        // The burst of 20 at once, then one every 1 / 0.0056 s: within.
        let paced = Array(repeating: 0.0, count: 20) + (1...5).map { Double($0) / 0.0056 }
        #expect(RateJudge.judge(calls(paced), operation: "searchOrders").withinRate)
        // The burst, then one more a minute later: over the rate (a token takes 179 s).
        let hurried = Array(repeating: 0.0, count: 20) + [60]
        let verdict = RateJudge.judge(calls(hurried), operation: "searchOrders")
        #expect(!verdict.withinRate)
        #expect(verdict.lowestTokens < 0)
        // 31 getOrder calls in one second: past the burst of 30.
        #expect(!RateJudge.judge(calls(Array(repeating: 5.0, count: 31), "getOrder"), operation: "getOrder").withinRate)
        // A call the simulator refused with 429 counts against the client however the bucket looks.
        let refused = [SimulatedCall(operation: "getOrder", at: 0, orderId: "1", throttled: true)]
        #expect(!RateJudge.judge(refused, operation: "getOrder").withinRate)
        #expect(RateJudge.fetchesPerOrder(refused + calls([1, 2], "getOrder").map { var c = $0; c.orderId = "1"; return c }) == ["1": 2])
    }
}
