import Foundation
import MerchantCore
import Testing

@Suite struct LabelRulesTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func offer(_ id: String, _ cents: Int64, days: Double?) -> ShippingOffer {
        ShippingOffer(rateId: id, carrierName: "DHL Paket", serviceName: "DHL Paket", price: Money(minorUnits: cents, currency: "EUR"),
                      deliveryFrom: nil, deliveryBy: days.map { now.addingTimeInterval($0 * 86_400) }, protected: false, formats: ["PDF", "ZPL"])
    }

    @Test func aParcelNeedsAWeightAndASizeAndSaysWhichIsMissing() throws {
        // R30: refused in plain words, naming what is missing.
        #expect(throws: LabelRefusal.parcelFactsMissing("302-1", weight: true, size: false)) { try ParcelPackage.parse(orderId: "302-1", weight: nil, size: "20x15x10cm") }
        #expect(LabelRefusal.parcelFactsMissing("302-1", weight: true, size: true).description.contains("no parcel weight and size"))
        #expect(try ParcelPackage.parse(orderId: "1", weight: "1,2 kg", size: "200×150×100 mm") == ParcelPackage(grams: 1200, lengthMm: 200, widthMm: 150, heightMm: 100))
        // One grammar with the catalog's: a size names its unit.
        #expect(throws: LabelRefusal.badSize("20x15x10")) { try ParcelPackage.parse(orderId: "1", weight: "350g", size: "20x15x10") }
        #expect(throws: LabelRefusal.badWeight("350")) { try ParcelPackage.parse(orderId: "1", weight: "350", size: "20x15x10cm") }
        #expect(throws: LabelRefusal.badSize("20x15cm")) { try ParcelPackage.parse(orderId: "1", weight: "350g", size: "20x15cm") }
    }

    @Test func ratesBuyForTenMinutesAndALabelVoidsWithin24Hours() {
        let kept = KeptRates(amazonOrderId: "302-1", requestToken: "T", fetchedAt: now, parcel: ParcelPackage(grams: 1, lengthMm: 1, widthMm: 1, heightMm: 1),
                             offers: [offer("A", 499, days: 2)])
        #expect(LabelRules.refusalToBuy(kept, orderId: "302-1", rateId: "A", format: "PDF", now: now.addingTimeInterval(600)) == nil)
        #expect(LabelRules.refusalToBuy(kept, orderId: "302-1", rateId: "A", format: "PDF", now: now.addingTimeInterval(601)) == .ratesExpired("302-1"))
        #expect(LabelRules.refusalToBuy(kept, orderId: "302-1", rateId: "B", format: "PDF", now: now) == .unknownRate("302-1", rateId: "B"))
        #expect(LabelRules.refusalToBuy(kept, orderId: "302-1", rateId: "A", format: "PNG", now: now) == .formatNotOffered("302-1", format: "PNG", offered: ["PDF", "ZPL"]))
        #expect(LabelRules.refusalToBuy(nil, orderId: "302-1", rateId: "A", format: "PDF", now: now) == .noRates("302-1"))
        #expect(LabelRules.refusalToVoid(orderId: "302-1", boughtAt: now, now: now.addingTimeInterval(86_400)) == nil)
        #expect(LabelRules.refusalToVoid(orderId: "302-1", boughtAt: now, now: now.addingTimeInterval(86_401)) != nil)
    }

    @Test func theCheapestAndTheFastestAreMarked() {
        let offers = [offer("slow-cheap", 429, days: 3), offer("fast", 620, days: 1), offer("middle", 499, days: 2), offer("none", 400, days: nil)]
        let marks = ShippingOffer.marks(offers)
        #expect(marks.cheapest == "none" && marks.fastest == "fast")
        #expect(offers[0].carrier == .dhl)
    }

    // R30: a parcel is priced from its products' facts, or refused by SKU, naming what to set.
    @Test func anOrdersParcelIsPackedFromItsProducts() throws {
        let mug = ParcelFacts(weight: try Weight(grams: 350), size: try PackageSize.parse("20x15x10cm"))
        let tea = ParcelFacts(weight: try Weight(grams: 120), size: try PackageSize.parse("25x8x4cm"))
        let parcel = try ParcelPackage.packing(orderId: "302-1", units: [("MUG", 2, mug), ("TEA", 1, tea)])
        #expect(parcel == ParcelPackage(grams: 820, lengthMm: 250, widthMm: 150, heightMm: 240))
        #expect(throws: LabelRefusal.productFactsMissing("302-1", skus: ["TEA", "NEW"])) {
            try ParcelPackage.packing(orderId: "302-1", units: [("MUG", 1, mug), ("TEA", 1, ParcelFacts(weight: tea.weight)), ("NEW", 1, nil)])
        }
    }
}
