import Foundation

/// An amount of money in minor units (cents, pence; yen have none) with its ISO 4217 currency.
///
///     let total = try Money(parsing: "49.98", currency: "EUR")   // 4998 cents
///     total.amountText                                            // "49.98"
///
/// Amounts are never Doubles: SP-API sends decimal strings and we keep every cent exact.
public struct Money: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency.uppercased()
    }

    public static func zero(_ currency: String) -> Money { Money(minorUnits: 0, currency: currency) }

    /// How many digits follow the decimal point in this currency.
    public static func minorDigits(of currency: String) -> Int {
        switch currency.uppercased() {
        case "JPY", "KRW", "CLP", "ISK", "HUF", "TWD", "VND": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND": return 3
        default: return 2
        }
    }

    /// Parses a decimal amount exactly ("49.98", "1500", "-3.50" when `allowNegative`).
    /// Refuses grouping separators, exponents, NaN, non-ASCII digits and more decimals than the currency has.
    public init(parsing text: String, currency: String, allowNegative: Bool = false) throws(MoneyError) {
        let code = currency.uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { throw .unknownCurrency(currency) }
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.first == "-" {
            guard allowNegative else { throw .negative(text) }
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
              whole.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { throw .malformed(text) }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), parts.count == 1 || !fraction.isEmpty else { throw .malformed(text) }
        let digits = Money.minorDigits(of: code)
        // "1500.00" in yen is fine; "1500.5" is not.
        while fraction.count > digits, fraction.last == "0" { fraction = fraction.dropLast() }
        guard fraction.count <= digits else { throw .tooManyDecimals(text, currency: code, allowed: digits) }
        let padded = String(fraction) + String(repeating: "0", count: digits - fraction.count)
        guard whole.count <= 15, let w = Int64(whole), let f = Int64(padded.isEmpty ? "0" : padded) else { throw .tooLarge(text) }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let units = w * scale + f
        minorUnits = negative ? -units : units
        self.currency = code
    }

    /// The amount as SP-API writes it: "49.98", "1500", "-3.50".
    public var amountText: String {
        let digits = Money.minorDigits(of: currency)
        guard digits > 0 else { return String(minorUnits) }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = minorUnits.magnitude
        let whole = magnitude / UInt64(scale)
        let fraction = String(magnitude % UInt64(scale))
        let sign = minorUnits < 0 ? "-" : ""
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }

    public var description: String { "\(amountText) \(currency)" }

    /// Amounts order by currency first, so that the order is total; compare amounts of one currency only.
    public static func < (a: Money, b: Money) -> Bool { (a.currency, a.minorUnits) < (b.currency, b.minorUnits) }

    /// The sum of two amounts of the same currency.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        return Money(minorUnits: minorUnits + other.minorUnits, currency: currency)
    }

    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        return Money(minorUnits: minorUnits - other.minorUnits, currency: currency)
    }

    public func times(_ factor: Int) -> Money { Money(minorUnits: minorUnits * Int64(factor), currency: currency) }
}

/// Why an amount was refused, in words a merchant understands.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case negative(String)
    case tooManyDecimals(String, currency: String, allowed: Int)
    case tooLarge(String)
    case unknownCurrency(String)
    case currencyMismatch(String, String)
    /// "1,234" or "1.234" in a currency with two decimals: a thousand and more to one merchant, a typo to another.
    case ambiguous(String, currency: String, allowed: Int)

    public var description: String {
        switch self {
        case .malformed(let t): tr("rules.money.malformed", t)
        case .negative(let t): tr("rules.money.negative", t)
        case .tooManyDecimals(let t, let c, let n): tr("rules.money.too-many-decimals", t, c, n)
        case .tooLarge(let t): tr("rules.money.too-large", t)
        case .unknownCurrency(let c): tr("rules.money.unknown-currency", c)
        case .currencyMismatch(let a, let b): tr("rules.money.currency-mismatch", a, b)
        case .ambiguous(let t, let c, let n):
            tr("rules.money.ambiguous", t, t.filter(\.isNumber), n, c)
        }
    }
}
