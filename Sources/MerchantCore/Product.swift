/// A catalog entry of the merchant's own shop.
public struct Product: Sendable, Equatable, Codable {
    public var sku: String
    public var title: String
    /// Units physically in the merchant's warehouse.
    public var stockOnHand: Int
    public var enabled: Bool
    /// Needed for Amazon orders to take stock from this product (R24).
    public var asin: String?
    /// Amazon-only overrides (R24).
    public var amazonStockOverride: Int?
    public var amazonPrice: Money?
    public var handlingDays: Int?
    /// Fulfilled by Amazon (R26).
    public var fba: Bool
    /// Weight, size, barcode and bin: what packing, pick lists and carrier rates need.
    public var parcel: ParcelFacts

    public init(sku: String, title: String, stockOnHand: Int, enabled: Bool = true, asin: String? = nil, amazonStockOverride: Int? = nil, amazonPrice: Money? = nil, handlingDays: Int? = nil, fba: Bool = false, parcel: ParcelFacts = .none) {
        self.sku = sku
        self.title = title
        self.stockOnHand = stockOnHand
        self.enabled = enabled
        self.asin = asin
        self.amazonStockOverride = amazonStockOverride
        self.amazonPrice = amazonPrice
        self.handlingDays = handlingDays
        self.fba = fba
        self.parcel = parcel
    }

    /// Whether Amazon orders can take stock from this product (R24): it needs its ASIN.
    public var isSoldOnAmazon: Bool { asin != nil }
}

/// Checks on catalog values typed by the merchant (R30: a clear message, nothing changed).
public enum CatalogValidation {
    public static func sku(_ text: String) throws(CatalogError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 40,
              trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 }) else {
            throw .invalidSku(text)
        }
        return trimmed
    }

    /// ASINs are ten characters, letters and digits ("B0DEMO0001").
    public static func asin(_ text: String) throws(CatalogError) -> String {
        // Check what was typed, not its uppercase: "ß".uppercased() is "SS", which would pass.
        guard text.utf8.count == 10, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }) else {
            throw .invalidAsin(text)
        }
        return text.uppercased()
    }

    public static func quantity(_ value: Int, field: String) throws(CatalogError) -> Int {
        guard value >= 0, value <= 10_000_000 else { throw .invalidQuantity(field, value) }
        return value
    }

    public static func handlingDays(_ value: Int) throws(CatalogError) -> Int {
        guard (0...30).contains(value) else { throw .invalidHandlingDays(value) }
        return value
    }
}

/// Why a catalog change was refused.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidSku(String)
    case invalidAsin(String)
    case invalidQuantity(String, Int)
    case invalidHandlingDays(Int)
    case unknownProduct(String)
    case asinRequiredForFBA(String)

    public var description: String {
        switch self {
        case .invalidSku(let s): tr("rules.catalog.invalid-sku", s)
        case .invalidAsin(let s): tr("rules.catalog.invalid-asin", s)
        case .invalidQuantity(let f, let v): tr("rules.catalog.invalid-quantity", v, f)
        case .invalidHandlingDays(let v): tr("rules.catalog.invalid-handling-days", v)
        case .unknownProduct(let s): tr("rules.catalog.unknown-product", s)
        case .asinRequiredForFBA(let s): tr("rules.catalog.asin-required-for-fba", s)
        }
    }
}
