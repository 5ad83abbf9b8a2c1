/// A product's barcode number: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN) or GTIN-14, its check digit verified.
///
///     try GTIN.parse("4006381333931").digits   // "4006381333931"
///     try GTIN.parse("4006381333932")          // refused: the last digit should be 1
///
/// The check digit is GS1's: from the right, the digits before it weigh 3, 1, 3, …; it makes the sum a multiple of ten.
public struct GTIN: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public let digits: String

    public static let lengths = [8, 12, 13, 14]

    /// Spaces and hyphens a label prints between groups are left out.
    public static func parse(_ text: String) throws(ParcelError) -> GTIN {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), lengths.contains(digits.utf8.count) else { throw .notAGTIN(text) }
        let expected = checkDigit(of: digits.dropLast())
        guard Int(String(digits.last!)) == expected else { throw .gtinCheckDigit(digits, expected: expected) }
        return GTIN(digits: digits)
    }

    private init(digits: String) { self.digits = digits }

    /// The check digit GS1 asks for after `body`.
    public static func checkDigit(of body: Substring) -> Int {
        var sum = 0
        for (i, ch) in body.utf8.reversed().enumerated() {
            sum += Int(ch - 48) * (i % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    /// The same number as each length a scanner might type it: a UPC-A is the EAN-13 with a leading zero,
    /// and a GTIN-14 pads either with zeros. Used to find a product however its barcode was scanned.
    public var equivalents: [String] {
        let significant = String(digits.drop { $0 == "0" })
        return Self.lengths.filter { $0 >= significant.count }.map { String(repeating: "0", count: $0 - significant.count) + significant }
    }

    public var description: String { digits }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try GTIN.parse(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
