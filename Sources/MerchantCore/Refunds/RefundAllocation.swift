/// Spreads a refund over an order's items, as the adjustment feed wants it per item: each item takes
/// up to what is left of its own value, in the order's item order. Deterministic, so a refund sent
/// again after a crash reads the same.
public enum RefundAllocation {
    public struct Line: Sendable, Equatable, Codable {
        public var orderItemId: String
        public var amount: Money
        public init(orderItemId: String, amount: Money) {
            self.orderItemId = orderItemId
            self.amount = amount
        }
    }

    /// `alreadyRefunded` is what earlier refunds took from each item.
    public static func split(_ amount: Money, over items: [AmazonOrderItem], alreadyRefunded: [String: Int64] = [:]) -> [Line] {
        var rest = amount.minorUnits
        var lines: [Line] = []
        for item in items where rest > 0 {
            let value = (item.unitPrice?.minorUnits ?? 0) * Int64(item.quantityOrdered)
            let take = min(rest, max(0, value - (alreadyRefunded[item.orderItemId] ?? 0)))
            guard take > 0 else { continue }
            lines.append(Line(orderItemId: item.orderItemId, amount: Money(minorUnits: take, currency: amount.currency)))
            rest -= take
        }
        // Prices Amazon did not itemise (or refunds that already took an item's value) leave a rest: the first item carries it.
        if rest > 0, let first = items.first {
            if let i = lines.firstIndex(where: { $0.orderItemId == first.orderItemId }) {
                lines[i].amount = Money(minorUnits: lines[i].amount.minorUnits + rest, currency: amount.currency)
            } else {
                lines.insert(Line(orderItemId: first.orderItemId, amount: Money(minorUnits: rest, currency: amount.currency)), at: 0)
            }
        }
        return lines
    }
}
