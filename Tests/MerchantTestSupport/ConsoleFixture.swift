import ConsoleUI
import Foundation
import Testing
import MerchantCore
import MerchantStore

/// A console over a store in a fresh temporary folder, at a fixed account time, with no sync:
/// everything a test sees is decided here. The folder is removed when the fixture goes away.
public final class ConsoleFixture {
    public let directory: URL
    public let store: MerchantStore
    public let program: ConsoleProgram

    public static let connectedAt = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    /// The account's time in every test: three days after connecting.
    public static let now = connectedAt.addingTimeInterval(3 * 86_400)
    public static let de = "A1PA6795UKMFR9"

    public static let catalog: [Product] = [
        Product(sku: "MUG-BLAU-350", title: "Kaffeebecher Blau 350 ml", stockOnHand: 40, asin: "B0DEMO0001"),
        Product(sku: "TEE-MATCHA-100", title: "抹茶 Matcha Pulver 100 g", stockOnHand: 30, asin: "B0DEMO0004"),
        Product(sku: "BECHER-THAI", title: "ถ้วยชาไทย Thai Tea Cup", stockOnHand: 20, asin: "B0DEMO0010"),
        Product(sku: "NOASIN-SHOP-ONLY", title: "Nur im eigenen Shop", stockOnHand: 10),
    ]

    /// `catalog` and `printText`: the Pick pane's tests bring products with bins and a printer of their own.
    public init(orders: [AmazonOrder] = ConsoleFixture.mixedOrders, size: Size = Size(rows: 24, columns: 80), importOrders: Bool = true,
                catalog: [Product] = ConsoleFixture.catalog, printText: PrintText? = nil) throws {
        directory = try Temporary.folder("merchant-console-tests")
        // Two readers, not the console's five: a test run keeps a hundred stores open, each reader holding two files.
        store = try MerchantStore.open(at: directory.appendingPathComponent("merchant.sqlite").path, readers: 2)
        var settings = ChannelSettings(sellerId: "A2DEMOSELLER01", marketplaceIds: [Self.de], connectedAt: Self.connectedAt)
        settings.importOrders = importOrders
        try store.initialize(settings: settings, products: catalog, at: Self.connectedAt)
        if !orders.isEmpty { try store.ingest(orders, watermark: nil, at: Self.now) }
        program = ConsoleProgram(store: store, sync: nil, size: size, now: { ConsoleFixture.now }, printText: printText)
        program.start()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    public var screen: Screen { program.screen }
    /// The screen as text; a rule id on it fails the test that read it.
    public var text: String {
        let text = program.screen.text
        expectNoRuleIds(text)
        return text
    }

    /// Presses keys in order: "4", "j", " " or named keys.
    public func press(_ keys: Key...) { for key in keys { program.send(.key(key)) } }

    public func type(_ text: String) { for c in text { program.send(.key(.character(c))) } }

    public func resize(_ rows: Int, _ columns: Int) { program.send(.resize(Size(rows: rows, columns: columns))) }

    // MARK: orders

    public static func hours(_ h: Double) -> Date { connectedAt.addingTimeInterval(h * 3_600) }

    public static func order(_ id: String, _ status: AmazonOrderStatus, buyer: String?, hour: Double, sku: String = "MUG-BLAU-350",
                      qty: Int = 1, channel: FulfillmentChannel = .merchant, shipByHours: Double? = nil, total: Int64 = 1299) -> AmazonOrder {
        let purchased = hours(hour)
        let pending = status.isPending
        return AmazonOrder(
            amazonOrderId: id, status: status, fulfillmentChannel: channel, marketplaceId: de,
            purchaseDate: purchased, lastUpdateDate: purchased,
            latestShipDate: hours(shipByHours ?? hour + 96), buyerName: buyer,
            shippingAddress: pending ? nil : PostalAddress(name: buyer, lines: ["Hauptstraße 1"], city: "Berlin", postalCode: "10115", region: nil, countryCode: "DE"),
            total: pending ? nil : Money(minorUnits: total * Int64(qty), currency: "EUR"),
            items: [AmazonOrderItem(orderItemId: "OI-\(id)", sku: sku, asin: catalog.first { $0.sku == sku }?.asin, title: "Item \(sku)",
                                    quantityOrdered: qty, unitPrice: pending ? nil : Money(minorUnits: total, currency: "EUR"))])
    }

    /// Buyers in German, Thai, Japanese and with emoji; one name carrying an escape sequence; a blocked,
    /// a pending, an AFN, a late and a nearly late order.
    public static let mixedOrders: [AmazonOrder] = [
        order("302-0000001-0000001", .unshipped, buyer: "Jürgen Groß", hour: 70),
        order("302-0000002-0000002", .unshipped, buyer: "น้ำฝน ใจดี", hour: 69),
        order("302-0000003-0000003", .unshipped, buyer: "สมชาย ที่ดี", hour: 68),
        order("302-0000004-0000004", .unshipped, buyer: "山田太郎", hour: 67, sku: "TEE-MATCHA-100"),
        order("302-0000005-0000005", .unshipped, buyer: "Zoë 😀 Müller", hour: 66),
        order("302-0000006-0000006", .unshipped, buyer: "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}", hour: 65),
        order("302-0000007-0000007", .unshipped, buyer: "Unknown Sku Buyer", hour: 64, sku: "AMZ-LEGACY-TASSE"),
        order("302-0000008-0000008", .pending, buyer: nil, hour: 63, qty: 2),
        order("302-0000009-0000009", .shipped, buyer: "Noah Jones", hour: 40, channel: .amazon),
        order("302-0000010-0000010", .unshipped, buyer: "Late Lena", hour: 20, shipByHours: 60),
        order("302-0000011-0000011", .unshipped, buyer: "Soon Sören", hour: 30, shipByHours: 80),
    ]
}
