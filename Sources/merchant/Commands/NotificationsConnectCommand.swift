import AmazonSQS
import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// `merchant notifications connect --queue-url URL`: checks the queue with the merchant's AWS credentials, registers it
/// with Amazon (a destination and an ORDER_CHANGE subscription), and on a sandbox or the simulator sees a test
/// notification through. Any refusal undoes what was registered and keeps nothing.
struct NotificationsConnectCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "connect", abstract: tr("help.notifications.connect.abstract"))
    }

    @Option(name: .customLong("queue-url"), help: ArgumentHelp(tr("help.notifications.queue-url")))
    var queueUrl: String
    @Option(help: ArgumentHelp(tr("help.notifications.endpoint")))
    var endpoint: String?
    @Option(name: .customLong("test-wait"), help: ArgumentHelp(tr("help.notifications.test-wait")))
    var testWait = 60

    /// The name the destination is registered under.
    static let destinationName = "merchant-console"

    func run() async throws {
        let context = try Context.open()
        if let existing = try context.store.notificationConnection() {
            throw Refusal(tr("commands.notifications.already", existing.queueUrl))
        }
        let queue = try NotificationsQueue.client(url: queueUrl, context: context)
        let arn: String
        do { arn = try await queue.queueArn() } catch { throw Refusal(tr("commands.notifications.queue-unreadable", error.description)) }
        print(tr("commands.notifications.queue-readable", arn))

        let amazon = try context.channelSync(endpoint: endpoint).client
        let destinationId = try await Self.destination(amazon, arn: arn)
        let subscriptionId: String
        do {
            subscriptionId = try await Self.subscription(amazon, destinationId: destinationId)
        } catch {
            try? await amazon.deleteDestination(destinationId: destinationId)
            throw Refusal(tr("commands.notifications.not-subscribed", "\(error)"))
        }
        print(tr("commands.notifications.subscribed", destinationId, subscriptionId))

        if isSandbox(context) {
            do {
                try await Self.seeTestNotification(amazon, queue: queue, destinationId: destinationId, seconds: testWait)
            } catch {
                try? await amazon.deleteSubscriptionById(subscriptionId: subscriptionId)
                try? await amazon.deleteDestination(destinationId: destinationId)
                throw Refusal(tr("commands.notifications.removed-again", "\(error)"))
            }
        } else {
            print(tr("commands.notifications.sandbox-only"))
        }
        try context.store.saveNotificationConnection(NotificationConnection(
            queueUrl: queue.queue.description, queueArn: arn, destinationId: destinationId, subscriptionId: subscriptionId, connectedAt: context.now))
        print(tr("commands.notifications.connected-done"))
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
            throw Refusal(tr("commands.notifications.registered-unknown"))
        } catch {
            throw Refusal(tr("commands.notifications.not-accepted", "\(error)"))
        }
    }

    /// A new ORDER_CHANGE subscription to `destinationId`, or the account's existing one when it goes there.
    static func subscription(_ amazon: SellingPartnerClient, destinationId: String) async throws -> String {
        do {
            return try await amazon.createSubscription(destinationId: destinationId).subscriptionId
        } catch SPAPIError.rejected(status: 409, errors: _) {
            let existing = try await amazon.getSubscription()
            guard existing.destinationId == destinationId else {
                throw Refusal(tr("commands.notifications.other-destination", existing.destinationId))
            }
            return existing.subscriptionId
        }
    }

    /// Asks Amazon for a test notification and waits (at most `seconds`) until it comes through the queue; deletes it.
    static func seeTestNotification(_ amazon: SellingPartnerClient, queue: SQSClient, destinationId: String, seconds: Int) async throws {
        try await amazon.sendTestNotification(destinationId: destinationId)
        print(tr("commands.notifications.waiting", seconds))
        let started = Date()
        while Date().timeIntervalSince(started) < Double(seconds) {
            let wait = max(1, min(5, seconds - Int(Date().timeIntervalSince(started))))
            // Others' messages stay hidden only briefly: the listener reads them soon after.
            for message in try await queue.receive(SQSReceiveOptions(maxMessages: 10, waitSeconds: wait, visibilityTimeout: 2)) {
                guard case .success(let notification) = OrderChangeNotification.decode(message.body), isTest(notification) else { continue }
                try await queue.delete(message)
                print(tr("commands.notifications.test-arrived", String(format: "%.1f", Date().timeIntervalSince(started))))
                return
            }
        }
        throw Refusal(tr("commands.notifications.test-missing", seconds))
    }

    /// Amazon's test notification: its change reason says so (the simulator's also names its test order).
    static func isTest(_ notification: OrderChangeNotification) -> Bool {
        let change = notification.payload.orderChangeNotification
        return change.orderChangeTrigger.changeReason.lowercased().contains("test") || change.amazonOrderId == "902-0000000-0000000"
    }
}
