import Foundation
import MerchantCore

/// A carrier's service as simulated Amazon sells it through Buy Shipping: real carriers per marketplace, a price
/// by billed weight (the greater of the real and the volumetric weight), size and weight limits, a delivery promise,
/// and whether Amazon's claims protection comes with it.
///
/// Prices are made up but steady (the same parcel costs the same every time), in the marketplace's currency.
struct CarrierService: Sendable {
    var carrierId: String
    var carrierName: String
    var serviceId: String
    var serviceName: String
    /// What `confirmShipment` would name this carrier (`Carrier.carrierCode`), and the name when that is "Other".
    var carrier: Carrier
    /// Minor units: the price of the first kilogram, and of each kilogram (or part) after it.
    var basePrice: Int64
    var perKilogram: Int64
    var maxGrams: Int
    /// The longest side, and length plus girth (2 × (width + height)), in centimetres.
    var maxLengthCm: Double
    var maxGirthCm: Double
    var transitDays: Int
    var claimsProtected: Bool
    /// How long after its purchase a label can still be voided (cancelShipment). Every carrier here: 24 hours.
    var voidWindowSeconds: Int64 = 24 * 3600

    /// Volumetric divisor: cm³ per kilogram, as the parcel carriers bill it.
    static let volumetricDivisor = 5000.0

    /// The country whose currency `basePrice` and `perKilogram` are in, and where the carrier picks parcels up.
    var country: String = "DE"
    /// Whether this service carries to another country (it then goes only abroad, and takes longer there).
    var abroad = false

    /// The services for a parcel from `fromCountry` to `toCountry`: the country's own carriers at home; across a border,
    /// only the ship-from country's international services (a carrier picks up where it works, never in another country).
    static func offered(from fromCountry: String, to toCountry: String) -> [CarrierService] {
        let home = (germany + unitedKingdom + japan).filter { $0.country == fromCountry }
        return fromCountry == toCountry ? home : international.filter { $0.country == fromCountry }
    }

    /// The services a marketplace's carriers would offer at home, refused for a parcel leaving from elsewhere.
    static func domestic(to toCountry: String) -> [CarrierService] {
        (germany + unitedKingdom + japan).filter { $0.country == toCountry }
    }

    /// The service a rate id or a bought label names.
    static func named(_ serviceId: String) -> CarrierService? {
        (germany + unitedKingdom + japan + international).first { $0.serviceId == serviceId }
    }

    /// Days on the way: the domestic promise at home; abroad three more within Europe, five more to or from Japan.
    func transitDays(to toCountry: String) -> Int {
        guard abroad else { return transitDays }
        return transitDays + (country == "JP" || toCountry == "JP" ? 5 : 3)
    }

    /// The price in `currency`'s minor units: the carrier's own price, at a fixed reference rate when the order's
    /// currency is another (Amazon charges Buy Shipping in the marketplace's currency).
    func price(billedGrams: Double, in currency: String) -> Int64 {
        let own = price(billedGrams: billedGrams)
        let perEuro: [String: Double] = ["EUR": 1, "GBP": 0.85, "JPY": 160]
        let ownCurrency = ["DE": "EUR", "GB": "GBP", "JP": "JPY"][country] ?? "EUR"
        guard ownCurrency != currency, let from = perEuro[ownCurrency], let to = perEuro[currency] else { return own }
        let major = Double(own) / pow(10, Double(Money.minorDigits(of: ownCurrency))) / from * to
        return Int64((major * pow(10, Double(Money.minorDigits(of: currency)))).rounded(.up))
    }

    static let germany: [CarrierService] = [
        CarrierService(carrierId: "DHL_PAKET", carrierName: "DHL Paket", serviceId: "DHL_PAKET_STANDARD", serviceName: "DHL Paket",
                       carrier: .dhl, basePrice: 499, perKilogram: 45, maxGrams: 31_500, maxLengthCm: 120, maxGirthCm: 360, transitDays: 2, claimsProtected: true),
        CarrierService(carrierId: "DPD", carrierName: "DPD", serviceId: "DPD_CLASSIC", serviceName: "DPD Classic",
                       carrier: .dpd, basePrice: 459, perKilogram: 55, maxGrams: 31_500, maxLengthCm: 175, maxGirthCm: 300, transitDays: 2, claimsProtected: false),
        CarrierService(carrierId: "HERMES", carrierName: "Hermes", serviceId: "HERMES_PAKET", serviceName: "Hermes Paket",
                       carrier: .hermes, basePrice: 429, perKilogram: 50, maxGrams: 25_000, maxLengthCm: 120, maxGirthCm: 300, transitDays: 3, claimsProtected: false),
    ]

