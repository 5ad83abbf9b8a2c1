import Foundation

/// The rules of a label bought through Amazon (Buy Shipping), asked by the store, the command line and the console alike.
public enum LabelRules {
    /// Amazon's request token buys one of its rates for 10 minutes after the rates came (SPAPI.md).
    public static let rateLifetime: TimeInterval = 600
    /// How long after its purchase a label can be voided: the carriers' window, 24 hours.
    public static let voidWindow: TimeInterval = 86_400

    /// Why a label cannot be bought from the kept rates now, or nil when it can.
    public static func refusalToBuy(_ kept: KeptRates?, orderId: String, rateId: String, format: String, now: Date) -> LabelRefusal? {
        guard let kept else { return .noRates(orderId) }
        if now.timeIntervalSince(kept.fetchedAt) > rateLifetime { return .ratesExpired(orderId) }
        guard let offer = kept.offers.first(where: { $0.rateId == rateId }) else { return .unknownRate(orderId, rateId: rateId) }
        if !offer.formats.contains(format) { return .formatNotOffered(orderId, format: format, offered: offer.formats) }
        return nil
    }

    /// Why a bought label cannot be voided now, or nil when it can.
    public static func refusalToVoid(orderId: String, boughtAt: Date, now: Date) -> LabelRefusal? {
        let closes = boughtAt.addingTimeInterval(voidWindow)
        return now > closes ? .voidWindowClosed(orderId, closedAt: closes) : nil
    }
}

/// A label refused, in a merchant's words (R30).
public enum LabelRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case parcelFactsMissing(String, weight: Bool, size: Bool)
    case badWeight(String)
    case badSize(String)
    case shipFromMissing
    case badShipFrom(String)
    case noRates(String)
    case ratesExpired(String)
    case unknownRate(String, rateId: String)
    case formatNotOffered(String, format: String, offered: [String])
    case labelExists(String, tracking: String?)
    case noLabel(String)
    case labelNotBoughtYet(String)
    case voidWindowClosed(String, closedAt: Date)

    public var description: String {
        switch self {
        case .parcelFactsMissing(let id, let weight, let size):
            let missing = [weight ? "weight" : nil, size ? "size" : nil].compactMap { $0 }.joined(separator: " and ")
            return "\(id) has no parcel \(missing) yet: give them with --weight (like 350g) and --size (like 20x15x10cm)"
        case .badWeight(let text): return "\"\(text)\" is not a weight: write it like 350g or 1.2kg"
        case .badSize(let text): return "\"\(text)\" is not a parcel size: write it like 20x15x10cm or 200x150x100mm"
        case .shipFromMissing: return "say where the parcel leaves from with --from \"Name, Street 1, 20457 Hamburg, DE\""
        case .badShipFrom(let text): return "\"\(text)\" is not an address: write it like \"Name, Street 1, 20457 Hamburg, DE\""
        case .noRates(let id): return "there are no rates for \(id) yet: run `merchant rates \(id)` first"
        case .ratesExpired(let id): return "rates are older than 10 minutes: run `merchant rates \(id)` again"
        case .unknownRate(let id, let rateId): return "\(rateId) is not one of the rates for \(id): run `merchant rates \(id)` to see them"
        case .formatNotOffered(_, let format, let offered):
            return "this rate's label comes as \(offered.joined(separator: " or ")), not \(format)"
        case .labelExists(let id, let tracking):
            return tracking.map { "\(id) already has a label, tracking number \($0): void it first (merchant label \(id) --void)" }
                ?? "a label for \(id) is being bought already"
        case .noLabel(let id): return "\(id) has no label to void"
        case .labelNotBoughtYet(let id): return "the label for \(id) is not bought yet: void it once it is"
        case .voidWindowClosed(let id, let closedAt):
            return "the label of \(id) can no longer be voided: the carrier's 24-hour window closed at \(ISO8601DateFormatter().string(from: closedAt))"
        }
    }
}
