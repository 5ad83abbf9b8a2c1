import ArgumentParser
import Foundation
import SellingPartnerAPI

/// `merchant notifications disconnect`: ends the ORDER_CHANGE subscription (and the destination, when nothing else uses
/// it) and forgets the queue. Amazon refusing leaves everything as it was.
struct NotificationsDisconnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disconnect", abstract: "Stop Amazon's order notifications to your queue.")
    @Option(help: "An SP-API endpoint (e.g. `merchant sim serve`'s http://127.0.0.1:PORT); default: as `merchant sync`.")
    var endpoint: String?

    func run() async throws {
        let context = try Context.open()
        guard let c = try context.store.notificationConnection() else { throw Refusal("order notifications are not connected: nothing to disconnect") }
        let amazon = try context.channelSync(endpoint: endpoint).client
        do {
            try await amazon.deleteSubscriptionById(subscriptionId: c.subscriptionId)
        } catch SPAPIError.rejected(status: 404, errors: _) {
            // Gone already (deleted in Seller Central, or by an earlier disconnect that stopped halfway).
        } catch {
            throw Refusal("Amazon did not end the subscription: \(error). Nothing was changed.")
        }
        var destination = "removed"
        do {
            try await amazon.deleteDestination(destinationId: c.destinationId)
        } catch SPAPIError.rejected(status: 404, errors: _) {
        } catch SPAPIError.rejected(status: 409, errors: _) {
            destination = "kept: another subscription still uses it"
        } catch {
            destination = "kept (\(error))"
        }
        try context.store.removeNotificationConnection(at: context.now)
        print("Order notifications are disconnected from \(c.queueUrl); Amazon's destination \(c.destinationId): \(destination).")
        print("Orders are read by the sweep alone again.")
    }
}
