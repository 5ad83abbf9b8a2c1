import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// The Shop pane's reads and its two operations, the same as `merchant shop ship` and
    /// `merchant shop cancel-fulfillment`: the store checks every rule again and refuses with its reasons (R26, R30).
    func performShopEffect(_ effect: ShopEffect) throws -> Message? {
        switch effect {
        case .load(let limit):
            let asked = try store.openOutbox(kind: .fulfillmentCancel).map(\.subject)
            return .shop(.loaded(ShopWindow(orders: try store.shopOrders(limit: limit), cancelAsked: Set(asked), limit: limit)))
        case .prepare(let action, let reference):
            let order = try store.shopOrder(reference)
            return .shop(.prepared(action, order, refusal: action == .ship ? try shipRefusal(reference) : nil))
        case .ship(let shipment):
            do {
                let tracking = try store.shipShopOrder(shipment.reference, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber,
                                                       shipDate: shipment.shipDate, actor: actor, at: now())
                return .shop(.shipped(reference: shipment.reference, carrier: shipment.carrier.displayName, trackingNumber: tracking))
            } catch {
                return .refused("\(error)")
            }
        case .cancelFulfillment(let reference):
            do {
                try store.cancelFulfillment(reference, actor: actor, at: now())
                return .shop(.fulfillmentCancelled(try store.shopOrder(reference)))
            } catch {
                return .refused("\(error)")
            }
        }
    }

    /// Why the merchant cannot ship the order, in the store's words (one rule, one place).
    func shipRefusal(_ reference: String) throws -> String? {
        try store.refusalToShipShopOrder(reference)
    }
}
