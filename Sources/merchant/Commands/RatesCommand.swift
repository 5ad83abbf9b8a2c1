import ArgumentParser
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

struct RatesCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rates", abstract: tr("labels.help.rates.abstract"), discussion: tr("labels.help.rates.discussion"))
    }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("labels.help.weight"))) var weight: String?
    @Option(help: ArgumentHelp(tr("labels.help.size"))) var size: String?
    @Option(help: ArgumentHelp(tr("labels.help.from"))) var from: String?
    @Option(help: ArgumentHelp(tr("labels.help.endpoint"))) var endpoint: String?
    @Flag(help: ArgumentHelp(tr("labels.help.json"))) var json = false

    func run() async throws {
        let context = try Context.open()
        // The parcel from the products' facts, unless the merchant weighed and measured this one.
        let parcel = weight == nil && size == nil
            ? try context.store.orderParcel(id)
            : try ParcelPackage.parse(orderId: id, weight: weight, size: size)
        guard let shipFrom = try from.map({ try ShipFromAddress.parse($0) }) ?? context.store.shipFromAddress() else {
            throw LabelRefusal.shipFromMissing
        }
        let sync = try context.channelSync(endpoint: endpoint)
        let kept = try await LabelRates(store: context.store, client: sync.client, clock: SimulatedTimeClock(simulator: context.simulator))
            .fetch(orderId: id, parcel: parcel, shipFrom: shipFrom.postalAddress)
        let marks = ShippingOffer.marks(kept.offers)
        if json { return try printJSON(RatesJSON(kept, marks: marks)) }
        guard !kept.offers.isEmpty else { throw Refusal(tr("labels.rates.none", id)) }
        print(tr("labels.rates.title", id, RatesText.parcel(kept.parcel), RatesText.moment(kept.fetchedAt.addingTimeInterval(LabelRules.rateLifetime))))
        for offer in kept.offers {
            var tags: [String] = []
            if offer.protected { tags.append(tr("labels.rates.protected")) }
            if offer.rateId == marks.cheapest { tags.append(tr("labels.rates.cheapest")) }
            if offer.rateId == marks.fastest { tags.append(tr("labels.rates.fastest")) }
            let promise = offer.deliveryBy.map { tr("labels.rates.by", RatesText.moment($0)) } ?? tr("labels.rates.nopromise")
            print("  \(CLIText.fit(offer.rateId, 30)) \(CLIText.fit(CLIText.inert(offer.serviceName), 22)) "
                  + "\(CLIText.fit(LanguageFormat.money(offer.price, Language.current), 12)) \(CLIText.fit(promise, 22)) \(tags.joined(separator: ", "))")
        }
        print(tr("labels.rates.buy", id))
    }
}

/// How rates read on the command line.
enum RatesText {
    /// "350 g, 20 × 15 × 10 cm", as the catalog writes a product's weight and size.
    static func parcel(_ p: ParcelPackage) -> String { p.description }

    /// A moment as the language writes it in columns, in UTC as Amazon's times are.
    static func moment(_ date: Date) -> String { LanguageFormat.moment(date, Language.current, timeZone: TimeZone(identifier: "UTC")!) }
}

/// `merchant rates ID --json`: the offers with their marks, the same in every language.
struct RatesJSON: Encodable {
    struct Rate: Encodable {
        var rateId: String
        var carrier: String
        var service: String
        var price: String
        var currency: String
        var deliveryFrom: Date?
        var deliveryBy: Date?
        var protected: Bool
        var formats: [String]
        var cheapest: Bool
        var fastest: Bool
    }
    var orderId: String
    var fetchedAt: Date
    var validUntil: Date
    var rates: [Rate]

    init(_ kept: KeptRates, marks: (cheapest: String?, fastest: String?)) {
        orderId = kept.amazonOrderId
        fetchedAt = kept.fetchedAt
        validUntil = kept.fetchedAt.addingTimeInterval(LabelRules.rateLifetime)
        rates = kept.offers.map {
            Rate(rateId: $0.rateId, carrier: $0.carrierName, service: $0.serviceName, price: $0.price.amountText, currency: $0.price.currency,
                 deliveryFrom: $0.deliveryFrom, deliveryBy: $0.deliveryBy, protected: $0.protected, formats: $0.formats,
                 cheapest: $0.rateId == marks.cheapest, fastest: $0.rateId == marks.fastest)
        }
    }
}
