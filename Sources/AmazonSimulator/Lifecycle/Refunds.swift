import Foundation
import MerchantCore

/// Amazon's refund rule, shared by Seller Central refunds and adjustment feeds:
/// only a charged order, more than zero, and never above what is still refundable.
enum Refunds {
    static func refusal(_ order: SimOrder, amount: Int64) -> SimulatorError? {
        if order.isPending || (order.status == "CANCELLED" && order.refunded == 0 && !order.anythingShipped) {
            return .notRefundable(order.id, status: order.status)
        }
        let money = { Money(minorUnits: $0, currency: order.currency).description }
        if amount <= 0 { return .invalidAmount(money(amount)) }
        if amount > order.refundable { return .refundTooLarge(order.id, requested: money(amount), refundable: money(order.refundable)) }
        return nil
    }
}
