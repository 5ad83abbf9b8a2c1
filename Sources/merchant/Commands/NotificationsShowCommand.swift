import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

/// `merchant notifications show`: what is connected, when notifications came, how many were kept aside.
struct NotificationsShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: tr("help.notifications.show.abstract")) }

    func run() throws {
        let context = try Context.open()
        let keptAside = try context.store.keptAsideNotificationCount()
        guard let c = try context.store.notificationConnection() else {
            print(tr("commands.notifications.not-connected"))
            if keptAside > 0 { print(tr("commands.notifications.kept-aside-earlier", keptAside)) }
            return
        }
        let stamp = ISO8601DateFormatter()
        let label = Labels([tr("commands.notifications.queue"), tr("commands.notifications.queue-arn"), tr("commands.notifications.destination"),
                            tr("commands.notifications.subscription"), tr("commands.notifications.connected"), tr("commands.notifications.first"),
                            tr("commands.notifications.latest"), tr("commands.notifications.kept-aside"), tr("commands.notifications.now")], gap: 1)
        print(label[0] + c.queueUrl)
        print(label[1] + c.queueArn)
        print(label[2] + c.destinationId)
        print(label[3] + "\(c.subscriptionId) (ORDER_CHANGE)")
        print(label[4] + stamp.string(from: c.connectedAt))
        print(label[5] + (c.firstArrivedAt.map { stamp.string(from: $0) } ?? tr("commands.notifications.none-yet")))
        print(label[6] + (c.lastArrivedAt.map { stamp.string(from: $0) } ?? tr("commands.notifications.none-yet")))
        print(label[7] + "\(keptAside)" + (keptAside > 0 ? " (merchant notifications failed)" : ""))
        if let problem = c.problem {
            print(label[8] + tr("commands.notifications.unreachable", c.problemSince.map { stamp.string(from: $0) } ?? "?", CLIText.inert(problem)))
        }
    }
}

/// `merchant notifications failed`: the messages kept aside, newest first.
struct NotificationsFailedCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "failed", abstract: tr("help.notifications.failed.abstract")) }
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.notifications.failed.limit"))) var limit = 50

    /// How much of a body is shown.
    static let bodyStart = 60

    func run() throws {
        guard limit > 0 else { throw Refusal(tr("commands.notifications.limit", limit)) }
        let context = try Context.open()
        let kept = try context.store.keptAsideNotifications(limit: limit)
        guard !kept.isEmpty else { return print(tr("commands.notifications.none-kept")) }
        let stamp = ISO8601DateFormatter()
        for entry in kept {
            let flat = entry.body.replacingOccurrences(of: "\n", with: " ")
            let start = flat.count > Self.bodyStart ? String(flat.prefix(Self.bodyStart)) + "…" : flat
            print("\(stamp.string(from: entry.receivedAt))  \(CLIText.inert(entry.reason))")
            print("    \(CLIText.inert(start))")
        }
    }
}
