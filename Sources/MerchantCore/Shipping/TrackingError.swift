extension TrackingNumber {
    /// What a carrier's numbers look like, in words a merchant understands.
    public static func formatDescription(for carrier: Carrier) -> String {
        switch carrier {
        case .ups: tr("rules.tracking.format.ups")
        case .usps: tr("rules.tracking.format.usps")
        case .fedEx: tr("rules.tracking.format.fed-ex")
        case .dhl: tr("rules.tracking.format.dhl")
        case .dhlExpress: tr("rules.tracking.format.dhl-express")
        case .deutschePost: tr("rules.tracking.format.deutsche-post")
        case .royalMail: tr("rules.tracking.format.royal-mail")
        case .dpd: tr("rules.tracking.format.dpd")
        case .hermes: tr("rules.tracking.format.hermes")
        case .gls: tr("rules.tracking.format.gls")
        case .yamato: tr("rules.tracking.format.yamato")
        case .sagawa: tr("rules.tracking.format.sagawa")
        case .japanPost: tr("rules.tracking.format.japan-post")
        case .other(let name): tr("rules.tracking.format.other", name.value, maxOtherLength)
        }
    }
}

/// Why a tracking number cannot be sent for its carrier (R13).
public enum TrackingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing was entered.
    case empty(carrier: Carrier)
    /// Wrong length or characters for the carrier. `couldBe`: carriers whose check digit accepts it.
    case wrongFormat(number: String, carrier: Carrier, couldBe: [Carrier])
    /// The carrier's shape, but the check digit does not match: most likely a typo.
    case checkDigit(number: String, carrier: Carrier, couldBe: [Carrier])

    public var carrier: Carrier {
        switch self {
        case .empty(let carrier), .wrongFormat(_, let carrier, _), .checkDigit(_, let carrier, _): carrier
        }
    }

    public var description: String {
        let format = TrackingNumber.formatDescription(for: carrier)
        switch self {
        case .empty:
            return tr("rules.tracking.empty", format)
        case .wrongFormat(let number, let carrier, let couldBe):
            return tr("rules.tracking.wrong-format", number, number.count, carrier.displayName, format) + hint(couldBe)
        case .checkDigit(let number, _, let couldBe):
            return tr("rules.tracking.check-digit", capitalized(format), number) + hint(couldBe)
        }
    }

    private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    private func hint(_ carriers: [Carrier]) -> String {
        guard !carriers.isEmpty else { return "" }
        let names = carriers.map(\.displayName)
        let list = names.count == 1 ? names[0] : tr("rules.tracking.either", names.dropLast().joined(separator: ", "), names[names.count - 1])
        // The catalogue trims a text's spaces: the space between the two sentences is written here.
        return " " + tr("rules.tracking.looks-like", list)
    }
}
