import Foundation
import MerchantCore
import MerchantStore

/// Refunding one order (R20–R22): the amount (what is still refundable, or a return's suggested amount),
/// checked by `RefundRules.check` on every key, Amazon's reason, and a question answered No until the
/// merchant moves to Yes.
public struct RefundDialog: Sendable, Equatable, FieldOrder {
    public enum Field: Hashable, Sendable, CaseIterable {
        case amount, reason, answer
    }

    public var order: AmazonOrder
    public var local: LocalOrderStatus?
    /// What was refunded so far and what is left, as the store read it when the dialog opened.
    public var refundable: Refundable
    /// The return request this refund settles, if the order has one waiting (its suggested amount is the default).
    public var request: RefundEntry?
    public var amount: TextInput
    public let currency: String
    /// Index into `RefundReason.allCases`; none until the merchant picks one (a return: CustomerReturn).
    public var reason: Int?
    /// The answer to "refund it?": No until the merchant moves to Yes.
    public var yes = false
    public var focus: Field = .amount
    /// Why the last Enter did not refund: a check above, or the store's refusal (R30); the dialog stays open.
    public var problem: String?

    init(detail: OrderDetail, refundable: Refundable, request: RefundEntry?) {
        order = detail.order
        local = detail.local?.status
        self.refundable = refundable
        self.request = request
        currency = refundable.left.currency
        // What can go through at Amazon; when Amazon's own refunds took it all, what R22 allows, so that
        // the check says beforehand that it would fail (R21).
        let proposed = request?.suggested ?? (refundable.leftAtAmazon.minorUnits > 0 ? refundable.leftAtAmazon : refundable.left)
        // Written as the merchant's language writes an amount ("12,99" in German): what they would type themselves.
        amount = TextInput(AmountText.plain(proposed))
        reason = request == nil ? nil : RefundReason.allCases.firstIndex(of: .customerReturn)
    }

    /// The reason picked, if any.
    public var chosenReason: RefundReason? { reason.map { RefundReason.allCases[$0] } }

    /// The amount typed, once it is money and the refund rules accept it for this order: sent to Amazon,
    /// or kept as failed because the order was refunded on Amazon (R21). Checked on every key.
    var amountCheck: Result<(Money, RefundDecision), Reason> {
        let money: Money
        do { money = try Money(typed: amount.text, currency: currency) } catch { return .failure(Reason(error)) }
        return Result { () throws(ActionRefusal) in
            (money, try RefundRules.check(money, order: order, local: local, balance: refundable.balance))
        }.mapError(Reason.init)
    }

    // MARK: keys

    mutating func choose(by step: Int) {
        switch focus {
        case .reason:
            let n = RefundReason.allCases.count
            reason = reason.map { ($0 + step + n) % n } ?? (step > 0 ? 0 : n - 1)
        case .answer:
            yes.toggle()
        case .amount:
            break
        }
        problem = nil
    }

    /// The amount is text; the reason and the answer are choices.
    var focusedText: WritableKeyPath<RefundDialog, TextInput>? { focus == .amount ? \.amount : nil }

    mutating func type(_ key: Key) {
        switch focus {
        case .amount: _ = amount.type(key)
        case .answer:
            if let answer = YesNo.answer(key) { yes = answer }
        case .reason:
            // A letter jumps to the next reason that starts with it.
            if case .character(let c) = key, c.isLetter {
                let all = RefundReason.allCases
                let l = String(c).lowercased()
                let start = reason ?? -1
                for step in 1...all.count {
                    let i = (start + step + all.count) % all.count
                    if all[i].rawValue.lowercased().hasPrefix(l) { reason = i; break }
                }
            }
        }
        problem = nil
    }
}
