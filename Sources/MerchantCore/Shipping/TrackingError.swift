extension TrackingNumber {
    /// What a carrier's numbers look like, in words a merchant understands.
    public static func formatDescription(for carrier: Carrier) -> String {
        switch carrier {
        case .ups: "a UPS number starts with 1Z and has 18 characters"
        case .usps: "a USPS number has 20 or 22 digits (a label's barcode may put 420 and the ZIP code in front)"
        case .fedEx: "a FedEx number has 12 digits (Express) or 15 digits (Ground)"
        case .dhl: "a DHL parcel number has 20 digits (often starting with 00340) or 12 digits"
        case .dhlExpress: "a DHL Express waybill number has 10 digits"
        case .deutschePost: "a Deutsche Post registered-mail number has 13 characters: 2 letters, 9 digits and 2 letters, like RB123456785DE"
        case .royalMail: "a Royal Mail tracked number has 13 characters: 2 letters, 9 digits and 2 letters, like RB123456785GB"
        case .dpd: "a DPD parcel number has 14 digits, maybe followed by its check character (a digit or letter)"
        case .hermes: "a Hermes number has 14 to 16 digits"
        case .gls: "a GLS number has 12 digits, or is an 8-character TrackID of letters and digits"
        case .yamato: "a Yamato Transport number has 12 digits, the last one a check digit"
        case .sagawa: "a Sagawa Express number has 12 digits, the last one a check digit"
        case .japanPost: "a Japan Post number has 11 to 13 digits (Yu-Pack: 12), or 13 characters for international mail: 2 letters, 9 digits and 2 letters, like EJ123456785JP"
        case .other(let name): "a tracking number for \(name.value) has 1 to \(maxOtherLength) letters, digits or symbols"
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
            return "Enter the tracking number: \(format)."
        case .wrongFormat(let number, let carrier, let couldBe):
            let length = number.count == 1 ? "1 character" : "\(number.count) characters"
            return "\(number) (\(length)) is not a \(carrier.displayName) tracking number: \(format).\(hint(couldBe))"
        case .checkDigit(let number, _, let couldBe):
            return "\(capitalized(format)); \(number) fails its check digit — check for a typo.\(hint(couldBe))"
        }
    }

    private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    private func hint(_ carriers: [Carrier]) -> String {
        guard !carriers.isEmpty else { return "" }
        let names = carriers.map(\.displayName)
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        return " It looks like a \(list) number: if so, choose that carrier."
    }
}
