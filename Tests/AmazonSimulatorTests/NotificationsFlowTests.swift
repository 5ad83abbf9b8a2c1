import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// The whole path in process: the client subscribes to ORDER_CHANGE, simulated Amazon lives, and the messages
/// arrive over the simulated SQS endpoint, schema-valid, late, sometimes twice, sometimes swapped.
@Suite("ORDER_CHANGE through the simulated queue")
struct NotificationsFlowTests {
    /// A client that created the destination (the default queue) and the ORDER_CHANGE subscription.
    static func subscribed(_ fixture: SimulatorFixture) async throws -> (SellingPartnerClient, Subscription) {
        let client = SellingPartnerClient(transport: fixture.simulator, clock: fixture.clock, backoff: BackoffPolicy(seed: 1))
        let destination = try await client.createDestination(name: "merchant", sqsArn: AmazonSimulator.queueARN())
        let subscription = try await client.createSubscription(destinationId: destination.destinationId)
        #expect(try await client.getSubscription() == subscription)
        #expect(try await client.getDestinations() == [destination])
        return (client, subscription)
    }

    static func notifications(_ messages: [SQSCaller.Message]) throws -> [OrderChangeNotification] {
        try messages.map { try OrderChangeNotification.decode($0.body).get() }
    }

    @Test func theClientSubscribesAndReceivesAnOrderChangeForEveryOrderPlaced() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-duplicate=0"))
        let (_, subscription) = try await Self.subscribed(fixture)
        let before = Set(try fixture.simulator.orderIds())
        let lived = try fixture.simulator.advance(minutes: 180, seed: 5)
        #expect(lived.ordersPlaced > 20)
        let sqs = SQSCaller(transport: fixture.simulator)
        let messages = try await sqs.drain(simulator: fixture.simulator)
        let notifications = try Self.notifications(messages)
        let placed = Set(try fixture.simulator.orderIds()).subtracting(before)
        #expect(placed.count == lived.ordersPlaced)
        #expect(placed.isSubset(of: Set(notifications.map(\.amazonOrderId))))
        #expect(Set(notifications.map(\.amazonOrderId)).isSubset(of: Set(try fixture.simulator.orderIds())))
        #expect(notifications.allSatisfy { $0.notificationMetadata.subscriptionId == subscription.subscriptionId })
        #expect(notifications.contains { $0.payload.orderChangeNotification.summary.orderStatus == .unshipped })
        #expect(Set(notifications.map(\.notificationId)).count == notifications.count)   // no duplicates asked for
        let depth = try fixture.simulator.queueDepth()
        #expect(depth.visible == 0 && depth.inFlight == 0 && depth.delayed == 0)

        if let schema = NotificationSchema.schema() {
            for message in messages { #expect(NotificationSchema.violations(message.body, schema: schema) == [], "\(message.body)") }
            // The checkers do see a broken message.
            let broken = try #require(messages.first).body.replacingOccurrences(of: #""OrderType":"StandardOrder""#, with: #""OrderType":"Soon""#)
            #expect(NotificationSchema.violations(broken, schema: schema).count == 1)
            let path = ModelSchemaChecker.modelsFolder()!.appendingPathComponent("notifications/OrderChangeNotification.json")
            if let failures = try await NotificationSchema.pythonViolations(messages.map(\.body), schemaPath: path) {
                #expect(failures == [])
                #expect(try await NotificationSchema.pythonViolations([broken], schemaPath: path)?.count == 1)
            }
        }
    }

    @Test func withoutASubscriptionNothingIsSentAndAfterItsDeletionNothingMore() async throws {
        let fixture = try SimulatorFixture()
        let sqs = SQSCaller(transport: fixture.simulator)
        try fixture.simulator.advance(minutes: 60, seed: 2)
        #expect(try await sqs.drain(wait: 0).isEmpty)
        let (client, subscription) = try await Self.subscribed(fixture)
        try await client.deleteSubscriptionById(subscriptionId: subscription.subscriptionId)
        try fixture.simulator.advance(minutes: 60, seed: 3)
        #expect(try await sqs.drain(wait: 0).isEmpty)
        await #expect(throws: SPAPIError.self) { _ = try await client.getSubscription() }
    }

