import Foundation

/// The delivery window simulated Amazon promises a buyer (Orders 2026-01-01 `deliverByWindow`, v0 and ORDER_CHANGE
/// `EarliestDeliveryDate`/`LatestDeliveryDate`): whole days after the ship-by date, by marketplace and service level.
///
/// Given only for a paid, merchant-fulfilled order that is not cancelled: Orders v0 documents the dates as "only
/// returned for seller-fulfilled orders", the latest "that do not have a PendingAvailability, Pending, or Canceled
/// status". A pending order has no ship-by date yet either (it starts at payment), so there is nothing to count from.
///
/// The simulator's ship-by date is a moment (payment plus the handling days), so the window is counted from it in
/// whole days; Amazon's own windows run from midnight to 23:59:59 UTC of those days, as the API's examples show.
struct DeliveryWindow: Equatable {
    var earliest: Int64
    var latest: Int64

    /// Days after the ship-by date, (first, last), for the service levels the simulator sells, as each marketplace
    /// promises them at checkout: Amazon.de delivers Standard in 1–3 days and Premium (Expedited) the next day, DHL
    /// and DPD being overnight services at home; Amazon.co.uk Standard in 1–4 (Royal Mail second class, Evri) and
    /// Expedited in 1–2 (first class, Tracked 24); Amazon.co.jp Standard in 1–3 (more to the islands) and お急ぎ便
    /// (Expedited) the next day.
    static let days: [String: (standard: ClosedRange<Int>, expedited: ClosedRange<Int>)] = [
        "DE": (1...3, 1...1),
        "GB": (1...4, 1...2),
        "JP": (1...3, 1...1),
    ]

    /// The order's window, or nil when Amazon gives none (see above).
    static func of(_ order: SimOrder) -> DeliveryWindow? {
        guard let latestShip = order.latestShip, !order.afn, order.paid != nil, order.status != "CANCELLED", order.status != "PENDING" else { return nil }
        let country = (Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]).countryCode
        let table = days[country] ?? days["DE"]!
        let range: ClosedRange<Int> = switch order.serviceLevel {
        case "EXPEDITED", "NEXT_DAY", "SAME_DAY", "PRIORITY": table.expedited
        case "SECOND_DAY": 1...2
        case "FREE_ECONOMY": table.standard.lowerBound...(table.standard.upperBound + 2)
        default: table.standard
        }
        return DeliveryWindow(earliest: latestShip + Int64(range.lowerBound) * 86_400, latest: latestShip + Int64(range.upperBound) * 86_400)
    }
}

extension SimOrder {
    /// The ship-by date: the handling days after payment; none before payment.
    var latestShip: Int64? { paid.map { $0 + Int64(shipWithinDays) * 86_400 } }
}
