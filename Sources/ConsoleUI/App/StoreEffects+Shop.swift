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

    /// The store's own word on whether the merchant may ship the order (R26): `shipShopOrder` judges who
    /// fulfils it and what is left to ship before it reads the tracking number, so asked with none it
    /// refuses (and writes nothing) either with its reason, or, when the order is the merchant's to ship,
    /// for the missing number alone. The rule stays in one place; the dialog then asks for the number.
    func shipRefusal(_ reference: String) throws -> String? {
        do {
            try store.shipShopOrder(reference, carrier: Carrier.known[0], trackingNumber: "", actor: actor, at: now())
        } catch let error as StoreError {
            return error.description
        } catch is TrackingError {
            return nil
        }
        // An empty tracking number is never accepted (TrackingNumber.validate), so this is not reached.
        return nil
    }
}
