import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Blocked orders are worked where they are seen: the row says why, Enter offers the fix in a dialog, the fix is the
/// command line's own store operation, and the next sync imports the order (R5).
@Suite("Fixing a blocked order in the console")
struct BlockedFixTests {
    static let unknownSku = ConsoleFixture.order("302-0000070-0000070", .unshipped, buyer: "Klaus Becker", hour: 64, sku: "AMZ-LEGACY-TASSE")
    static let shortOfStock = ConsoleFixture.order("302-0000071-0000071", .unshipped, buyer: "Emma Wilson", hour: 62, sku: "BECHER-THAI", qty: 25)
    static let disabled = ConsoleFixture.order("302-0000072-0000072", .unshipped, buyer: "Sophie Wagner", hour: 61, sku: "TEE-MATCHA-100")

    /// Three orders blocked for the three reasons, newest first: unknown SKU, 5 units short, disabled product.
    func fixture() throws -> ConsoleFixture {
        let f = try ConsoleFixture(orders: [], size: Size(rows: 30, columns: 100))
        try f.store.updateProduct(sku: "TEE-MATCHA-100", ProductChange(enabled: false), actor: "test", at: ConsoleFixture.connectedAt)
        try f.store.ingest([Self.unknownSku, Self.shortOfStock, Self.disabled], watermark: nil, at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        return f
    }

    /// What the sync does first after a change to the catalog: decide the waiting orders again (R5).
    func nextSync(_ f: ConsoleFixture) throws -> (ImportState, ImportState, ImportState) {
        try f.store.reconsiderWaitingOrders(at: ConsoleFixture.now)
        let states = try [Self.unknownSku, Self.shortOfStock, Self.disabled].map { try f.store.orderDetail($0.amazonOrderId).importState }
        return (states[0], states[1], states[2])
    }

    func row(_ f: ConsoleFixture, _ id: String) -> String {
        f.text.split(separator: "\n").first { $0.contains(id) }.map(String.init) ?? ""
    }

    @Test("the row of a blocked order says why in a few words (R5)")
    func rowSaysWhy() throws {
        let f = try fixture()
        #expect(row(f, Self.unknownSku.amazonOrderId).contains("unknown SKU"))
        #expect(row(f, Self.shortOfStock.amazonOrderId).contains("short of 5"))
        #expect(row(f, Self.disabled.amazonOrderId).contains("disabled"))
    }

    @Test("Enter on an unknown SKU maps it to the product picked from the catalog; the next sync imports the order (R5)")
    func mapTheSku() throws {
        let f = try fixture()
        f.press(.enter)
        guard case .blockedFix(let dialog) = f.program.state.dialog else { Issue.record("no fix dialog: \(f.text)"); return }
        #expect(dialog.fix == .mapSku(amazonSku: "AMZ-LEGACY-TASSE"))
        #expect(f.text.contains("Map Amazon SKU AMZ-LEGACY-TASSE to a product"))
        #expect(f.text.contains("imported at the next sync"))
        // The catalog in SKU order, enabled first: BECHER-THAI, then MUG-BLAU-350.
        f.press(.right)
        #expect(f.text.contains("MUG-BLAU-350 · Kaffeebecher Blau 350 ml"))
        #expect(try nextSync(f).0 == .blocked, "nothing changes before Enter")
        f.press(.enter)
        #expect(f.text.contains("Amazon SKU AMZ-LEGACY-TASSE now takes its stock from MUG-BLAU-350."))
        #expect(f.text.contains("imported at the next sync"))
        #expect(try f.store.activity(limit: 5).contains { $0.actor == "console" })
        #expect(try nextSync(f).0 == .imported)
    }

    @Test("Enter on an order short of stock restocks to the quantity typed; the next sync imports it (R5)")
    func restock() throws {
        let f = try fixture()
        f.press(.down, .enter)
        guard case .blockedFix(let dialog) = f.program.state.dialog else { Issue.record("no fix dialog: \(f.text)"); return }
        // Prefilled with what covers the order: 20 on hand and 5 short.
        #expect(dialog.stock.text == "25")
        f.press(.backspace, .backspace)
        f.type("x")   // not a digit: ignored
        f.type("30")
        f.press(.enter)
        #expect(try f.store.product(sku: "BECHER-THAI")?.product.stockOnHand == 30)
        #expect(f.text.contains("BECHER-THAI has 30 on hand."))
        #expect(try nextSync(f).1 == .imported)
    }

    @Test("Enter on an order for a disabled product enables it; the next sync imports it (R5)")
    func enable() throws {
        let f = try fixture()
        f.press(.down, .down, .enter)
        guard case .blockedFix(let dialog) = f.program.state.dialog else { Issue.record("no fix dialog: \(f.text)"); return }
        #expect(dialog.fix == .enable(sku: "TEE-MATCHA-100"))
        f.press(.enter)
        #expect(try f.store.product(sku: "TEE-MATCHA-100")?.product.enabled == true)
        #expect(f.text.contains("TEE-MATCHA-100 is enabled."))
        #expect(try nextSync(f).2 == .imported)
    }

    @Test("in the opened order too: Esc leaves the order open, Enter offers the fix again; Esc changes nothing")
    func fromTheOpenedOrder() throws {
        let f = try fixture()
        f.press(.enter, .escape)
        #expect(f.program.state.dialog == nil)
        #expect(f.program.state.detail?.orderId == Self.unknownSku.amazonOrderId)
        #expect(f.text.contains("Enter fixes it"))
        f.press(.enter)
        guard case .blockedFix = f.program.state.dialog else { Issue.record("no fix dialog in the opened order: \(f.text)"); return }
        f.press(.escape)
        #expect(try nextSync(f).0 == .blocked)
    }

    @Test("Enter in an opened order that is not blocked says there is nothing to fix")
    func notBlocked() throws {
        let f = try ConsoleFixture(size: Size(rows: 30, columns: 100))
        f.press(.enter)
        #expect(f.program.state.detail != nil)
        f.press(.enter)
        #expect(f.program.state.dialog == nil)
        #expect(f.text.contains("only a blocked order has something to fix"))
    }
}

/// Every opened order shows where it is in Seller Central; a shipped package its carrier's tracking page.
@Suite("Links in an opened order")
struct DetailLinkTests {
    @Test("Seller Central on the order's marketplace (.de, .co.jp) and the tracking page of a shipped package")
    func links() throws {
        var japanese = ConsoleFixture.order("503-0000001-0000001", .shipped, buyer: "山田太郎", hour: 60, sku: "TEE-MATCHA-100")
        japanese.marketplaceId = "A1VC38T7YXB528"
        japanese.packages = [ShipmentPackage(packageReferenceId: "1", carrier: "UPS", trackingNumber: "1Z5R89390357567127",
                                             shipDate: ConsoleFixture.hours(61), items: [PackageLine(orderItemId: "OI-503-0000001-0000001", quantity: 1)])]
        let german = ConsoleFixture.order("302-0000001-0000001", .unshipped, buyer: "Jürgen Groß", hour: 50)
        let f = try ConsoleFixture(orders: [japanese, german], size: Size(rows: 40, columns: 120))
        f.press(.enter)
        #expect(f.text.contains("Seller Central: https://sellercentral.amazon.co.jp/orders-v3/order/503-0000001-0000001"))
        #expect(f.text.contains("https://www.ups.com/track?tracknum=1Z5R89390357567127"))
        f.press(.escape, .down, .enter)
        #expect(f.text.contains("Seller Central: https://sellercentral.amazon.de/orders-v3/order/302-0000001-0000001"))
        #expect(!f.text.contains("https://www."), "nothing shipped, no tracking link")
    }
}
