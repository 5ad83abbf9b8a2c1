import Foundation

/// A change Amazon itself makes to an order at a planned time.
struct PlannedEvent: Equatable {
    var at: Int64
    var kind: Kind

    enum Kind: String {
        case pay, fraudCancel, afnShip, buyerCancel, backfillShip, merchantShip, returnRequested, returnArrived
        case buyerCancelRequest
    }
}

/// Amazon's own transitions of an order (payment, fraud check, AFN shipment, buyer cancellation).
/// Each checks the order's state when it falls due, because the merchant may have acted first.
enum OrderLifecycle {
    /// Applies `kind` at `at`; returns the history line, or nil when the order has moved on.
    static func apply(_ kind: PlannedEvent.Kind, to order: inout SimOrder, at: Int64) -> (kind: String, detail: String)? {
        switch kind {
        case .pay:
            guard order.status == "PENDING" else { return nil }
            pay(&order, at: at)
            return ("paid", "PENDING → UNSHIPPED")
        case .fraudCancel:
            guard order.status == "PENDING" else { return nil }
            cancel(&order, at: at, reason: "FraudCheckFailed")
            return ("cancelled", "fraud check failed while pending")
        case .buyerCancel:
            guard order.status == "UNSHIPPED", !order.anythingShipped else { return nil }
            cancel(&order, at: at, reason: "BuyerCanceled")
            return ("cancelled", "cancelled by the buyer")
        case .afnShip, .backfillShip, .merchantShip:
            guard order.status == "UNSHIPPED" || order.status == "PARTIALLY_SHIPPED" else { return nil }
            shipEverything(&order, at: at, byAmazon: kind == .afnShip)
            switch kind {
            case .afnShip: return ("shipped", "shipped by Amazon")
            case .merchantShip: return ("shipped", "shipped by the merchant")
            default: return ("shipped", "shipped before the account was connected")
            }
        case .buyerCancelRequest:
            guard order.status == "UNSHIPPED", !order.anythingShipped, !order.buyerRequestedCancel else { return nil }
            requestCancel(&order, at: at)
            return ("cancelRequested", "the buyer asks to cancel")
        case .returnRequested, .returnArrived:
            guard !order.afn, let index = order.packages.indices.last else { return nil }
            return returnPackage(&order, index: index, arrived: kind == .returnArrived, at: at)
        }
    }

    /// The buyer sends a package back: first on its way (RETURNING_TO_SELLER), then arrived (RETURNED_TO_SELLER).
    static func returnPackage(_ order: inout SimOrder, index: Int, arrived: Bool, at: Int64) -> (kind: String, detail: String)? {
        let status = arrived ? "RETURNED_TO_SELLER" : "RETURNING_TO_SELLER"
        guard order.packages[index].detailedStatus != status, order.packages[index].detailedStatus != "RETURNED_TO_SELLER" else { return nil }
        order.packages[index].detailedStatus = status
        order.updated = at
        return ("returned", "package \(order.packages[index].ref): \(arrived ? "the return arrived" : "the buyer asked for a return, on its way back")")
    }

    /// About one merchant shipment in twenty comes back: the buyer asks within days, the package arrives days later.
    static func plannedReturn(_ order: SimOrder, shippedAt: Int64) -> [PlannedEvent] {
        var rng = SplitMix64(seed: order.buyerSeed ^ 0x2E7_0A11 ^ UInt64(order.packages.count))
        guard rng.int(0...99) < 5 else { return [] }
        let asked = shippedAt + Int64(rng.int(3...8)) * 86_400
        return [PlannedEvent(at: asked, kind: .returnRequested), PlannedEvent(at: asked + Int64(rng.int(2...5)) * 86_400, kind: .returnArrived)]
    }

    static func pay(_ order: inout SimOrder, at: Int64) {
        order.status = "UNSHIPPED"
        order.paid = at
        order.updated = at
    }

    /// The buyer asks to cancel every line (Amazon's "Buyer Requested Cancel"); the merchant decides.
    static func requestCancel(_ order: inout SimOrder, at: Int64) {
        for index in order.items.indices { order.items[index].cancelRequest = "Ordered by mistake" }
        order.updated = at
    }

    static func cancel(_ order: inout SimOrder, at: Int64, reason: String) {
        order.status = "CANCELLED"
        order.cancelReason = reason
        order.updated = at
    }

    static func shipEverything(_ order: inout SimOrder, at: Int64, byAmazon: Bool) {
        var rng = SplitMix64(seed: order.buyerSeed ^ 0x5EED_7AC4)
        let marketplace = Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]
        let carrier = byAmazon ? "AMZN_\(marketplace.countryCode)" : "DHL"
        let tracking = byAmazon ? "TBA" + rng.digits(12) : TrackingNumbers.dhlPaket(&rng)
        let items = order.items.compactMap { item -> SimPackageItem? in
            let left = item.quantity - item.shipped
            return left > 0 ? SimPackageItem(itemId: item.id, quantity: left) : nil
        }
        for index in order.items.indices { order.items[index].shipped = order.items[index].quantity }
        order.packages.append(SimPackage(
            ref: String(order.packages.count + 1), carrier: carrier, method: "Standard",
            tracking: tracking, shipTime: at, created: at, items: items))
        order.status = "SHIPPED"
        order.updated = at
    }
}

/// Tracking numbers for packages Amazon or the past merchant shipped.
enum TrackingNumbers {
    /// A 20-digit DHL Paket number with a valid check digit (mod 10, weights 3/1 from the left).
    static func dhlPaket(_ rng: inout SplitMix64) -> String {
        let body = "003404" + rng.digits(13)
        let sum = body.enumerated().reduce(0) { $0 + Int(String($1.element))! * ($1.offset % 2 == 0 ? 3 : 1) }
        return body + String((10 - sum % 10) % 10)
    }
}
