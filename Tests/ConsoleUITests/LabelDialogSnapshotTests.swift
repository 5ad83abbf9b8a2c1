import ChannelSync
import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// The rates list, the question and the marked orders' labels as golden screens in English, German and Thai, at
/// 80x24 and 160x48: every line within the window, measured in display columns (`TranslatedSnapshotTests.expectScreen`).
@Suite("Buying a label: golden screens in every language")
struct LabelDialogSnapshotTests {
    static let cases: [(Language, Int, Int)] = [(.english, 24, 80), (.english, 48, 160)] + TranslatedSnapshotTests.cases

    static func day(_ n: Double) -> Date { ConsoleFixture.now.addingTimeInterval(n * 86_400) }

    static func offer(_ rateId: String, _ carrier: String, _ service: String, _ cents: Int64, days: Double, protected: Bool) -> ShippingOffer {
        ShippingOffer(rateId: rateId, carrierName: carrier, serviceName: service, price: Money(minorUnits: cents, currency: "EUR"),
                      deliveryFrom: day(days - 1), deliveryBy: day(days), protected: protected, formats: ["PDF", "ZPL"])
    }

    /// What the simulated Amazon offers a 350 g mug in Germany, fixed.
    static func answer(_ id: String) -> OrderRatesAnswer {
        let offers = [offer("DHL_PAKET_STANDARD-1", "DHL Paket", "DHL Paket", 499, days: 2, protected: true),
                      offer("DPD_CLASSIC-1", "DPD", "DPD Classic", 459, days: 2, protected: false),
                      offer("HERMES_PAKET-1", "Hermes", "Hermes Paket", 429, days: 3, protected: false)]
        let kept = KeptRates(amazonOrderId: id, requestToken: "token", fetchedAt: ConsoleFixture.now,
                             parcel: ParcelPackage(grams: 350, lengthMm: 200, widthMm: 150, heightMm: 100), offers: offers)
        return OrderRatesAnswer(amazonOrderId: id, rates: kept, refusal: nil, shipBy: ConsoleFixture.hours(70 + 96))
    }

    /// The first order's ship dialog switched to a label, Amazon's answer in (this console has no connection: it is given).
    static func rates(_ size: Size) throws -> ConsoleFixture {
        let f = try ConsoleFixture(size: size)
        f.press(.character("s"), .control("t"))
        f.program.send(.labels(.rates([answer("302-0000001-0000001")])))
        return f
    }

    @Test("the rates list: service, price, promise, protection, cheapest and fastest marked; the cursor on the cheapest", arguments: cases)
    func ratesList(language: Language, rows: Int, columns: Int) throws {
        try TranslatedSnapshotTests.expectScreen(language, rows: rows, columns: columns, "label-rates",
                                                 said: [.english: "cheapest", .german: "am günstigsten", .thai: "ถูกที่สุด"], Self.rates)
    }

    @Test("Enter on DHL Paket asks \"Buy DHL Paket for 4,99 €?\" in the language's money, No chosen", arguments: cases)
    func question(language: Language, rows: Int, columns: Int) throws {
        try TranslatedSnapshotTests.expectScreen(language, rows: rows, columns: columns, "label-question",
                                                 said: [.english: "Buy DHL Paket for", .german: "DHL Paket für 4,99 € als PDF-Etikett kaufen?", .thai: "ซื้อ DHL Paket ราคา"], {
            let f = try Self.rates($0)
            f.press(.up, .up, .enter)
            return f
        })
    }

    @Test("f twice: the format is PNG, which the rate under the cursor does not offer: said on its own line", arguments: cases)
    func formatNotOffered(language: Language, rows: Int, columns: Int) throws {
        try TranslatedSnapshotTests.expectScreen(language, rows: rows, columns: columns, "label-format-refused",
                                                 said: [.english: "Format: PNG", .german: "Format: PNG", .thai: "รูปแบบไฟล์: PNG"], {
            let f = try Self.rates($0)
            f.press(.character("f"), .character("f"))
            return f
        })
    }

    @Test("marked orders: each with its on-time rate and the total; one without parcel facts left out and named", arguments: cases)
    func marked(language: Language, rows: Int, columns: Int) throws {
        try TranslatedSnapshotTests.expectScreen(language, rows: rows, columns: columns, "label-marked",
                                                 said: [.english: "Total", .german: "Summe", .thai: "รวม"], { size in
            let f = try ConsoleFixture(size: size)
            f.press(.character(" "), .character(" "), .character(" "), .character("s"), .control("t"))
            let bare = LabelRefusal.productFactsMissing("302-0000003-0000003", skus: ["MUG-BLAU-350"]).description
            f.program.send(.labels(.rates([Self.answer("302-0000001-0000001"), Self.answer("302-0000002-0000002"),
                                           OrderRatesAnswer(amazonOrderId: "302-0000003-0000003", rates: nil, refusal: bare)])))
            return f
        })
    }
}
