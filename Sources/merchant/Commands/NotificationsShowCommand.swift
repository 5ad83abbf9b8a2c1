import ArgumentParser
import Foundation
import MerchantStore

/// `merchant notifications show`: what is connected, when notifications came, how many were kept aside.
struct NotificationsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the connected queue and when notifications came.")

    func run() throws {
        let context = try Context.open()
        let keptAside = try context.store.keptAsideNotificationCount()
        guard let c = try context.store.notificationConnection() else {
            print("Order notifications are not connected: orders are read by the sweep alone (merchant notifications connect --queue-url URL).")
            if keptAside > 0 { print("Kept aside earlier: \(keptAside) (merchant notifications failed)") }
            return
        }
        let stamp = ISO8601DateFormatter()
        print("Queue:               \(c.queueUrl)")
        print("Queue ARN:           \(c.queueArn)")
        print("Amazon destination:  \(c.destinationId)")
        print("Subscription:        \(c.subscriptionId) (ORDER_CHANGE)")
        print("Connected:           \(stamp.string(from: c.connectedAt))")
        print("First notification:  \(c.firstArrivedAt.map { stamp.string(from: $0) } ?? "none yet")")
        print("Latest notification: \(c.lastArrivedAt.map { stamp.string(from: $0) } ?? "none yet")")
        print("Kept aside:          \(keptAside)\(keptAside > 0 ? " (merchant notifications failed)" : "")")
        if let problem = c.problem {
            print("Now:                 unreachable since \(c.problemSince.map { stamp.string(from: $0) } ?? "?"): \(CLIText.inert(problem))")
        }
    }
}

/// `merchant notifications failed`: the messages kept aside, newest first.
struct NotificationsFailedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "failed", abstract: "List the messages that could not be read and were kept aside.")
    @Option(help: "How many to list, newest first.") var limit = 50

    /// How much of a body is shown.
    static let bodyStart = 60

    func run() throws {
        guard limit > 0 else { throw Refusal("--limit must be a positive number, not \(limit)") }
        let context = try Context.open()
        let kept = try context.store.keptAsideNotifications(limit: limit)
        guard !kept.isEmpty else { return print("No message was kept aside.") }
        let stamp = ISO8601DateFormatter()
        for entry in kept {
            let flat = entry.body.replacingOccurrences(of: "\n", with: " ")
            let start = flat.count > Self.bodyStart ? String(flat.prefix(Self.bodyStart)) + "…" : flat
            print("\(stamp.string(from: entry.receivedAt))  \(CLIText.inert(entry.reason))")
            print("    \(CLIText.inert(start))")
        }
    }
}
