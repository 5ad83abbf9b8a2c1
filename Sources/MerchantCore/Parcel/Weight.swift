import Foundation

/// A product's shipping weight in grams, as a merchant types it: `350g`, `0.35kg`, `1,2 kg`, `12oz`, `1.5lb`.
///
///     try Weight.parse("1,2 kg").grams   // 1200
///     try Weight.parse("12oz").grams     // 340
///
/// Ounces and pounds are turned into whole grams (rounded), since carriers rate by the gram or more.
public struct Weight: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public let grams: Int

    /// The heaviest weight accepted: a pallet is not a parcel.
    public static let maxGrams = 1_000_000

    public init(grams: Int) throws(ParcelError) {
        guard grams >= 1, grams <= Self.maxGrams else { throw .weightOutOfRange }
        self.grams = grams
    }

    public static func parse(_ text: String) throws(ParcelError) -> Weight {
        guard let (number, unit) = MeasureText.split(text) else { throw .notAWeight(text) }
        let gramsPerUnit: Double
        switch unit {
        case "g", "gr", "gram", "grams", "gramm":
            // "1.200 g" is twelve hundred grams in German and 1.2 g in English: grams are typed whole.
            guard number.isWhole else { throw .gramsNotWhole(text) }
            gramsPerUnit = 1
        case "kg", "kilo", "kilos": gramsPerUnit = 1000
        case "oz": gramsPerUnit = 28.349523125
        case "lb", "lbs": gramsPerUnit = 453.59237
        default: throw .notAWeight(text)
        }
        let grams = (number.value * gramsPerUnit).rounded()
        guard grams >= 1, grams <= Double(maxGrams) else { throw .weightOutOfRange }
        return try Weight(grams: Int(grams))
    }

    /// "350 g", "1.2 kg" ("1,2 kg" in German): kilograms from one kilogram up, without trailing zeros.
    public var description: String {
        guard grams >= 1000 else { return "\(grams) g" }
        let kilograms = MeasureText.decimal(grams, per: 1000)
        return LanguageFormat.decimal(kilograms, .current) + " kg"
    }
}

/// Numbers with units as merchants type them: a decimal point or comma, spaces anywhere around the unit.
enum MeasureText {
    struct Number {
        var value: Double
        var isWhole: Bool
    }

    /// "1,2 kg" → (1.2, "kg"); nil when there is no number or no unit.
    static func split(_ text: String) -> (Number, String)? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        let digits = compact.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        let unit = String(compact.dropFirst(digits.count))
        guard let number = number(String(digits)), !unit.isEmpty else { return nil }
        return (number, unit)
    }

    /// "12", "0.35", "1,2"; at most one decimal separator, digits on both sides.
    static func number(_ text: String) -> Number? {
        let parts = text.split(separator: /[.,]/, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 7 && $0.allSatisfy(\.isNumber) }),
              let value = Double(parts.joined(separator: "."))
        else { return nil }
        return Number(value: value, isWhole: parts.count == 1)
    }

    /// `value / per` with up to three decimals and no trailing zeros: 1200 per 1000 is "1.2".
    static func decimal(_ value: Int, per: Int) -> String {
        let whole = value / per, rest = value % per
        guard rest != 0 else { return "\(whole)" }
        var fraction = String(rest)
        fraction = String(repeating: "0", count: String(per).count - 1 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
