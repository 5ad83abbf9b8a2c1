import Foundation

/// Which rate labels an order when several marked orders are labelled in one go: the cheapest rate whose delivery
/// promise meets the order's deadline; never a late one in silence.
///
///     OnTimeRate.choose(kept.offers, shipBy: order.latestShipDate)   // .chosen(DHL Paket), or why none
///
/// The deadline: the console keeps Amazon's ship-by date (`LatestShipDate`, R15) and not the buyer's deliver-by date.
/// Amazon's quickest promise to a buyer (Expedited) is delivery two days after the ship-by date, so a rate meets the
/// order when its latest promised delivery is no later than the ship-by date plus those two days: on time for every
/// buyer, whatever speed they chose. A rate without a delivery promise meets nothing; an order without a ship-by
/// date gets no rate; an order no rate meets is left out and named with the soonest promise it was offered.
public enum OnTimeRate {
    /// Amazon's quickest delivery promise after the ship-by date (Expedited): two days.
    public static let deliveryAllowance: TimeInterval = 2 * 86_400

    /// The latest delivery that keeps an order with this ship-by date on time.
    public static func deliverBy(shipBy: Date) -> Date { shipBy.addingTimeInterval(deliveryAllowance) }

    /// The rate chosen for one order, or why there is none.
    public enum Choice: Sendable, Equatable {
        case chosen(ShippingOffer)
        /// Amazon offered no rate for the parcel.
        case noRates
        /// The order has no ship-by date, so no promise can be checked against it.
        case noShipBy
        /// No rate promises delivery by `deliverBy`; `soonest` is the soonest promise offered, nil when none promised any.
        case noneOnTime(deliverBy: Date, soonest: Date?)
    }

    /// The cheapest offer promising delivery by the deadline; on equal prices the sooner promise, then the rate id.
    public static func choose(_ offers: [ShippingOffer], shipBy: Date?) -> Choice {
        guard !offers.isEmpty else { return .noRates }
        guard let shipBy else { return .noShipBy }
        let deadline = deliverBy(shipBy: shipBy)
        let onTime = offers.filter { $0.deliveryBy.map { $0 <= deadline } ?? false }
        let best = onTime.min {
            ($0.price.minorUnits, $0.deliveryBy!, $0.rateId) < ($1.price.minorUnits, $1.deliveryBy!, $1.rateId)
        }
        guard let best else { return .noneOnTime(deliverBy: deadline, soonest: offers.compactMap(\.deliveryBy).min()) }
        return .chosen(best)
    }
}
