import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// The Refunds pane's reads and the refund itself: `merchant refund`'s store operation, which checks
    /// every rule again and refuses with its reasons (R22, R30) or keeps the refund as failed (R21).
    func performRefundEffect(_ effect: RefundsEffect) throws -> Message {
        switch effect {
        case .load(let limit):
            return .refunds(.loaded(RefundsWindow(queue: try store.refundQueue(limit: limit), onAmazon: try store.refundsOnAmazon(limit: limit),
                                                totals: try store.refundTotals(), limit: limit)))
        case .prepare(let id):
            let request = try store.refunds(of: id).own.first { $0.state == .requested }
            return .refunds(.prepared(try store.orderDetail(id), try store.refundable(of: id), request: request))
        case .refund(let id, let amount, let reason):
            do {
                return .refunds(.refunded(id, amount, try store.refund(id, amount: amount, reason: reason, actor: actor, at: now())))
            } catch {
                return .refused("\(error)")
            }
        }
    }
}
