import Foundation
import MerchantStore

extension StoreEffects {
    /// The opened order, with its refunds: the console's own and those made on Amazon, apart (R23).
    func performDetailEffect(_ id: String) throws -> Message {
        let refunds = try store.refunds(of: id)
        return .detailLoaded(id, try store.orderDetail(id), OrderRefunds(own: refunds.own, onAmazon: refunds.onAmazon))
    }
}
