import ArgumentParser
import Foundation
import MerchantCore
import SellingPartnerAPI

/// `merchant notifications disconnect`: ends the ORDER_CHANGE subscription (and the destination, when nothing else uses
/// it) and forgets the queue. Amazon refusing leaves everything as it was.
struct NotificationsDisconnectCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "disconnect", abstract: tr("help.notifications.disconnect.abstract")) }
    @Option(help: ArgumentHelp(tr("help.notifications.endpoint")))
    var endpoint: String?

    func run() async throws {
        let context = try Context.open()
        guard let c = try context.store.notificationConnection() else { throw Refusal(tr("commands.notifications.nothing-to-disconnect")) }
        let amazon = try context.channelSync(endpoint: endpoint).client
        do {
            try await amazon.deleteSubscriptionById(subscriptionId: c.subscriptionId)
        } catch SPAPIError.rejected(status: 404, errors: _) {
            // Gone already (deleted in Seller Central, or by an earlier disconnect that stopped halfway).
        } catch {
            throw Refusal(tr("commands.notifications.not-ended", "\(error)"))
        }
        var destination = tr("commands.notifications.destination-removed")
        do {
            try await amazon.deleteDestination(destinationId: c.destinationId)
        } catch SPAPIError.rejected(status: 404, errors: _) {
        } catch SPAPIError.rejected(status: 409, errors: _) {
            destination = tr("commands.notifications.destination-in-use")
        } catch {
            destination = tr("commands.notifications.destination-kept", "\(error)")
        }
        try context.store.removeNotificationConnection(at: context.now)
        print(tr("commands.notifications.disconnected", c.queueUrl, c.destinationId, destination))
        print(tr("commands.notifications.sweep-alone"))
    }
}
