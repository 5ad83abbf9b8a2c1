import Foundation
import MerchantCore
import MerchantStore

/// A store in a fresh temporary directory, with a demo-like catalog and a channel connected at a fixed date.
/// The directory is removed when the value goes away.
final class TestStore {
    let directory: URL
    let store: MerchantStore

    init(importOrders: Bool = true, importPending: Bool = false, reservePending: Bool = true, products: [Product] = Fx.catalog) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Two readers, not the console's five: a test run keeps a hundred stores open, each reader holding two files.
        store = try MerchantStore.open(at: directory.appendingPathComponent("merchant.sqlite").path, readers: 2)
        try store.initialize(settings: Fx.settings(importOrders: importOrders, importPending: importPending, reservePending: reservePending),
                             products: products, at: Fx.connectedAt)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func entry(_ sku: String) throws -> CatalogEntry {
        guard let entry = try store.product(sku: sku) else { throw FixtureError.noProduct(sku) }
        return entry
    }

    func detail(_ id: String) throws -> OrderDetail { try store.orderDetail(id) }

    func inventoryMessages(_ sku: String) throws -> [InventoryPayload] {
        try store.outbox(includeDone: true).filter { $0.kind == .inventory && $0.subject == sku }.map { try $0.decode(InventoryPayload.self) }
    }

    func acks() throws -> [OutboxMessage] {
        try store.outbox(includeDone: true).filter { $0.kind == .acknowledgement }
    }
}

enum FixtureError: Error { case noProduct(String) }

/// Shared values: one connected channel (Amazon.de), a small catalog, orders built to measure.
enum Fx {
    static let connectedAt = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z
    static let de = "A1PA6795UKMFR9"
    static let uk = "A1F83G8C2ARO7P"
    static let jp = "A1VC38T7YXB528"

    /// `connectedAt` plus some hours.
    static func t(_ hours: Double) -> Date { connectedAt.addingTimeInterval(hours * 3_600) }

    static func settings(importOrders: Bool = true, importPending: Bool = false, reservePending: Bool = true) -> ChannelSettings {
        var s = ChannelSettings(sellerId: "A2DEMOSELLER01", marketplaceIds: [de, uk, jp], connectedAt: connectedAt)
        s.importOrders = importOrders
        s.importPending = importPending
        s.reservePending = reservePending
        return s
    }

    static let catalog: [Product] = [
        Product(sku: "MUG-BLAU-350", title: "Kaffeebecher Blau 350 ml", stockOnHand: 40, asin: "B0DEMO0001"),
        Product(sku: "MUG-ROT-350", title: "Kaffeebecher Rot 350 ml", stockOnHand: 25, asin: "B0DEMO0002"),
        Product(sku: "TEE-MATCHA-100", title: "抹茶 Matcha Pulver 100 g", stockOnHand: 30, asin: "B0DEMO0004"),
        Product(sku: "BECHER-THAI", title: "ถ้วยชาไทย Thai Tea Cup", stockOnHand: 20, asin: "B0DEMO0010"),
        Product(sku: "KAFFEE-ESP-1KG", title: "Espressobohnen 1 kg", stockOnHand: 3, asin: "B0DEMO0011"),
        Product(sku: "NOASIN-SHOP-ONLY", title: "Nur im eigenen Shop", stockOnHand: 10),
    ]

    static func asin(of sku: String) -> String? { catalog.first { $0.sku == sku }?.asin }

    static func item(_ sku: String, qty: Int = 1, shipped: Int = 0, id: String? = nil, price: Money? = nil, asin: String? = nil) -> AmazonOrderItem {
        AmazonOrderItem(orderItemId: id ?? "OI-\(sku)", sku: sku, asin: asin ?? Fx.asin(of: sku), title: "Item \(sku)",
                        quantityOrdered: qty, quantityShipped: shipped, unitPrice: price)
    }

    static let address = PostalAddress(name: "Jürgen Groß", lines: ["Hauptstraße 1"], city: "Berlin", postalCode: "10115",
                                       region: nil, countryCode: "DE", phone: "+49 30 1234567")

    static func eur(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "EUR") }

    /// An order purchased at `purchased` (default one hour after connection), last updated at `updated` (default: purchased).
    static func order(
        _ id: String, _ status: AmazonOrderStatus, channel: FulfillmentChannel = .merchant, marketplace: String = de,
        purchased: Date = t(1), updated: Date? = nil, latestShip: Date? = nil,
        items: [AmazonOrderItem] = [item("MUG-BLAU-350")], buyer: String? = nil, email: String? = nil,
        address: PostalAddress? = nil, total: Money? = nil
    ) -> AmazonOrder {
        AmazonOrder(amazonOrderId: id, status: status, fulfillmentChannel: channel, marketplaceId: marketplace,
                    purchaseDate: purchased, lastUpdateDate: updated ?? purchased, latestShipDate: latest(latestShip, purchased),
                    buyerName: buyer, buyerEmail: email, shippingAddress: address, total: total, items: items)
    }

    private static func latest(_ given: Date?, _ purchased: Date) -> Date? { given ?? purchased.addingTimeInterval(2 * 86_400) }

    /// The same order as Amazon reports it later: a new status, a later update time, optional changes.
    static func later(_ o: AmazonOrder, _ status: AmazonOrderStatus, by hours: Double = 1, _ change: (inout AmazonOrder) -> Void = { _ in }) -> AmazonOrder {
        var next = o
        next.status = status
        next.lastUpdateDate = o.lastUpdateDate.addingTimeInterval(hours * 3_600)
        change(&next)
        return next
    }

    /// The order with every item reported fully shipped.
    static func fullyShipped(_ o: AmazonOrder) -> AmazonOrder {
        var next = o
        next.items = o.items.map { var i = $0; i.quantityShipped = i.quantityOrdered; return i }
        return next
    }
}

/// An inventory message's content, comparable in tests (InventoryPayload has no public initializer).
struct Pushed: Equatable {
    var sku: String
    var quantity: Int
    var handlingDays: Int?
    init(sku: String, quantity: Int, handlingDays: Int?) {
        self.sku = sku
        self.quantity = quantity
        self.handlingDays = handlingDays
    }
    init(_ p: InventoryPayload) { self.init(sku: p.sku, quantity: p.quantity, handlingDays: p.handlingDays) }
}
