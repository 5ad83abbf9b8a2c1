import Foundation

/// A carrier the merchant ships with, as Amazon's `confirmShipment` names it (R13):
/// one of Amazon's `carrierCode` values, or `Other` with the carrier's name.
///
/// The Japanese carriers use the codes of Amazon's carrier list (the `CarrierCode` values of its feed
/// schema, which `confirmShipment` shares): `YamatoTransport` and `SagawaExpress` written as one word,
/// `Japan Post` with its space. The list also keeps the older `YAMATO` and `SAGAWA`; a package that
/// comes back with one of those is read as the same carrier.
public enum Carrier: Hashable, Sendable, CustomStringConvertible {
    case dhl
    case dhlExpress
    case deutschePost
    case dpd
    case gls
    case hermes
    case ups
    case usps
    case fedEx
    case royalMail
    /// ヤマト運輸 (Kuroneko Yamato, TA-Q-BIN).
    case yamato
    /// 佐川急便.
    case sagawa
    /// 日本郵便: Yu-Pack, registered mail, and international mail.
    case japanPost
    /// A carrier Amazon has no code for: sent as `carrierCode` "Other" with this `carrierName`.
    case other(CarrierName)

    /// Every carrier with its own `carrierCode`, in the order a picker shows them.
    public static let known: [Carrier] = [
        .dhl, .dhlExpress, .deutschePost, .dpd, .gls, .hermes, .ups, .usps, .fedEx, .royalMail,
        .yamato, .sagawa, .japanPost,
    ]

    /// The exact `carrierCode` Amazon expects.
    public var carrierCode: String {
        switch self {
        case .dhl: "DHL"
        case .dhlExpress: "DHL Express"
        case .deutschePost: "Deutsche Post"
        case .dpd: "DPD"
        case .gls: "GLS"
        case .hermes: "Hermes"
        case .ups: "UPS"
        case .usps: "USPS"
        case .fedEx: "FedEx"
        case .royalMail: "Royal Mail"
        case .yamato: "YamatoTransport"
        case .sagawa: "SagawaExpress"
        case .japanPost: "Japan Post"
        case .other: "Other"
        }
    }

    /// The carrier's own name, where Amazon's code writes it differently ("YamatoTransport").
    private var name: String {
        switch self {
        case .yamato: "Yamato Transport"
        case .sagawa: "Sagawa Express"
        default: carrierCode
        }
    }

    /// The `carrierName` Amazon needs with `carrierCode` "Other"; nil for the others.
    public var carrierName: String? {
        if case .other(let name) = self { return name.value }
        return nil
    }

    /// How the merchant sees the carrier: its name ("Yamato Transport" for the code "YamatoTransport"),
    /// or the name given for Other.
    public var displayName: String { carrierName ?? name }

    public var description: String { displayName }

    /// The carrier a merchant typed: case, spaces, hyphens and dots do not matter
    /// ("dhl-express", "DHL Express", "dhlexpress"). Only carriers with their own code;
    /// for any other carrier use `Carrier.other(named:)`.
    public init?(parsing text: String) {
        let key = Carrier.key(text)
        guard let carrier = Carrier.aliases[key] else { return nil }
        self = carrier
    }

    /// What `confirmShipment` carried (or a stored package): a `carrierCode`, and the name with "Other".
    public init?(carrierCode: String, carrierName: String?) {
        if carrierCode == "Other" {
            guard let carrierName, let name = try? CarrierName(carrierName) else { return nil }
            self = .other(name)
        } else {
            guard let carrier = Carrier.known.first(where: { $0.carrierCode == carrierCode }) ?? Carrier.legacyCodes[carrierCode]
            else { return nil }
            self = carrier
        }
    }

    /// A carrier Amazon has no code for, named by the merchant (1 to 40 printable characters).
    public static func other(named name: String) throws(CarrierError) -> Carrier {
        .other(try CarrierName(name))
    }

    /// The carrier a merchant typed, or Other when a name is given for it:
    /// `parse("dhl express")`, `parse("other", name: "Swiss Post")`.
    public static func parse(_ text: String, name: String? = nil) throws(CarrierError) -> Carrier {
        if key(text) == "other" {
            guard let name else { throw .nameRequired }
            return try other(named: name)
        }
        guard let carrier = Carrier(parsing: text) else { throw .unknown(text) }
        return carrier
    }

    /// Lowercased letters and digits only, diacritics folded.
    private static func key(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return String(folded.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    private static let aliases: [String: Carrier] = {
        var table: [String: Carrier] = [:]
        for carrier in known {
            table[key(carrier.carrierCode)] = carrier
            table[key(carrier.displayName)] = carrier
        }
        // Other names merchants use for the same carriers.
        let otherNames: [String: Carrier] = [
            "dhlpaket": .dhl, "unitedparcelservice": .ups, "unitedstatespostalservice": .usps, "federalexpress": .fedEx,
            "hermeslogistikgruppe": .hermes, "yamato": .yamato, "kuronekoyamato": .yamato, "kuroneko": .yamato,
            "sagawa": .sagawa, "jppost": .japanPost, "nipponpost": .japanPost, "yupack": .japanPost,
        ]
        return table.merging(otherNames) { _, other in other }
    }()

    /// Older codes of Amazon's list for the same carriers.
    private static let legacyCodes: [String: Carrier] = ["YAMATO": .yamato, "SAGAWA": .sagawa]
}

/// The name of a carrier Amazon has no code for: 1 to 40 printable characters, trimmed.
public struct CarrierName: Hashable, Sendable {
    public static let maxLength = 40
    public let value: String

    public init(_ text: String) throws(CarrierError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= CarrierName.maxLength,
              trimmed.unicodeScalars.allSatisfy(CarrierName.isPrintable)
        else { throw .invalidName(text) }
        value = trimmed
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: false
        default: true
        }
    }
}

public enum CarrierError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a carrier with its own Amazon code.
    case unknown(String)
    /// Other needs the carrier's name.
    case nameRequired
    /// The name for Other is empty, longer than 40 characters, or has control characters.
    case invalidName(String)

    public var description: String {
        let choices = Carrier.known.map(\.displayName).joined(separator: ", ")
        switch self {
        case .unknown(let text):
            return tr("rules.carrier.unknown", text, choices)
        case .nameRequired:
            return tr("rules.carrier.name-required", CarrierName.maxLength)
        case .invalidName(let text):
            return tr("rules.carrier.invalid-name", text, CarrierName.maxLength)
        }
    }
}
