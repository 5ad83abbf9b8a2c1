import Foundation
import MerchantStore
import SellingPartnerAPI

/// Sends shipment confirmations (Orders v0 `confirmShipment`), each with its idempotency key (R13, R29).
struct ShipmentDelivery {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// Also the orders whose confirmation Amazon accepted, to be read back.
    func run() async throws -> (done: Int, failed: Int, accepted: [String]) {
        var done = 0, failed = 0
        var accepted: [String] = []
        for message in try store.openOutbox(kind: .shipment) {
            let p = try message.decode(ShipmentPayload.self)
            let body = ConfirmShipmentRequest(
                marketplaceId: p.marketplaceId,
                packageDetail: PackageDetail(
                    packageReferenceId: p.packageReferenceId, carrierCode: p.carrierCode, carrierName: p.carrierName,
                    shippingMethod: nil, trackingNumber: p.trackingNumber, shipDate: SPAPIDate.format(p.shipDate),
                    orderItems: p.items.map { ConfirmShipmentOrderItem(orderItemId: $0.orderItemId, quantity: $0.quantity) }))
            do {
                try await client.confirmShipment(orderId: p.amazonOrderId, body: body, idempotencyKey: message.idempotencyKey)
                try store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: clock.now)
                done += 1
                accepted.append(p.amazonOrderId)
            } catch SPAPIError.rejected(let status, let errors) {
                let why = errors.map(\.message).joined(separator: "; ")
                try store.updateOutbox(ids: [message.id], state: .failed, error: "HTTP \(status): \(why)", countAttempt: true, at: clock.now)
                failed += 1
            }
        }
        return (done, failed, accepted)
    }
}
