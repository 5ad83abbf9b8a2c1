import Foundation
import MerchantCore
import MerchantStore

/// A data folder for `merchant picklist` and `merchant slip`: products with weights, sizes, barcodes and bins,
/// a ship-from address in Berlin, and orders to ship to Berlin, Bangkok and Tokyo with German, Thai and Japanese
/// names, plus orders that must stay off the pick list (shipped, Amazon's own, pending). Fixed ids and dates,
/// so the output is the same on every run.
public enum ParcelFixture {
    public static let connectedAt = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    public static let de = "A1PA6795UKMFR9", jp = "A1VC38T7YXB528"

    public static let berlin = "302-1111111-0000001"
    public static let bangkok = "302-2222222-0000002"
    public static let tokyo = "503-3333333-0000003"
    public static let shipped = "302-4444444-0000004"
    public static let byAmazon = "302-5555555-0000005"
    public static let pending = "302-6666666-0000006"

    /// A Thai title without spaces, longer than a label's line: it must wrap between characters.
    public static let longThaiTitle = "ชุดถ้วยชาเซรามิกลายครามพร้อมจานรองสำหรับสี่ท่านน้ำชาไทยแท้"

    static func product(_ sku: String, _ title: String, bin: String?, gtin: String?) throws -> Product {
        Product(sku: sku, title: title, stockOnHand: 50, asin: "B0PARCEL" + String(sku.prefix(2)),
                parcel: ParcelFacts(weight: try Weight.parse("380g"), size: try PackageSize.parse("12x12x10cm"),
                                    gtin: try gtin.map { try GTIN.parse($0) }, bin: try bin.map { try BinLocation.parse($0) }))
    }

    public static func products() throws -> [Product] {
        [
            try product("MUG-BLAU-350", "Kaffeebecher Blau 350 ml, spülmaschinenfest", bin: "A-10-1", gtin: "4006381333931"),
            try product("TEE-MATCHA-100", "抹茶 Matcha Pulver 100 g（宇治産・有機栽培）", bin: "B-02-3", gtin: "4260458010372"),
            try product("BECHER-THAI", "ถ้วยชาไทย Thai Tea Cup น้ำชา", bin: "A-2-3", gtin: nil),
            try product("SET-THAI-4", longThaiTitle, bin: "A-2-4", gtin: nil),
            try product("SIEB-TEE-FEIN", "Teesieb fein ☕ Größe M", bin: nil, gtin: nil),
        ]
    }

    static func item(_ order: String, _ n: Int, _ sku: String, _ title: String, _ qty: Int, shipped: Int = 0) -> AmazonOrderItem {
        AmazonOrderItem(orderItemId: "\(order.suffix(7))-\(n)", sku: sku, asin: nil, title: title, quantityOrdered: qty, quantityShipped: shipped,
                        unitPrice: Money(minorUnits: 1290, currency: "EUR"))
    }

    static func order(_ id: String, _ status: AmazonOrderStatus, hour: Double, market: String = de, channel: FulfillmentChannel = .merchant,
                      buyer: String?, address: PostalAddress?, items: [AmazonOrderItem]) -> AmazonOrder {
        let purchased = connectedAt.addingTimeInterval(hour * 3600)
        return AmazonOrder(amazonOrderId: id, status: status, fulfillmentChannel: channel, marketplaceId: market, purchaseDate: purchased,
                           lastUpdateDate: purchased, latestShipDate: purchased.addingTimeInterval(48 * 3600), buyerName: buyer,
                           shippingAddress: address, total: status.isPending ? nil : Money(minorUnits: 2580, currency: "EUR"), items: items)
    }

    public static func orders() -> [AmazonOrder] {
        [
            order(berlin, .unshipped, hour: 5, buyer: "Jürgen Groß",
                  address: PostalAddress(name: "Jürgen Groß", lines: ["Hauptstraße 1", "Hinterhaus, 3. OG"], city: "Berlin", postalCode: "10115",
                                         region: nil, countryCode: "DE"),
                  items: [item(berlin, 1, "MUG-BLAU-350", "Kaffeebecher Blau 350 ml, spülmaschinenfest", 2),
                          item(berlin, 2, "TEE-MATCHA-100", "抹茶 Matcha Pulver 100 g（宇治産・有機栽培）", 1)]),
            order(bangkok, .unshipped, hour: 6, buyer: "น้ำฝน ใจดี",
                  address: PostalAddress(name: "น้ำฝน ใจดี", lines: ["99/1 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา"], city: "กรุงเทพมหานคร",
                                         postalCode: "10110", region: nil, countryCode: "TH"),
                  items: [item(bangkok, 1, "BECHER-THAI", "ถ้วยชาไทย Thai Tea Cup น้ำชา", 1),
                          item(bangkok, 2, "SET-THAI-4", longThaiTitle, 1),
                          item(bangkok, 3, "MUG-BLAU-350", "Kaffeebecher Blau 350 ml, spülmaschinenfest", 1)]),
            order(tokyo, .partiallyShipped, hour: 7, market: jp, buyer: "山田太郎",
                  address: PostalAddress(name: "山田太郎", lines: ["千代田1-1 皇居前マンション301号室"], city: "千代田区", postalCode: "100-0001",
                                         region: "東京都", countryCode: "JP"),
                  items: [item(tokyo, 1, "TEE-MATCHA-100", "抹茶 Matcha Pulver 100 g（宇治産・有機栽培）", 3, shipped: 1),
                          item(tokyo, 2, "SIEB-TEE-FEIN", "Teesieb fein ☕ Größe M", 1)]),
            order(shipped, .shipped, hour: 2, buyer: "Zoë Müller",
                  address: PostalAddress(name: "Zoë Müller", lines: ["Bahnhofstraße 7"], city: "München", postalCode: "80335", region: nil, countryCode: "DE"),
                  items: [item(shipped, 1, "MUG-BLAU-350", "Kaffeebecher Blau 350 ml, spülmaschinenfest", 5, shipped: 5)]),
            order(byAmazon, .unshipped, hour: 3, channel: .amazon, buyer: "Noah Jones",
                  address: PostalAddress(name: "Noah Jones", lines: ["1 High St"], city: "London", postalCode: "SW1A 1AA", region: nil, countryCode: "GB"),
                  items: [item(byAmazon, 1, "MUG-BLAU-350", "Kaffeebecher Blau 350 ml, spülmaschinenfest", 7)]),
            order(pending, .pending, hour: 8, buyer: nil, address: nil, items: [item(pending, 1, "BECHER-THAI", "ถ้วยชาไทย Thai Tea Cup น้ำชา", 9)]),
        ]
    }

    /// Writes the store of `home` (a folder `merchant` then opens as it is).
    public static func seed(home: URL) throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let store = try MerchantStore.open(at: home.appendingPathComponent("merchant.sqlite").path, readers: 2)
        let settings = ChannelSettings(sellerId: "A2DEMOSELLER01", marketplaceIds: [de, jp], connectedAt: connectedAt)
        try store.initialize(settings: settings, products: try products(),
                             shipFrom: try ShipFromAddress.parse("Kaffeekontor Groß GmbH; Lager Tor 3; Storkower Straße 118; 10407; Berlin; DE"),
                             at: connectedAt)
        try store.ingest(orders(), watermark: nil, at: connectedAt.addingTimeInterval(9 * 3600))
    }
}
