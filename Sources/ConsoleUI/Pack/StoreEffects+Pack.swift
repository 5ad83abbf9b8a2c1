import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// Pack mode's reads: the order as `s` reads it before its ship dialog, and the product a scan names.
    func performPackEffect(_ effect: PackEffect) throws -> Message {
        switch effect {
        case .open(let id):
            do {
                return .pack(.opened(try store.orderDetail(id)))
            } catch let error as StoreError {
                return .pack(.orderUnread(id, reason: error.description))
            }
        case .scan(let code):
            return .pack(.scanned(code, try store.product(scanned: code)))
        }
    }
}
