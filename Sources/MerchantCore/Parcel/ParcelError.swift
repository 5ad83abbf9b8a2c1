/// Why a parcel fact or the ship-from address was refused (R30: said in a merchant's words, nothing changed).
public enum ParcelError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAWeight(String)
    case gramsNotWhole(String)
    case weightOutOfRange
    case notASize(String)
    case sizeOutOfRange
    case notAGTIN(String)
    case gtinCheckDigit(String, expected: Int)
    case gtinTaken(String, sku: String)
    case emptyBin
    case binTooLong(String)
    case binNotPrintable
    case addressShortForm
    case addressLines
    case addressFieldMissing(String)
    case addressFieldTooLong(String)
    case notACountry(String)
    case postalCode(String, country: String)
    case notAPhone(String)

    public var description: String {
        switch self {
        case .notAWeight(let t): "\"\(t)\" is not a weight: write it with its unit, like 350g, 0.35kg, 12oz or 1.5lb"
        case .gramsNotWhole(let t): "\"\(t)\": write grams as a whole number, like 1200g, or kilograms, like 1.2kg"
        case .weightOutOfRange: "a parcel weighs from 1 g to 1000 kg"
        case .notASize(let t): "\"\(t)\" is not a size: write length x width x height with a unit, like 20x15x10cm or 8x6x4in"
        case .sizeOutOfRange: "each side of a parcel is from 1 mm to 3 m"
        case .notAGTIN(let t): "\"\(t)\" is not a GTIN: a barcode number has 8, 12, 13 or 14 digits"
        case .gtinCheckDigit(let t, let expected): "\(t) is not a valid GTIN: its last digit should be \(expected); check the number on the barcode"
        case .gtinTaken(let t, let sku): "GTIN \(t) already belongs to \(sku): one barcode names one product"
        case .emptyBin: "a bin location cannot be empty: write none to clear it"
        case .binTooLong(let t): "\"\(t)\" is too long for a bin location: use at most 20 characters, like A-03-2"
        case .binNotPrintable: "a bin location is plain text: letters, digits and signs, no control characters"
        case .addressShortForm: "write the address as Name; Street; Postal code; City; Country code (a phone number may follow)"
        case .addressLines: "an address has one to three street lines"
        case .addressFieldMissing(let f): "the address needs its \(f)"
        case .addressFieldTooLong(let f): "the address's \(f) is too long: use at most 60 characters"
        case .notACountry(let t): "\"\(t)\" is not a country code: use the two letters, like DE, GB or JP"
        case .postalCode(let t, let country): "\"\(t)\" is not a postal code of \(country)"
        case .notAPhone(let t): "\"\(t)\" is not a phone number: use digits, spaces and a leading +"
        }
    }
}
