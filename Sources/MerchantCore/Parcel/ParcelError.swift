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
    case postalCode(String, country: String, example: String?)
    case notAPhone(String)

    public var description: String {
        switch self {
        case .notAWeight(let t): tr("parcel.error.weight", t)
        case .gramsNotWhole(let t): tr("parcel.error.grams", t)
        case .weightOutOfRange: tr("parcel.error.weight.range")
        case .notASize(let t): tr("parcel.error.size", t)
        case .sizeOutOfRange: tr("parcel.error.size.range")
        case .notAGTIN(let t): tr("parcel.error.gtin", t)
        case .gtinCheckDigit(let t, let expected): tr("parcel.error.gtin.check", t, String(expected))
        case .gtinTaken(let t, let sku): tr("parcel.error.gtin.taken", t, sku)
        case .emptyBin: tr("parcel.error.bin.empty")
        case .binTooLong(let t): tr("parcel.error.bin.long", t)
        case .binNotPrintable: tr("parcel.error.bin.printable")
        case .addressShortForm: tr("parcel.error.address.form")
        case .addressLines: tr("parcel.error.address.lines")
        case .addressFieldMissing("street"): tr("parcel.error.address.street")
        case .addressFieldMissing("city"): tr("parcel.error.address.city")
        case .addressFieldMissing: tr("parcel.error.address.name")
        case .addressFieldTooLong: tr("parcel.error.address.long")
        case .notACountry(let t): tr("parcel.error.country", t)
        case .postalCode(let t, let country, let example?): tr("parcel.error.postal.example", t, country, example)
        case .postalCode(let t, let country, nil): tr("parcel.error.postal", t, country)
        case .notAPhone(let t): tr("parcel.error.phone", t)
        }
    }
}
