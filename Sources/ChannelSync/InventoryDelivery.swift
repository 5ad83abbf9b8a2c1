import Foundation
import MerchantStore
import SellingPartnerAPI

/// Sends the quantities offered on Amazon (R25) as Listings Items PATCHes, each with its idempotency key.
struct InventoryDelivery {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// Returns how many Amazon confirmed and how many it refused.
    func run() async throws -> (done: Int, failed: Int) {
        let settings = try store.settings()
        var done = 0, failed = 0
        for open in try store.openOutbox(kind: .inventory) {
            // Marked before it leaves: Amazon may apply it and the sync die before the answer is recorded.
            // A later stock change must then queue a message of its own (a new key) instead of rewriting
            // this one, whose key Amazon would answer with its first answer, keeping the old quantity (R29).
            // The quantity sent is the one read as it is marked: until then a newer one may have replaced it.
            guard let message = try store.claimOutbox(id: open.id, at: clock.now) else { continue }
            let payload = try message.decode(InventoryPayload.self)
            do {
                let answer = try await client.patchListingsItem(
                    sellerId: settings.sellerId, sku: payload.sku, marketplaceIds: settings.marketplaceIds,
                    body: .fulfillmentAvailability(quantity: payload.quantity, handlingDays: payload.handlingDays),
                    idempotencyKey: message.idempotencyKey)
                if answer.status == "INVALID" {
                    let why = (answer.issues ?? []).map(\.message).joined(separator: "; ")
                    try store.updateOutbox(ids: [message.id], state: .failed, error: why.isEmpty ? "listing refused" : why, countAttempt: true, at: clock.now)
                    failed += 1
                } else {
                    try store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: clock.now)
                    done += 1
                }
            } catch SPAPIError.rejected(let status, let errors) {
                let why = errors.map(\.message).joined(separator: "; ")
                try store.updateOutbox(ids: [message.id], state: .failed, error: "HTTP \(status): \(why)", countAttempt: true, at: clock.now)
                failed += 1
            }
        }
        return (done, failed)
    }
}
