import MerchantCore

/// MerchantCore's lists of Amazon statuses as SQL constants, written once from the enum, never restated as text.
/// They stay constants, not bound values, because a partial index names the same list in the same order
/// (`amazonOrder_toShip`, `amazonOrder_awaitingPayment`): SQLite uses a partial index for `status IN ('A', 'B')`
/// but not for `status IN (?, ?)` (EXPLAIN QUERY PLAN; WindowPlanTests). Single values are bound instead.
enum StatusSQL {
    /// `('PENDING', 'PENDING_AVAILABILITY')`: orders awaiting Amazon's payment check (R8, R10).
    static let awaitingPayment = list([.pending, .pendingAvailability])
    /// `('UNSHIPPED', 'PARTIALLY_SHIPPED')`: orders with something still to ship (R15).
    static let toShip = list([.unshipped, .partiallyShipped])
    /// `'cancelled'`: a local order the merchant cancelled, in the constant clauses lists share (`stillToShip`).
    static let localCancelled = constant(LocalOrderStatus.cancelled.rawValue)

    static func list(_ statuses: [AmazonOrderStatus]) -> String {
        "(" + statuses.map { constant($0.rawValue) }.joined(separator: ", ") + ")"
    }

    /// A text as an SQL string constant.
    static func constant(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
