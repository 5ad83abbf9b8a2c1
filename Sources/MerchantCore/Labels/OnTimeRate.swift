import Foundation

/// Which rate labels an order when several marked orders are labelled in one go: the cheapest rate whose delivery
/// promise meets the order's deadline; never a late one in silence.
///
///     OnTimeRate.choose(kept.offers, deliverBy: order.latestDeliveryDate, shipBy: order.latestShipDate)
///     // .chosen(DHL Paket), or why none
///
/// The deadline is the end of the delivery window Amazon promised the buyer (`LatestDeliveryDate`, Orders 2026-01-01
/// `deliverByWindow.latestDateTime`): a rate meets the order when its latest promised delivery is no later than that.
/// Orders stored before the console kept that date, or for which Amazon gave none, fall back to the ship-by date
/// (`LatestShipDate`, R15) plus two days: Amazon's quickest promise to a buyer (Expedited) is delivery two days after
/// the ship-by date, so that deadline is on time for every buyer, whatever speed they chose. A rate without a delivery
/// promise meets nothing; an order with neither date gets no rate; an order no rate meets is left out and named with
/// the soonest promise it was offered.
public enum OnTimeRate {
    /// Amazon's quickest delivery promise after the ship-by date (Expedited): two days. Used only without a deliver-by date.
    public static let deliveryAllowance: TimeInterval = 2 * 86_400

    /// The latest delivery that keeps the order on time: Amazon's deliver-by date when known, else ship-by plus the
    /// allowance; nil when neither is known.
    public static func deadline(deliverBy: Date?, shipBy: Date?) -> Date? {
        deliverBy ?? shipBy.map { $0.addingTimeInterval(deliveryAllowance) }
    }

    /// The rate chosen for one order, or why there is none.
    public enum Choice: Sendable, Equatable {
        case chosen(ShippingOffer)
        /// Amazon offered no rate for the parcel.
        case noRates
        /// The order has neither a deliver-by nor a ship-by date, so no promise can be checked against it.
        case noDeadline
        /// No rate promises delivery by `deliverBy`; `soonest` is the soonest promise offered, nil when none promised any.
        case noneOnTime(deliverBy: Date, soonest: Date?)
    }

    /// The cheapest offer promising delivery by the deadline; on equal prices the sooner promise, then the rate id.
    public static func choose(_ offers: [ShippingOffer], deliverBy: Date?, shipBy: Date?) -> Choice {
        guard !offers.isEmpty else { return .noRates }
        guard let deadline = deadline(deliverBy: deliverBy, shipBy: shipBy) else { return .noDeadline }
        let onTime = offers.filter { $0.deliveryBy.map { $0 <= deadline } ?? false }
        let best = onTime.min {
            ($0.price.minorUnits, $0.deliveryBy!, $0.rateId) < ($1.price.minorUnits, $1.deliveryBy!, $1.rateId)
        }
        guard let best else { return .noneOnTime(deliverBy: deadline, soonest: offers.compactMap(\.deliveryBy).min()) }
        return .chosen(best)
    }
}
