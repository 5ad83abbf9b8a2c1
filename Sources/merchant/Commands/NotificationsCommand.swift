import ArgumentParser
import Foundation
import MerchantCore

/// `merchant notifications`: new and changed orders pushed by Amazon through the merchant's SQS queue (ORDER_CHANGE),
/// so that they reach the console in seconds instead of at the next `searchOrders` sweep.
struct NotificationsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "notifications",
        abstract: tr("help.notifications.abstract"),
        discussion: tr("help.notifications.discussion"),
        subcommands: [NotificationsConnectCommand.self, NotificationsShowCommand.self, NotificationsDisconnectCommand.self,
                      NotificationsFailedCommand.self],
        defaultSubcommand: NotificationsShowCommand.self) }
}
