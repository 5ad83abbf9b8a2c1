import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

/// Shop orders in every state the Shop pane shows, for buyers in German, Thai, Japanese and with emoji,
/// made through the store's own operations (what the sync does is done here by the calls it makes):
/// TEE-MATCHA-100 and BECHER-THAI are FBA, MUG-BLAU-350 is the merchant's own (R26).
public struct ShopFixture {
    public let f: ConsoleFixture
    /// Jürgen Groß, 1× MUG-BLAU-350: the merchant shipped it with UPS.
    public let shippedByYou: String
    /// Zoë 😀 Müller, 1× TEE-MATCHA-100: Amazon shipped it with DHL and a TBA number (R26).
    public let complete: String
    /// 山田太郎, 2× TEE-MATCHA-100: Amazon held 1, so it was kept with the merchant (R27).
    public let kept: String
    /// สมชาย ที่ดี, BECHER-THAI and MUG-BLAU-350: a mixed order, the merchant ships it whole (R26).
    public let mixed: String
    /// น้ำฝน ใจดี, 1× BECHER-THAI: Amazon received it.
    public let received: String
    /// Noah Jones, 1× TEE-MATCHA-100: waits in the outbox for the next sync.
    public let sending: String
    /// Late Lena, 2× MUG-BLAU-350: the merchant ships it, no note.
    public let yours: String

    public static let ups = "1Z5R89390357567127"
    public static let tba = "TBA304958172634"
    public static let keptNote = "Amazon cannot fulfil it: Amazon holds 1 of TEE-MATCHA-100, 2 needed"

    public init(size: Size = Size(rows: 24, columns: 80)) throws {
        f = try ConsoleFixture(size: size)
        let s = f.store
        for sku in ["TEE-MATCHA-100", "BECHER-THAI"] {
            try s.updateProduct(sku: sku, ProductChange(fba: true), actor: "test", at: ConsoleFixture.hours(50))
        }
        func order(_ buyer: String, _ lines: [(String, Int)], hour: Double) throws -> String {
            let address = PostalAddress(name: buyer, lines: ["Hauptstraße 1"], city: "Berlin", postalCode: "10115", region: nil, countryCode: "DE")
            return try s.createShopOrder(ShopOrderRequest(buyerName: buyer, address: address, lines: lines.map { (sku: $0.0, quantity: $0.1) }),
                                         actor: "test", at: ConsoleFixture.hours(hour)).reference
        }
        shippedByYou = try order("Jürgen Groß", [("MUG-BLAU-350", 1)], hour: 51)
        try s.shipShopOrder(shippedByYou, carrier: .ups, trackingNumber: Self.ups, actor: "test", at: ConsoleFixture.hours(52))
        complete = try order("Zoë 😀 Müller", [("TEE-MATCHA-100", 1)], hour: 53)
        try s.recordFulfillment(complete, status: .complete, carrier: "DHL", trackingNumber: Self.tba, at: ConsoleFixture.hours(60))
        kept = try order("山田太郎", [("TEE-MATCHA-100", 2)], hour: 62)
        // R27: what Amazon cannot fill is not sent; the sync keeps it with the merchant in these words.
        try s.keepWithMerchant(kept, refusedBy: .console, reason: Self.keptNote, at: ConsoleFixture.hours(62.5))
        mixed = try order("สมชาย ที่ดี", [("BECHER-THAI", 1), ("MUG-BLAU-350", 1)], hour: 64)
        received = try order("น้ำฝน ใจดี", [("BECHER-THAI", 1)], hour: 66)
        try s.recordFulfillment(received, status: .received, at: ConsoleFixture.hours(67))
        sending = try order("Noah Jones", [("TEE-MATCHA-100", 1)], hour: 70)
        yours = try order("Late Lena", [("MUG-BLAU-350", 2)], hour: 71)
        f.program.send(.dataChanged)
        f.press(.character("6"))
    }

    public var text: String { f.text }

    /// Selects the order with this reference (j from the top).
    public func select(_ reference: String) throws {
        f.press(.character("g"))
        guard let i = f.program.state.shop.window?.orders.firstIndex(where: { $0.reference == reference }) else {
            throw FixtureError("\(reference) is not in the Shop pane")
        }
        for _ in 0..<i { f.press(.character("j")) }
    }
}
