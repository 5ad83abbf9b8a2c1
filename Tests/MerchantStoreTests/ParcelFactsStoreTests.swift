import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// Parcel facts in the store (migration v20): set, cleared, refused, found by scan; the ship-from address.
@Suite struct ParcelFactsStoreTests {
    func facts() throws -> ParcelFacts {
        ParcelFacts(weight: try Weight.parse("350g"), size: try PackageSize.parse("20x15x10cm"),
                    gtin: try GTIN.parse("4006381333931"), bin: try BinLocation.parse("A-03-2"))
    }

    // R28, R29: stored at once, with its activity line.
    @Test func factsAreStoredAndLogged() throws {
        let t = try TestStore()
        let f = try facts()
        let p = try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(weight: f.weight, size: f.size, gtin: f.gtin, bin: f.bin),
                                          actor: "merchant", at: Fx.t(1))
        #expect(p.parcel == f)
        #expect(try t.entry("MUG-BLAU-350").product.parcel == f)
        let line = try #require(try t.store.activity(limit: 1).first)
        #expect(line.message == "MUG-BLAU-350: weight none → 350 g, size none → 20 × 15 × 10 cm, GTIN none → 4006381333931, bin none → A-03-2")
        // Only what was given changes; `.some(nil)` clears one fact, and tells Amazon nothing new.
        let outbox = try t.store.outbox(includeDone: true).count
        let q = try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(bin: .some(nil)), actor: "merchant", at: Fx.t(2))
        #expect(q.parcel == ParcelFacts(weight: f.weight, size: f.size, gtin: f.gtin, bin: nil))
        #expect(try t.store.outbox(includeDone: true).count == outbox)
    }

    // R30: one barcode names one product; the refusal changes nothing.
    @Test func aGTINTakenByAnotherProductIsRefused() throws {
        let t = try TestStore()
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(gtin: try GTIN.parse("036000291452")), actor: "merchant", at: Fx.t(1))
        let before = try t.store.catalog()
        let activity = try t.store.activity(limit: 100)
        // The same barcode typed as an EAN-13 is the same product.
        #expect(throws: ParcelError.gtinTaken("0036000291452", sku: "MUG-BLAU-350")) {
            try t.store.updateProduct(sku: "MUG-ROT-350", ProductChange(weight: try Weight.parse("1kg"), gtin: try GTIN.parse("0036000291452")),
                                      actor: "merchant", at: Fx.t(2))
        }
        #expect(try t.store.catalog() == before)
        #expect(try t.store.activity(limit: 100) == activity)
    }

    @Test func aScanFindsTheProductByGTINSKUOrMappedSKU() throws {
        let t = try TestStore()
        try t.store.updateProduct(sku: "BECHER-THAI", ProductChange(gtin: try GTIN.parse("036000291452")), actor: "merchant", at: Fx.t(1))
        try t.store.mapSku(amazonSku: "AMZ-LEGACY-TASSE", to: "MUG-ROT-350", actor: "merchant", at: Fx.t(1))
        #expect(try t.store.product(scanned: "036000291452")?.sku == "BECHER-THAI")
        #expect(try t.store.product(scanned: "0036000291452\n")?.sku == "BECHER-THAI")   // a scanner's EAN-13 and its Enter
        #expect(try t.store.product(scanned: "MUG-BLAU-350")?.sku == "MUG-BLAU-350")
        #expect(try t.store.product(scanned: "AMZ-LEGACY-TASSE")?.sku == "MUG-ROT-350")
        #expect(try t.store.product(scanned: "4006381333931") == nil)
        #expect(try t.store.product(scanned: "") == nil)
    }

    @Test func theScanLookupReadsTheGTINIndex() throws {
        let t = try TestStore()
        let plan = try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT sku FROM product WHERE gtin IN (?, ?) LIMIT 1", arguments: ["1", "2"])
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("product_gtin"), "\(plan)")
    }

    // R28: the ship-from address is a setting, stored at once and logged; cleared with nil.
    @Test func theShipFromAddressIsASetting() throws {
        let t = try TestStore()
        #expect(try t.store.shipFromAddress() == nil)
        let berlin = try ShipFromAddress.parse("Kaffeekontor Berlin; Lagerstraße 5; 10115; Berlin; DE; +49 30 1234567")
        try t.store.setShipFromAddress(berlin, actor: "merchant", at: Fx.t(1))
        #expect(try t.store.shipFromAddress() == berlin)
        #expect(try t.store.activity(limit: 1).first?.message
                == "Ship-from address: none → Kaffeekontor Berlin; Lagerstraße 5; 10115; Berlin; DE; +49 30 1234567")
        #expect(try t.store.settings().sellerId == "A2DEMOSELLER01")   // the channel settings read on as before
        // Setting the same address again writes no second line.
        try t.store.setShipFromAddress(berlin, actor: "merchant", at: Fx.t(2))
        #expect(try t.store.activity(limit: 100).filter { $0.subject == "ship-from" }.count == 1)
        try t.store.setShipFromAddress(nil, actor: "merchant", at: Fx.t(3))
        #expect(try t.store.shipFromAddress() == nil)
    }
}
