import AmazonSQS
import ArgumentParser
import Foundation
import MerchantStore
import SellingPartnerAPI

/// `merchant notifications connect --queue-url URL`: checks the queue with the merchant's AWS credentials, registers it
/// with Amazon (a destination and an ORDER_CHANGE subscription), and on a sandbox or the simulator sees a test
/// notification through. Any refusal undoes what was registered and keeps nothing.
struct NotificationsConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect", abstract: "Connect your SQS queue: Amazon sends a notification there for every new or changed order.")

    @Option(name: .customLong("queue-url"), help: "The queue's URL, e.g. https://sqs.eu-west-1.amazonaws.com/123456789012/orders.")
    var queueUrl: String
    @Option(help: "An SP-API endpoint (e.g. `merchant sim serve`'s http://127.0.0.1:PORT); default: as `merchant sync`.")
    var endpoint: String?
    @Option(name: .customLong("test-wait"), help: "How many seconds to wait for the test notification (sandbox and simulator).")
    var testWait = 60

    /// The name the destination is registered under.
    static let destinationName = "merchant-console"

    func run() async throws {
        let context = try Context.open()
        if let existing = try context.store.notificationConnection() {
            throw Refusal("order notifications are already connected to \(existing.queueUrl): run merchant notifications disconnect first")
        }
        let queue = try NotificationsQueue.client(url: queueUrl, context: context)
        let arn: String
        do { arn = try await queue.queueArn() } catch { throw Refusal("the queue cannot be read: \(error.description). Nothing was kept.") }
        print("The queue can be read with these AWS credentials: \(arn)")

        let amazon = try context.channelSync(endpoint: endpoint).client
        let destinationId = try await Self.destination(amazon, arn: arn)
        let subscriptionId: String
        do {
            subscriptionId = try await Self.subscription(amazon, destinationId: destinationId)
        } catch {
            try? await amazon.deleteDestination(destinationId: destinationId)
            throw Refusal("Amazon did not subscribe the account to order changes: \(error). Nothing was kept.")
        }
        print("Amazon sends order changes (ORDER_CHANGE) to it: destination \(destinationId), subscription \(subscriptionId).")

        if isSandbox(context) {
            do {
                try await Self.seeTestNotification(amazon, queue: queue, destinationId: destinationId, seconds: testWait)
            } catch {
                try? await amazon.deleteSubscriptionById(subscriptionId: subscriptionId)
                try? await amazon.deleteDestination(destinationId: destinationId)
                throw Refusal("\(error). The subscription was removed again; nothing was kept.")
            }
        } else {
            print("Amazon sends test notifications on its sandbox only: the console shows when the first real notification arrives.")
        }
        try context.store.saveNotificationConnection(NotificationConnection(
            queueUrl: queue.queue.description, queueArn: arn, destinationId: destinationId, subscriptionId: subscriptionId, connectedAt: context.now))
        print("Order notifications are connected: `merchant sync --watch` and the console listen to the queue.")
    }

    /// The sandbox, a local endpoint or the built-in simulator: where `sendTestNotification` is answered.
    private func isSandbox(_ context: Context) -> Bool {
        let target = endpoint ?? (try? AmazonConnection.load(home: context.home))?.endpoint
        guard let target, let host = URL(string: target)?.host()?.lowercased() else { return true }
        return host.hasPrefix("sandbox.") || host == "127.0.0.1" || host == "localhost" || host == "::1"
    }

    /// A new destination for the queue, or the one Amazon already has for it (409 names it).
    static func destination(_ amazon: SellingPartnerClient, arn: String) async throws -> String {
        do {
            return try await amazon.createDestination(name: destinationName, sqsArn: arn).destinationId
        } catch SPAPIError.rejected(status: 409, errors: let errors) {
            if let id = errors.compactMap(\.details).first(where: { !$0.isEmpty }) { return id }
            if let same = try? await amazon.getDestinations().first(where: { $0.resource.sqs?.arn == arn }) { return same.destinationId }
            throw Refusal("Amazon says the queue is registered already but does not say as which destination. Nothing was kept.")
        } catch {
            throw Refusal("Amazon did not accept the queue as a destination: \(error). Check the queue policy (see the README). Nothing was kept.")
        }
    }

    /// A new ORDER_CHANGE subscription to `destinationId`, or the account's existing one when it goes there.
    static func subscription(_ amazon: SellingPartnerClient, destinationId: String) async throws -> String {
        do {
            return try await amazon.createSubscription(destinationId: destinationId).subscriptionId
        } catch SPAPIError.rejected(status: 409, errors: _) {
            let existing = try await amazon.getSubscription()
            guard existing.destinationId == destinationId else {
                throw Refusal("the account is already subscribed to order changes with another destination (\(existing.destinationId))")
            }
            return existing.subscriptionId
        }
    }

    /// Asks Amazon for a test notification and waits (at most `seconds`) until it comes through the queue; deletes it.
    static func seeTestNotification(_ amazon: SellingPartnerClient, queue: SQSClient, destinationId: String, seconds: Int) async throws {
        try await amazon.sendTestNotification(destinationId: destinationId)
        print("Waiting up to \(seconds) s for Amazon's test notification to come through the queue…")
        let started = Date()
        while Date().timeIntervalSince(started) < Double(seconds) {
            let wait = max(1, min(5, seconds - Int(Date().timeIntervalSince(started))))
            // Others' messages stay hidden only briefly: the listener reads them soon after.
            for message in try await queue.receive(SQSReceiveOptions(maxMessages: 10, waitSeconds: wait, visibilityTimeout: 2)) {
                guard case .success(let notification) = OrderChangeNotification.decode(message.body), isTest(notification) else { continue }
                try await queue.delete(message)
                print("The test notification arrived after \(String(format: "%.1f", Date().timeIntervalSince(started))) s: the whole path works.")
                return
            }
        }
        throw Refusal("Amazon's test notification did not arrive in the queue within \(seconds) s: check that the queue policy lets Amazon send to it (see the README)")
    }

    /// Amazon's test notification: its change reason says so (the simulator's also names its test order).
    static func isTest(_ notification: OrderChangeNotification) -> Bool {
        let change = notification.payload.orderChangeNotification
        return change.orderChangeTrigger.changeReason.lowercased().contains("test") || change.amazonOrderId == "902-0000000-0000000"
    }
}
