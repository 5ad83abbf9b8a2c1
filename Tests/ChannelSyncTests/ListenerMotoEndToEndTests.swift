import AmazonSQS
import ChannelSync
import Foundation
import MerchantTestSupport
import Testing

/// The listener against an SQS we did not write: moto's server on loopback over real HTTP (SigV4-signed, through
/// `URLSessionAWSTransport`), the orders fetched from the simulator's SP-API in process and stored in a real store.
@Suite(.ownThread, .enabled(if: MotoServer.isInstalled && Python.has("boto3"),
                             "moto_server (PyPI moto[server]) is not installed here; .ci/run installs it"))
struct ListenerMotoEndToEndTests {
    @Test func ordersFromMotoAreStoredTheDuplicateDroppedTheBadOneKeptAsideAndTheQueueLeftEmpty() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        try await moto.waitUntilAnswering()
        let url = try SQSQueueURL(try moto.createQueue(named: "merchant-order-changes", region: "eu-west-1"))
        let queue = SQSClient(queue: url, settings: try AWSSettings.fromEnvironment(moto.environment(), queue: url))

        // Schema-valid ORDER_CHANGE bodies, as simulated Amazon writes them, for two orders it has.
        let f = try await ListenerFixture()
        let first = try f.simulator.placeOrder(sku: "MUG-BLAU-350")
        let second = try f.simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 2)
        let bodies = try await f.takeBodies()
        #expect(bodies.count == 2)
        for body in bodies { try await queue.send(body) }
        try await queue.send(bodies[1])  // delivered twice, as SQS may
        try await queue.send("<html>not a notification</html>")

        let listener = OrderChangeListener(store: f.store, client: f.harness.client, queue: queue, clock: f.harness.clock)
        var total = ListenOutcome()
        for _ in 0..<10 where total.received < 4 {
            let outcome = await listener.pollOnce(waitSeconds: 2)
            #expect(outcome.headline == nil, "\(outcome.headline ?? "")")
            total.received += outcome.received
            total.stored += outcome.stored
            total.duplicates += outcome.duplicates
            total.keptAside += outcome.keptAside
        }

        #expect(total.received == 4 && total.stored == 2 && total.duplicates == 1 && total.keptAside == 1)
        #expect(f.holds(first) && f.holds(second))
        #expect(try f.store.keptAsideNotifications().map(\.body) == ["<html>not a notification</html>"])
        let counts = try await queue.attributes(["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
        #expect(counts == ["ApproximateNumberOfMessages": "0", "ApproximateNumberOfMessagesNotVisible": "0"], "every message deleted")
    }
}
