import Foundation

/// The ship date of a shipment (R13): now unless the merchant says otherwise, never in the
/// future and never before the order was placed. Amazon's confirmation carries the same date.
public enum ShipDate {
    /// How far ahead of this computer's clock a ship date may be, for clocks that disagree a little.
    public static let allowedClockSkew: TimeInterval = 5 * 60

    /// The date to ship with: the merchant's, or now (R13's default), once validated.
    public static func resolve(_ date: Date?, purchaseDate: Date, now: Date) throws(ShippingError) -> Date {
        let date = date ?? now
        try validate(date, purchaseDate: purchaseDate, now: now)
        return date
    }

    public static func validate(_ date: Date, purchaseDate: Date, now: Date) throws(ShippingError) {
        if date > now.addingTimeInterval(allowedClockSkew) { throw .shipDateInFuture(date, now: now) }
        if date < purchaseDate { throw .shipDateBeforePurchase(date, purchaseDate: purchaseDate) }
    }
}

/// Why a shipment cannot be confirmed as entered.
public enum ShippingError: Error, Equatable, Sendable, CustomStringConvertible {
    case shipDateInFuture(Date, now: Date)
    case shipDateBeforePurchase(Date, purchaseDate: Date)
    /// Text that is not a date of `ShipDate.parse`'s grammar, as typed.
    case notADate(String)

    public var description: String {
        switch self {
        case .shipDateInFuture(let date, let now):
            return "The ship date \(Self.format(date)) is in the future (it is now \(Self.format(now))): confirm a shipment once it has left, with the date it left."
        case .shipDateBeforePurchase(let date, let purchaseDate):
            return "The ship date \(Self.format(date)) is before the order was placed (\(Self.format(purchaseDate))): a shipment leaves after the purchase."
        case .notADate(let text):
            return "\"\(text)\" is not a date: write 2026-01-04 or 2026-01-04 09:30 (UTC)"
        }
    }

    /// UTC, to the minute, as Amazon reports times.
    private static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
