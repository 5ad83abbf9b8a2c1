import Foundation
import MerchantCore
import MerchantStore

/// Cancelling one order (R17, R18): names the order and the refund (the total unless changed), asks for
/// Amazon's reason, and asks to confirm with No chosen: only an explicit Yes cancels.
public struct CancelDialog: Sendable, Equatable, FieldOrder {
    public enum Field: Hashable, Sendable, CaseIterable {
        case reason, refund, answer
    }

    public var order: AmazonOrder
    public var refund: TextInput
    public let currency: String
    /// Index into `CancelReason.allCases`; none until the merchant picks one, or BuyerCanceled when the buyer asks
    /// to cancel (`BuyerCancelRequest.suggestedCancelReason`).
    public var reason: Int?
    /// The answer to "cancel it?": No until the merchant moves to Yes.
    public var yes = false
    public var focus: Field = .reason
    public var problem: String?

    init(detail: OrderDetail) {
        order = detail.order
        currency = detail.order.total?.currency ?? Marketplace.named(detail.order.marketplaceId).currency
        // The total as the merchant's language writes an amount ("12,99" in German), ready to send or to change.
        refund = TextInput(detail.order.total.map { AmountText.plain($0) } ?? "")
        reason = BuyerCancelRequest.suggestedCancelReason(for: detail.order).flatMap { CancelReason.allCases.firstIndex(of: $0) }
    }

    var chosenReason: CancelReason? { reason.map { CancelReason.allCases[$0] } }

    /// The refund, once it is an amount and R18 accepts it for this order.
    var refundCheck: Result<Money, Reason> {
        let money: Money
        do { money = try Money(typed: refund.text, currency: currency) } catch { return .failure(Reason(error)) }
        return Result { () throws(ActionRefusal) in try CancellationRefund.validate(money, order: order) }.mapError(Reason.init)
    }

    // MARK: keys

    mutating func choose(by step: Int) {
        switch focus {
        case .reason:
            let n = CancelReason.allCases.count
            reason = reason.map { ($0 + step + n) % n } ?? (step > 0 ? 0 : n - 1)
        case .answer:
            yes.toggle()
        case .refund:
            break
        }
    }

    /// The refund is text; the reason and the answer are choices.
    var focusedText: WritableKeyPath<CancelDialog, TextInput>? { focus == .refund ? \.refund : nil }

    mutating func type(_ key: Key) {
        switch focus {
        case .refund: _ = refund.type(key)
        case .answer:
            if let answer = YesNo.answer(key) { yes = answer }
        case .reason: break
        }
        problem = nil
    }
}
