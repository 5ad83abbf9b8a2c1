import AmazonSQS
import AmazonSimulator
import ChannelSync
import Foundation
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A store and simulated Amazon on one manual clock (`SyncHarness`) with the account subscribed to ORDER_CHANGE on the
/// simulator's own queue, read in process through the AmazonSQS client, and a listener on it.
struct ListenerFixture {
    let harness: SyncHarness
    /// What carries the listener's SQS requests to the simulator: a test may take it down.
    let line: SwitchableQueue
    let queue: SQSClient
    let listener: OrderChangeListener
    var store: MerchantStore { harness.store }
    var simulator: AmazonSimulator { harness.simulator }

    static let settings = AWSSettings(credentials: AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                      region: "eu-west-1")

    /// `failingGetOrder`: the listener's getOrder answered 503 (Amazon unavailable), the rest by the simulator.
    init(failingGetOrder: Bool = false) async throws {
        let harness = try SyncHarness()
        // Delivered at once and once: each test sends its own duplicates.
        try harness.simulator.setFaults(FaultProfile(notifyDelaySeconds: 0, notifyDuplicate: 0))
        let url = try SQSQueueURL(AmazonSimulator.queueURL(baseURL: "http://localhost"))
        let clock = harness.clock
        let line = SwitchableQueue(harness.simulator)
        let queue = SQSClient(queue: url, settings: Self.settings, transport: line, now: { clock.now })
        let client = failingGetOrder
            ? SellingPartnerClient(transport: FailingGetOrder(simulator: harness.simulator), clock: clock, backoff: BackoffPolicy(seed: 1))
            : harness.client
        let destination = try await harness.client.createDestination(name: "merchant-console", sqsArn: AmazonSimulator.queueARN())
        let subscription = try await harness.client.createSubscription(destinationId: destination.destinationId)
        try harness.store.saveNotificationConnection(NotificationConnection(
            queueUrl: url.description, queueArn: AmazonSimulator.queueARN(), destinationId: destination.destinationId,
            subscriptionId: subscription.subscriptionId, connectedAt: clock.now))
        self.harness = harness
        self.line = line
        self.queue = queue
        listener = OrderChangeListener(store: harness.store, client: client, queue: queue, clock: clock)
    }

    /// The bodies in the simulator's queue now, taken out of it (to be sent again as a test wants them).
    func takeBodies() async throws -> [String] {
        let reader = SQSClient(queue: queue.queue, settings: Self.settings, transport: harness.simulator, now: { [clock = harness.clock] in clock.now })
        var bodies: [String] = []
        while true {
            let batch = try await reader.receive(SQSReceiveOptions(maxMessages: 10, waitSeconds: 0))
            if batch.isEmpty { return bodies }
            for message in batch {
                bodies.append(message.body)
                try await reader.delete(message)
            }
        }
    }

    /// Puts `body` in the simulator's queue.
    func send(_ body: String) async throws {
        let writer = SQSClient(queue: queue.queue, settings: Self.settings, transport: harness.simulator, now: { [clock = harness.clock] in clock.now })
        try await writer.send(body)
    }

    /// All messages still in the queue, visible, hidden or delayed.
    func queued() throws -> Int {
        let depth = try harness.simulator.queueDepth()
        return depth.visible + depth.inFlight + depth.delayed
    }

    /// Whether the store holds the Amazon order `id`.
    func holds(_ id: String) -> Bool { (try? store.orderDetail(id)) != nil }

    var getOrders: Int { harness.client.statistics.requests[.getOrder] ?? 0 }
}

/// SQS that answers or not, as the test says: the queue going away and coming back.
final class SwitchableQueue: AWSHTTPTransport {
    let simulator: AmazonSimulator
    let down = Mutex(false)
    init(_ simulator: AmazonSimulator) { self.simulator = simulator }
    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        if down.withLock({ $0 }) { throw URLError(.cannotConnectToHost) }
        return try await simulator.send(request)
    }
}

/// SP-API whose getOrder fails (Amazon unavailable), the rest answered by the simulator.
struct FailingGetOrder: HTTPTransport {
    let simulator: AmazonSimulator
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path.hasPrefix("/orders/2026-01-01/orders/") { return HTTPResponse(status: 503, body: Data(#"{"errors":[{"code":"ServiceUnavailable","message":"try later"}]}"#.utf8)) }
        return try await simulator.send(request)
    }
}
