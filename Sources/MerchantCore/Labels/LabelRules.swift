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
        return refusal(offer, format: format, orderId: orderId)
    }

    /// Why this rate cannot be bought as `format` ("PDF"): it comes only in others. Nil when it can.
    public static func refusal(_ offer: ShippingOffer, format: String, orderId: String) -> LabelRefusal? {
        offer.formats.contains(format) ? nil : .formatNotOffered(orderId, format: format, offered: offer.formats)
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
    case productFactsMissing(String, skus: [String])
    case badWeight(String)
    case badSize(String)
    case shipFromMissing
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
            return weight && size ? tr("labels.refusal.missing.both", id) : weight ? tr("labels.refusal.missing.weight", id) : tr("labels.refusal.missing.size", id)
        case .productFactsMissing(let id, let skus): return tr("labels.refusal.missing.products", id, skus.joined(separator: ", "), skus.first ?? "")
        case .badWeight(let text): return tr("labels.refusal.weight", text)
        case .badSize(let text): return tr("labels.refusal.size", text)
        case .shipFromMissing: return tr("labels.refusal.from.missing")
        case .noRates(let id): return tr("labels.refusal.norates", id)
        case .ratesExpired(let id): return tr("labels.refusal.expired", id)
        case .unknownRate(let id, let rateId): return tr("labels.refusal.unknownrate", id, rateId)
        case .formatNotOffered(_, let format, let offered): return tr("labels.refusal.format", offered.joined(separator: ", "), format)
        case .labelExists(let id, let tracking):
            return tracking.map { tr("labels.refusal.exists", id, $0) } ?? tr("labels.refusal.buying", id)
        case .noLabel(let id): return tr("labels.refusal.nolabel", id)
        case .labelNotBoughtYet(let id): return tr("labels.refusal.notbought", id)
        case .voidWindowClosed(let id, let closedAt):
            return tr("labels.refusal.window", id, LanguageFormat.moment(closedAt, Language.current, timeZone: TimeZone(identifier: "UTC")!))
        }
    }
}
