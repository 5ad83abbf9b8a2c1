import ArgumentParser
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

struct RatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates", abstract: "The carriers' rates Amazon offers for an order's parcel (Buy Shipping).",
        discussion: """
            Lists carrier, service, price, delivery promise and Buy Shipping's protection; the cheapest and the fastest are marked.
            A rate can be bought with `merchant label ID --rate RATE_ID` for 10 minutes.
            """)

    @Argument(help: "The Amazon order id.") var id: String
    @Option(help: "The parcel's weight, like 350g or 1.2kg.") var weight: String?
    @Option(help: "The parcel's size, like 20x15x10cm or 200x150x100mm.") var size: String?
    @Option(help: "Where the parcel leaves from: \"Name, Street 1, 20457 Hamburg, DE\".") var from: String?
    @Option(help: "An SP-API endpoint URL instead of the built-in simulator.") var endpoint: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let context = try Context.open()
        let parcel = try ParcelPackage.parse(orderId: id, weight: weight, size: size)
        let shipFrom = try ShipFromAddress.parse(from)
        let sync = try context.channelSync(endpoint: endpoint)
        let kept = try await LabelRates(store: context.store, client: sync.client, clock: SimulatedTimeClock(simulator: context.simulator))
            .fetch(orderId: id, parcel: parcel, shipFrom: shipFrom)
        let marks = ShippingOffer.marks(kept.offers)
        if json { return try printJSON(RatesJSON(kept, marks: marks)) }
        guard !kept.offers.isEmpty else { throw Refusal("Amazon offers no rate for \(id): check the parcel's weight and size") }
        let until = kept.fetchedAt.addingTimeInterval(LabelRules.rateLifetime)
        print("Rates for \(id) (\(RatesText.parcel(kept.parcel))), valid until \(RatesText.time(until)):")
        for offer in kept.offers {
            var tags: [String] = []
            if offer.rateId == marks.cheapest { tags.append("cheapest") }
            if offer.rateId == marks.fastest { tags.append("fastest") }
            print("  \(CLIText.fit(offer.rateId, 30)) \(CLIText.fit(CLIText.inert(offer.serviceName), 22)) "
                  + "\(CLIText.fit("\(offer.price.amountText) \(offer.price.currency)", 11)) "
                  + "\(CLIText.fit(offer.deliveryBy.map { "by " + RatesText.day($0) } ?? "no promise", 18)) "
                  + "\(CLIText.fit(offer.protected ? "protected" : "-", 10)) \(tags.joined(separator: ", "))")
        }
        print("Buy one with: merchant label \(id) --rate RATE_ID")
    }
}

/// How rates read on the command line.
enum RatesText {
    static func parcel(_ p: ParcelPackage) -> String {
        func cm(_ mm: Int) -> String { mm % 10 == 0 ? String(mm / 10) : String(format: "%.1f", Double(mm) / 10) }
        let weight = p.grams >= 1000 ? String(format: "%.2f kg", Double(p.grams) / 1000) : "\(p.grams) g"
        return "\(weight), \(cm(p.lengthMm))×\(cm(p.widthMm))×\(cm(p.heightMm)) cm"
    }

    static func time(_ date: Date) -> String { format(date, "HH:mm") }
    static func day(_ date: Date) -> String { format(date, "EEE d MMM HH:mm") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = pattern
        return f.string(from: date)
    }
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
