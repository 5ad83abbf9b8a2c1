import Foundation
import MerchantStore

extension StoreEffects {
    /// The opened order, with its refunds: the console's own and those made on Amazon, apart (R23).
    func performDetailEffect(_ effect: DetailEffect) throws -> Message {
        switch effect {
        case .load(let id):
            let refunds = try store.refunds(of: id)
            return .detail(.loaded(id, try store.orderDetail(id), OrderRefunds(own: refunds.own, onAmazon: refunds.onAmazon)))
        }
    }
}
