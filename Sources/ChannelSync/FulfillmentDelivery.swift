import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Multi-channel fulfillment (R26, R27): sends shop orders of FBA products to Amazon, cancels the ones
/// the merchant takes back, and follows Amazon's fulfillment orders until shipped.
///
/// Exactly once (R29): Amazon keeps one fulfillment order per `sellerFulfillmentOrderId` (the shop's
/// reference), and a message found `submitting` after a crash is first looked up at Amazon and adopted.
struct FulfillmentDelivery {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// What became of a shop order's message.
    private enum Sent { case accepted, refusedByAmazon, keptBack }

    /// Returns how many Amazon took, how many it refused, and how many the console kept back (R27).
    func run() async throws -> (done: Int, failed: Int, notSent: Int) {
        var done = 0, failed = 0, notSent = 0
        let marketplaceId = try store.settings().marketplaceIds.first
        for message in try store.openOutbox(kind: .fulfillment) {
            let payload = try message.decode(FulfillmentPayload.self)
            switch try await send(message, payload, marketplaceId: marketplaceId) {
            case .accepted?: done += 1
            case .refusedByAmazon?: failed += 1
            case .keptBack?: notSent += 1
            case nil: break  // waits in the outbox for Amazon's stock to be read
            }
        }
        for message in try store.openOutbox(kind: .fulfillmentCancel) {
            guard let id = try message.decode([String: String].self)["sellerFulfillmentOrderId"] else { continue }
            do {
                try await client.cancelFulfillmentOrder(id)
                try store.recordFulfillment(id, status: .cancelled, reason: tr("store.notice.merchant-cancelled-fba"), at: clock.now)
                try store.updateOutbox(ids: [message.id], state: .done, at: clock.now)
                done += 1
            } catch SPAPIError.rejected(_, let errors) {
                try store.updateOutbox(ids: [message.id], state: .failed, error: errors.map(\.message).joined(separator: "; "), at: clock.now)
                failed += 1
            }
        }
        for open in try store.openFulfillments() {
            guard let order = try await fetch(open.sellerFulfillmentOrderId) else { continue }
            try record(order)
        }
        return (done, failed, notSent)
    }

    /// Sends one shop order; says whether Amazon took it, refused it, or it stays with the merchant (R27); nil when it cannot be decided
    /// yet: Amazon's stock of a product has never been read (FBA just switched on). The sync's parts run side by
    /// side, so this push may come before the FBA stock read of the same sync; a stock not read is not "none".
    private func send(_ message: OutboxMessage, _ p: FulfillmentPayload, marketplaceId: String?) async throws -> Sent? {
        if message.state == .submitting, let existing = try await fetch(p.sellerFulfillmentOrderId) {
            try record(existing)
            try store.updateOutbox(ids: [message.id], state: .done, at: clock.now)
            return .accepted
        }
        // R27: what the last FBA Inventory read says Amazon cannot fill is not sent.
        if try p.lines.contains(where: { try store.product(sku: $0.sku)?.fbaStock == nil }) { return nil }
        for line in p.lines {
            let stock = try store.product(sku: line.sku)?.fbaStock
            if FBARules.refusal(sku: line.sku, quantity: line.quantity, stock: stock) != nil {
                try store.keepWithMerchant(p.reference, refusedBy: .console, reason: tr("store.notice.amazon-cannot-fulfil", FBARules.refusal(sku: line.sku, quantity: line.quantity, stock: stock) ?? ""),
                                           at: clock.now)
                return .keptBack
            }
        }
        let address = Self.address(p)
        let items = p.lines.map { CreateFulfillmentOrderItem(sellerSku: $0.sku, sellerFulfillmentOrderItemId: $0.itemId, quantity: $0.quantity) }
        let preview = try await client.getFulfillmentPreview(GetFulfillmentPreviewRequest(
            marketplaceId: marketplaceId, address: address,
            items: items.map { GetFulfillmentPreviewItem(sellerSku: $0.sellerSku, quantity: $0.quantity, sellerFulfillmentOrderItemId: $0.sellerFulfillmentOrderItemId) },
            shippingSpeedCategories: ["Standard"]))
        if let standard = preview.fulfillmentPreviews?.first, !standard.isFulfillable {
            let why = (standard.unfulfillablePreviewItems ?? []).map { "\($0.sellerSku): \(($0.itemUnfulfillableReasons ?? []).joined(separator: ", "))" }
            try store.keepWithMerchant(p.reference, refusedBy: .console, reason: tr("store.notice.amazon-cannot-fulfil", why.isEmpty ? (standard.orderUnfulfillableReasons ?? []).joined(separator: ", ") : why.joined(separator: "; ")), at: clock.now)
            return .keptBack
        }
        try store.updateOutbox(ids: [message.id], state: .submitting, at: clock.now)
        do {
            try await client.createFulfillmentOrder(CreateFulfillmentOrderRequest(
                marketplaceId: marketplaceId, sellerFulfillmentOrderId: p.sellerFulfillmentOrderId, displayableOrderId: p.reference,
                displayableOrderDate: SPAPIDate.format(p.orderedAt), displayableOrderComment: "Thank you for your order",
                shippingSpeedCategory: "Standard", destinationAddress: address, items: items))
        } catch SPAPIError.rejected(_, let errors) {
            try store.keepWithMerchant(p.reference, refusedBy: .amazon, reason: tr("store.notice.amazon-refused", errors.map(\.message).joined(separator: "; ")), at: clock.now)
            return .refusedByAmazon
        }
        try store.recordFulfillment(p.sellerFulfillmentOrderId, status: .received, at: clock.now)
        try store.updateOutbox(ids: [message.id], state: .done, at: clock.now)
        return .accepted
    }

    private func fetch(_ id: String) async throws -> GetFulfillmentOrderResult? {
        do { return try await client.getFulfillmentOrder(id) } catch SPAPIError.rejected(404, _) { return nil }
    }

    private func record(_ result: GetFulfillmentOrderResult) throws {
        guard let status = FulfillmentOrderStatus(amazon: result.fulfillmentOrder.fulfillmentOrderStatus) else { return }
        let package = result.fulfillmentShipments?.flatMap { $0.fulfillmentShipmentPackage ?? [] }.first
        try store.recordFulfillment(result.fulfillmentOrder.sellerFulfillmentOrderId, status: status, carrier: package?.carrierCode,
                                    trackingNumber: package?.trackingNumber, at: clock.now)
    }

    static func address(_ p: FulfillmentPayload) -> FulfillmentAddress {
        FulfillmentAddress(name: p.address.name ?? p.buyerName, addressLine1: p.address.lines.first ?? "",
                           addressLine2: p.address.lines.dropFirst().first, city: p.address.city, stateOrRegion: p.address.region,
                           postalCode: p.address.postalCode ?? "", countryCode: p.address.countryCode ?? "", phone: p.address.phone)
    }
}
