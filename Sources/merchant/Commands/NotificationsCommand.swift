import ArgumentParser
import Foundation

/// `merchant notifications`: new and changed orders pushed by Amazon through the merchant's SQS queue (ORDER_CHANGE),
/// so that they reach the console in seconds instead of at the next `searchOrders` sweep.
struct NotificationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notifications",
        abstract: "Order notifications from Amazon through your SQS queue: connect, show, disconnect, failed.",
        discussion: """
            AWS credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
            AWS_REGION; AWS_ENDPOINT_URL_SQS or AWS_ENDPOINT_URL for another SQS than AWS's) and are never kept.
            """,
        subcommands: [NotificationsConnectCommand.self, NotificationsShowCommand.self, NotificationsDisconnectCommand.self,
                      NotificationsFailedCommand.self],
        defaultSubcommand: NotificationsShowCommand.self)
}