    /// SQS delivers at least once and in no order: the fault profile's delivery knobs make both happen often.
    @Test func duplicatesAndReorderingAsTheFaultProfileSays() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-duplicate=0.5,notify-delay-seconds=1800,seed=4"))
        _ = try await Self.subscribed(fixture)
        try fixture.simulator.advance(minutes: 240, seed: 9)
        let notifications = try Self.notifications(try await SQSCaller(transport: fixture.simulator).drain(simulator: fixture.simulator))
        var seen: [String: Int] = [:]
        for notification in notifications { seen[notification.notificationId, default: 0] += 1 }
        #expect(seen.values.contains(2))
        #expect(seen.values.allSatisfy { $0 <= 2 })
        let times = notifications.map(\.eventTime)
        #expect(zip(times, times.dropFirst()).contains { $0 > $1 }, "every message arrived in the order of its change")
        let statistics = try fixture.simulator.notificationStatistics()
        #expect(statistics["duplicated"] == notifications.count - seen.count)
    }

    @Test func aSoakProfileLosesNotifications() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-loss=1"))
        _ = try await Self.subscribed(fixture)
        try fixture.simulator.advance(minutes: 60, seed: 1)
        #expect(try await SQSCaller(transport: fixture.simulator).drain(wait: 0).isEmpty)
        #expect((try fixture.simulator.notificationStatistics()["lost"] ?? 0) > 0)
        #expect(try FaultProfile.parse("notify-loss=0.05").notifyLoss == 0.05)
        #expect(FaultProfile.none.notifyLoss == 0 && FaultProfile.none.notifyDuplicate > 0)
    }

    @Test func aMessageNotDeletedComesBackAfterItsVisibilityTimeout() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-duplicate=0"))
        _ = try await Self.subscribed(fixture)
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let sqs = SQSCaller(transport: fixture.simulator)
        let first = try #require(try await sqs.receive(wait: 20, visibility: 30).first)
        #expect(try OrderChangeNotification.decode(first.body).get().amazonOrderId == id)
        #expect(first.receiveCount == 1)
        #expect(try await sqs.receive().isEmpty)           // hidden while it is being worked on
        fixture.clock.advance(seconds: 31)
        let again = try #require(try await sqs.receive().first)
        #expect(again.id == first.id && again.receiveCount == 2 && again.receipt != first.receipt)
        #expect(try await sqs.delete(first.receipt) == 200)   // an outdated handle deletes nothing, as SQS does
        fixture.clock.advance(seconds: 31)
        let third = try #require(try await sqs.receive().first)
        #expect(third.id == first.id)
        #expect(try await sqs.delete(third.receipt) == 200)
        fixture.clock.advance(seconds: 31)
        #expect(try await sqs.receive().isEmpty)
    }

    @Test func aLongPollWaitsForAMessageThatIsStillOnItsWay() async throws {
        let fixture = try SimulatorFixture()
        let sqs = SQSCaller(transport: fixture.simulator)
        let (status, sent) = try await sqs.call("SendMessage", ["QueueUrl": sqs.queueURL, "MessageBody": "hello", "DelaySeconds": 8])
        #expect(status == 200)
        #expect(sent["MD5OfMessageBody"] as? String == "5d41402abc4b2a76b9719d911017c592")
        #expect(try await sqs.receive(wait: 0).isEmpty)
        let got = try await sqs.receive(wait: 20)
        #expect(got.map(\.body) == ["hello"])
        #expect(fixture.clock.totalSlept >= 8 && fixture.clock.totalSlept < 20)
    }
}
