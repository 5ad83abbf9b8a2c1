import Foundation
import Testing
@testable import MerchantCore

/// The rules' refusals read in German and in Thai: translated, not English, with the figures in them written
/// the language's way (money as `12,90 €` / `€12.90`, counts as they are).
@Suite struct RefusalsInTheMerchantsLanguageTests {
    static let id = "302-0000001-0000001"

    /// A refusal's text in `language`.
    private func text(_ language: Language, _ error: some CustomStringConvertible) -> String {
        Language.$override.withValue(language) { error.description }
    }

    // R13
    @Test func aWrongTrackingNumberIsExplainedInGermanAndThai() throws {
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate("1Z123", carrier: .ups) }
        let wrong = try #require(error)
        let english = text(.english, wrong)
        #expect(english == "1Z123 (5 characters) is not a UPS tracking number: a UPS number starts with 1Z and has 18 characters.")

        let german = text(.german, wrong)
        #expect(german.contains("1Z123 (5 Zeichen)"))
        #expect(german.contains("Sendungsnummer") && german.contains("18 Zeichen"))
        #expect(!german.contains("tracking number") && !german.contains("characters"))

        let thai = text(.thai, wrong)
        #expect(thai.contains("1Z123 (5 ตัวอักษร)"))
        #expect(thai.contains("เลขติดตามพัสดุ") && thai.contains("18"))
        #expect(!thai.contains("tracking number"))
    }

    // R13
    @Test func aCheckDigitTypoSaysSoAndNamesTheCarrierItFits() {
        let typo = TrackingError.checkDigit(number: "1Z5R89390357567128", carrier: .ups, couldBe: [.dhl, .gls])
        let german = text(.german, typo)
        #expect(german.hasPrefix("Eine UPS-Nummer"))    // the format's sentence starts the text, capitalised
        #expect(german.contains("Prüfziffer") && german.contains("DHL oder GLS"))
        let thai = text(.thai, typo)
        #expect(thai.contains("เลขตรวจสอบ") && thai.contains("DHL หรือ GLS"))
    }

    // R17, R19
    @Test func cancellingAShippedOrderIsRefusedInGermanAndThai() throws {
        let shipped = Fixture.order(.partiallyShipped, items: [Fixture.item("MUG-1", qty: 2, shipped: 1)])
        let refusal = try #require(OrderActionRules.refusalToCancel(shipped, local: .processing, unitsShippedLocally: 0))
        #expect(refusal == .somethingShipped(Self.id))
        #expect(text(.english, refusal) == "\(Self.id) has shipped items: it can no longer be cancelled; the way back is a return and a refund")

        let german = text(.german, refusal)
        #expect(german.hasPrefix(Self.id) && german.contains("nicht mehr storniert") && german.contains("Retoure"))
        let thai = text(.thai, refusal)
        #expect(thai.hasPrefix(Self.id) && thai.contains("ยกเลิกไม่ได้") && thai.contains("การคืนเงิน"))
    }

    // R5: a blocked order is fixed in the console (map, enable, restock), not in Seller Central; an order that
    // is only kept (import off, R4; before the connection, R2) is acted on in Seller Central.
    @Test func aBlockedOrderPointsToTheConsolesFixNotSellerCentral() throws {
        let unshipped = Fixture.order(.unshipped, items: [Fixture.item("MUG-1", qty: 1)])
        let blocked = try #require(OrderActionRules.refusalToShip(unshipped, local: nil, blocked: true))
        #expect(blocked == .blocked(Self.id))
        #expect(OrderActionRules.refusalToCancel(unshipped, local: nil, unitsShippedLocally: 0, blocked: true) == .blocked(Self.id))
        #expect(OrderActionRules.refusalToShip(unshipped, local: nil) == .notImported(Self.id))
        for language in Language.allCases {
            let words = text(language, blocked)
            #expect(words.hasPrefix(Self.id) && words.contains("SKU") && !words.contains("Seller Central"), "\(language): \(words)")
            #expect(text(language, ActionRefusal.notImported(Self.id)).contains("Seller Central"))
        }
        // A pending order stays locked first (R10), blocked or not.
        let pending = Fixture.order(.pending, items: [Fixture.item("MUG-1", qty: 1)])
        #expect(OrderActionRules.refusalToShip(pending, local: nil, blocked: true) == .pending(Self.id))
    }

    // R18, R22
    @Test func aRefundAboveTheTotalNamesBothAmountsTheLanguagesWay() throws {
        var order = Fixture.order(.unshipped)
        order.total = Money(minorUnits: 123_456, currency: "EUR")
        let error = #expect(throws: ActionRefusal.self) {
            try CancellationRefund.validate(Money(minorUnits: 200_000, currency: "EUR"), order: order)
        }
        let above = try #require(error)
        #expect(text(.english, above) == "\(Self.id): a refund of 2000.00 EUR is more than the order total of 1234.56 EUR")

        let german = text(.german, above)
        #expect(german == "\(Self.id): eine Rückerstattung von 2.000,00 € ist mehr als die Bestellsumme von 1.234,56 €")
        let thai = text(.thai, above)
        #expect(thai.contains("€2,000.00") && thai.contains("€1,234.56") && thai.contains("คืนเงิน"))
        #expect(!thai.contains("EUR"))
    }

    // R22
    @Test func aRefundAboveWhatIsLeftNamesBothAmounts() {
        let refusal = ActionRefusal.refundAboveRefundable(Self.id, refund: Money(minorUnits: 1_500, currency: "GBP"),
                                                          refundable: Money(minorUnits: 990, currency: "GBP"))
        #expect(text(.german, refusal).contains("15,00 £") && text(.german, refusal).contains("9,90 £"))
        #expect(text(.thai, refusal).contains("£15.00") && text(.thai, refusal).contains("£9.90"))
    }

    // R28, R30
    @Test func anUnknownSettingIsRefusedInGermanAndThaiWithTheCommandLineNames() {
        let error = SettingError.unknownKey("import-everything", known: SettingKey.allCases.map(\.rawValue))
        let german = text(.german, error)
        #expect(german.hasPrefix("es gibt keine Einstellung „import-everything“"))
        // The names the merchant types stay as they are in every language.
        #expect(german.contains("import-orders, import-pending, reserve-pending, sync-interval"))
        let thai = text(.thai, error)
        #expect(thai.hasPrefix("ไม่มีการตั้งค่า \"import-everything\""))
        #expect(thai.contains("import-orders"))
        #expect(!thai.contains("there is no setting"))
    }

    @Test func countsChooseTheirPluralInGermanAndNoneInThai() {
        #expect(Language.$override.withValue(.german) { BuyerCancelRequest.howMany(1) } == "1 Käufer möchte stornieren")
        #expect(Language.$override.withValue(.german) { BuyerCancelRequest.howMany(3) } == "3 Käufer möchten stornieren")
        #expect(Language.$override.withValue(.thai) { BuyerCancelRequest.howMany(1) } == "ลูกค้า 1 รายขอยกเลิก")
        #expect(Language.$override.withValue(.thai) { BuyerCancelRequest.howMany(3) } == "ลูกค้า 3 รายขอยกเลิก")
    }

    // R5: the store keeps a blocker in English (`--json` shows it); the merchant reads it in their language.
    @Test func aBlockerIsStoredInEnglishAndReadInTheMerchantsLanguage() {
        let short = Blocker.stockShort(sku: "MUG-BLAU-350", needed: 3, available: 1)
        let stored = Language.$override.withValue(.german) { short.storedText }
        #expect(stored == "stock of MUG-BLAU-350 is short: needs 3, 1 available")
        #expect(Blocker(description: stored) == short)
        let german = Language.$override.withValue(.german) { Blocker.inMerchantsWords(stored) }
        #expect(german == "Bestand von MUG-BLAU-350 reicht nicht: benötigt 3, 1 verfügbar")
        #expect(Language.$override.withValue(.thai) { Blocker.inMerchantsWords("something else") } == "something else")
    }

    // R13: a ship date is written the language's way, in UTC as Amazon's.
    @Test func aShipDateInTheFutureIsWrittenTheLanguagesWay() {
        let now = Date(timeIntervalSince1970: 1_767_225_600)   // 2026-01-01 00:00 UTC
        let future = ShippingError.shipDateInFuture(now.addingTimeInterval(86_400 + 9 * 3_600 + 30 * 60), now: now)
        #expect(text(.english, future).contains("2026-01-02 09:30 UTC"))
        #expect(text(.german, future).contains("02.01.2026 09:30 UTC") && text(.german, future).contains("Zukunft"))
        #expect(text(.thai, future).contains("02/01/2026 09:30 UTC"))
    }
}
