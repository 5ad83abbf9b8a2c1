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
            return tr("rules.ship-date.future", Self.format(date), Self.format(now))
        case .shipDateBeforePurchase(let date, let purchaseDate):
            return tr("rules.ship-date.before-purchase", Self.format(date), Self.format(purchaseDate))
        case .notADate(let text):
            return tr("rules.ship-date.not-a-date", text)
        }
    }

    /// UTC, to the minute, as Amazon reports times, written the merchant's way ("2026-01-04 09:30 UTC").
    private static func format(_ date: Date) -> String {
        LanguageFormat.moment(date, Language.current, timeZone: TimeZone(identifier: "UTC")!) + " UTC"
    }
}