    static let unitedKingdom: [CarrierService] = [
        CarrierService(carrierId: "ROYAL_MAIL", carrierName: "Royal Mail", serviceId: "ROYAL_MAIL_TRACKED_24", serviceName: "Royal Mail Tracked 24",
                       carrier: .royalMail, basePrice: 420, perKilogram: 60, maxGrams: 20_000, maxLengthCm: 61, maxGirthCm: 230, transitDays: 1, claimsProtected: true, country: "GB"),
        CarrierService(carrierId: "ROYAL_MAIL", carrierName: "Royal Mail", serviceId: "ROYAL_MAIL_TRACKED_48", serviceName: "Royal Mail Tracked 48",
                       carrier: .royalMail, basePrice: 335, perKilogram: 50, maxGrams: 20_000, maxLengthCm: 61, maxGirthCm: 230, transitDays: 2, claimsProtected: true, country: "GB"),
        CarrierService(carrierId: "EVRI", carrierName: "Evri", serviceId: "EVRI_STANDARD", serviceName: "Evri Standard",
                       carrier: .other(try! CarrierName("Evri")), basePrice: 299, perKilogram: 45, maxGrams: 15_000, maxLengthCm: 120, maxGirthCm: 245, transitDays: 3, claimsProtected: false, country: "GB"),
    ]

    static let japan: [CarrierService] = [
        CarrierService(carrierId: "YAMATO", carrierName: "Yamato Transport", serviceId: "YAMATO_TAQBIN", serviceName: "TA-Q-BIN",
                       carrier: .yamato, basePrice: 940, perKilogram: 110, maxGrams: 25_000, maxLengthCm: 160, maxGirthCm: 400, transitDays: 1, claimsProtected: true, country: "JP"),
        CarrierService(carrierId: "SAGAWA", carrierName: "Sagawa Express", serviceId: "SAGAWA_HIKYAKU", serviceName: "Hikyaku Takkyubin",
                       carrier: .sagawa, basePrice: 880, perKilogram: 100, maxGrams: 30_000, maxLengthCm: 160, maxGirthCm: 400, transitDays: 2, claimsProtected: false, country: "JP"),
        CarrierService(carrierId: "JAPAN_POST", carrierName: "Japan Post", serviceId: "JAPAN_POST_YUPACK", serviceName: "Yu-Pack",
                       carrier: .japanPost, basePrice: 870, perKilogram: 90, maxGrams: 25_000, maxLengthCm: 170, maxGirthCm: 400, transitDays: 2, claimsProtected: true, country: "JP"),
    ]

    /// Services across a border, one per ship-from country: DHL Paket International, Royal Mail International
    /// Tracked, Japan Post EMS. Priced in the carrier's own currency; their transit grows with the distance.
    static let international: [CarrierService] = [
        CarrierService(carrierId: "DHL_PAKET", carrierName: "DHL Paket", serviceId: "DHL_PAKET_INTERNATIONAL", serviceName: "DHL Paket International",
                       carrier: .dhl, basePrice: 1549, perKilogram: 120, maxGrams: 31_500, maxLengthCm: 120, maxGirthCm: 360, transitDays: 1, claimsProtected: true,
                       abroad: true),
        CarrierService(carrierId: "ROYAL_MAIL", carrierName: "Royal Mail", serviceId: "ROYAL_MAIL_INTL_TRACKED", serviceName: "Royal Mail International Tracked",
                       carrier: .royalMail, basePrice: 1195, perKilogram: 250, maxGrams: 2_000, maxLengthCm: 60, maxGirthCm: 180, transitDays: 1, claimsProtected: true,
                       country: "GB", abroad: true),
        CarrierService(carrierId: "JAPAN_POST", carrierName: "Japan Post", serviceId: "JAPAN_POST_EMS", serviceName: "EMS",
                       carrier: .japanPost, basePrice: 2900, perKilogram: 700, maxGrams: 30_000, maxLengthCm: 150, maxGirthCm: 300, transitDays: 1, claimsProtected: true,
                       country: "JP", abroad: true),
    ]

    /// Why this service cannot carry the parcel (`IneligibilityReasonCode` and a message), or nil when it can.
    func refusal(grams: Double, sidesCm: [Double]) -> (code: String, message: String)? {
        if grams > Double(maxGrams) { return ("WEIGHT_RESTRICTIONS", "\(serviceName) carries up to \(maxGrams / 1000) kg.") }
        let sides = sidesCm.sorted(by: >)
        let girth = sides[0] + 2 * (sides[1] + sides[2])
        if sides[0] > maxLengthCm || girth > maxGirthCm {
            return ("SIZE_RESTRICTIONS", "\(serviceName) carries parcels up to \(Int(maxLengthCm)) cm long and \(Int(maxGirthCm)) cm in length and girth.")
        }
        return nil
    }

    /// The billed weight in grams: the real weight or the volumetric one, whichever is more.
    static func billedGrams(grams: Double, sidesCm: [Double]) -> Double {
        max(grams, sidesCm.reduce(1, *) / volumetricDivisor * 1000)
    }

    /// The price for a billed weight: the first kilogram at the base price, each further kilogram (or part) on top.
    func price(billedGrams: Double) -> Int64 {
        let kilograms = max(1, Int64((billedGrams / 1000).rounded(.up)))
        return basePrice + (kilograms - 1) * perKilogram
    }
}
