import Foundation

/// Where the merchant's parcels leave from: the sender block of a packing slip and of a bought label.
///
///     try ShipFromAddress.parse("Kaffeekontor Berlin; Lagerstraße 5; 10115; Berlin; DE")
///
/// The short form lists name; street lines (one to three); postal code; city; country code; and a phone number
/// last when there is one, separated by semicolons.
public struct ShipFromAddress: Sendable, Equatable, Codable {
    public var name: String
    public var lines: [String]
    public var postalCode: String
    public var city: String
    /// ISO 3166 two-letter code, upper case (DE, GB, JP, TH).
    public var countryCode: String
    public var phone: String?

    public static let maxFieldLength = 60

    /// Checks every field; the address as it will be stored (trimmed, the country code upper case).
    public init(name: String, lines: [String], postalCode: String, city: String, countryCode: String, phone: String? = nil) throws(ParcelError) {
        self.name = try Self.field(name, .name)
        let lines = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (1...3).contains(lines.count) else { throw .addressLines }
        self.lines = try lines.map { line throws(ParcelError) in try Self.field(line, .street) }
        self.city = try Self.field(city, .city)
        self.countryCode = try Self.country(countryCode)
        self.postalCode = try Self.postalCode(postalCode, country: self.countryCode)
        let phone = try phone.map { text throws(ParcelError) in try Self.phone(text) }
        self.phone = phone?.isEmpty == false ? phone : nil
    }

    /// The short form: "Name; Street 1[; Line 2[; Line 3]]; Postal code; City; Country code[; Phone]".
    public static func parse(_ text: String) throws(ParcelError) -> ShipFromAddress {
        var parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var phone: String?
        if parts.count >= 6, let last = parts.last, !isCountryCode(last), parts.count >= 2, isCountryCode(parts[parts.count - 2]) {
            phone = parts.removeLast()
        }
        guard parts.count >= 5 else { throw .addressShortForm }
        let country = parts.removeLast(), city = parts.removeLast(), postal = parts.removeLast()
        let name = parts.removeFirst()
        return try ShipFromAddress(name: name, lines: parts, postalCode: postal, city: city, countryCode: country, phone: phone)
    }

    /// The short form of this address, as `parse` reads it back.
    public var shortForm: String {
        ([name] + lines + [postalCode, city, countryCode] + (phone.map { [$0] } ?? [])).joined(separator: "; ")
    }

    /// The address as the post reads it, one line each: name, street lines, the city line, the country.
    public var block: [String] {
        AddressBlock.lines(name: name, street: lines, postalCode: postalCode, city: city, region: nil, countryCode: countryCode)
    }

    /// As an order's address, for what speaks of addresses in general (a label's ship-from).
    public var postalAddress: PostalAddress {
        PostalAddress(name: name, lines: lines, city: city, postalCode: postalCode, region: nil, countryCode: countryCode, phone: phone)
    }

    // MARK: - Checks

    enum Field: String, Sendable { case name, street, city }

    static func field(_ text: String, _ field: Field) throws(ParcelError) -> String {
        guard let clean = PrintableText.clean(text), !clean.isEmpty else { throw .addressFieldMissing(field.rawValue) }
        guard clean.count <= maxFieldLength else { throw .addressFieldTooLong(field.rawValue) }
        return clean
    }

    static func isCountryCode(_ text: String) -> Bool {
        text.count == 2 && Locale.Region.isoRegions.contains { $0.identifier == text.uppercased() }
    }

    static func country(_ text: String) throws(ParcelError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces)
        guard code.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }), isCountryCode(code) else { throw .notACountry(text) }
        return code.uppercased()
    }

    /// Postal codes of the countries the demo and its marketplaces ship from are checked for their shape;
    /// elsewhere 2 to 10 letters, digits, spaces or hyphens.
    static func postalCode(_ text: String, country: String) throws(ParcelError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let shape = postalShapes[country] ?? (#"^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$"#, nil)
        guard code.range(of: shape.pattern, options: .regularExpression) != nil else {
            throw .postalCode(text, country: country, example: shape.example)
        }
        return code
    }

    /// Each country's postal code, and one the refusal shows as an example.
    static let postalShapes: [String: (pattern: String, example: String?)] = [
        "DE": (#"^[0-9]{5}$"#, "10115"), "TH": (#"^[0-9]{5}$"#, "10110"), "FR": (#"^[0-9]{5}$"#, "75001"),
        "ES": (#"^[0-9]{5}$"#, "28001"), "IT": (#"^[0-9]{5}$"#, "00184"), "AT": (#"^[0-9]{4}$"#, "1010"),
        "CH": (#"^[0-9]{4}$"#, "8001"), "DK": (#"^[0-9]{4}$"#, "1050"), "BE": (#"^[0-9]{4}$"#, "1000"),
        "JP": (#"^[0-9]{3}-?[0-9]{4}$"#, "100-0001"), "US": (#"^[0-9]{5}(-[0-9]{4})?$"#, "98101"),
        "GB": (#"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"#, "SW1A 1AA"), "NL": (#"^[0-9]{4} ?[A-Z]{2}$"#, "1012 AB"),
    ]

    /// 5 to 20 digits, with the spaces, dashes, slashes, brackets and leading + people write between them.
    static func phone(_ text: String) throws(ParcelError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "" }
        let digits = trimmed.filter(\.isASCII).filter(\.isNumber).count
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || " +-/()".contains($0)) }), (5...20).contains(digits) else {
            throw .notAPhone(text)
        }
        return trimmed
    }
}
