/// Whether the stock on hand covers what pending orders reserve (R9), judged as the import will judge it once
/// Amazon reports the order paid (R5, R12): a reservation the stock cannot cover would turn into a blocked order.
///
///     let short = ReservationCover.short(reservations, stock: ["MUG-BLAU-350": level])
///     // ["302-…": [.stockShort(sku: "MUG-BLAU-350", needed: 3, available: 1)]]
public enum ReservationCover {
    /// The orders whose reservation the stock cannot cover, with the shortage of each product, by order id.
    /// A reservation is weighed as the import weighs a paid order: against what is on hand less what local orders
    /// hold and less what the other pending orders reserve (its own reservation not counted). An order whose
    /// product is not in `stock` is not judged.
    public static func short(_ reservations: [Reservation], stock: [String: StockLevel]) -> [String: [Blocker]] {
        var found: [String: [Blocker]] = [:]
        for r in reservations {
            guard let level = stock[r.sku] else { continue }
            let available = StockLevel(onHand: level.onHand, reserved: max(0, level.reserved - r.quantity), held: level.held).available
            if r.quantity > available {
                found[r.amazonOrderId, default: []].append(.stockShort(sku: r.sku, needed: r.quantity, available: available))
            }
        }
        return found
    }
}
