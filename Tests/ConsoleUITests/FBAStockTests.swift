import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Amazon's warehouse stock beside each product of the Settings pane, and the warning when FBA goes on
/// without it (R27). Settings rows: four switches, then the products in SKU order (BECHER-THAI is the first).
@Suite("FBA stock in the console (R27)")
struct FBAStockTests {
    static let checked = ConsoleFixture.hours(70)

    /// MUG-BLAU-350 under FBA with 58 at Amazon; TEE-MATCHA-100 under FBA, its stock not read yet.
    static func console(size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture {
        let f = try ConsoleFixture(size: size)
        for sku in ["MUG-BLAU-350", "TEE-MATCHA-100"] {
            _ = try f.store.updateProduct(sku: sku, ProductChange(fba: true), actor: "test", at: ConsoleFixture.hours(60))
        }
        try f.store.recordFBAStock(["MUG-BLAU-350": FBAStockLevel(fulfillable: 58, inbound: 12, checkedAt: checked)])
        f.program.send(.dataChanged)
        return f
    }

    /// The Settings line of a product.
    static func line(_ f: ConsoleFixture, _ sku: String) throws -> String {
        try #require(f.text.split(separator: "\n").first { $0.contains(sku) }.map(String.init), "no line for \(sku)")
    }

    @Test("R27: each FBA product shows what Amazon can ship, ? before a sync has read it; others show nothing",
          arguments: [(24, 80), (48, 160)])
    func stockBesideProducts(rows: Int, columns: Int) throws {
        let f = try Self.console(size: Size(rows: rows, columns: columns))
        f.press(.character("4"))
        expectSnapshot(f.text, "settings-fba-\(columns)x\(rows)")
        // R27: the fulfillable quantity, in the AT AMAZON column.
        let screen = f.screen
        let headerRow = try #require((0..<screen.rows).first { screen.column(of: "AT AMAZON", row: $0) != nil })
        let column = screen.column(of: "AT AMAZON", row: headerRow)!
        func atAmazon(_ sku: String) throws -> String {
            let row = try #require((0..<screen.rows).first { screen.column(of: sku, row: $0) != nil }, "no row for \(sku)")
            return (column..<column + 9).map { screen.cell(row: row, column: $0).text }.joined().trimmingCharacters(in: .whitespaces)
        }
        #expect(try atAmazon("[x] MUG-BLAU-350") == "58")
        #expect(try atAmazon("[x] TEE-MATCHA-100") == "?")
        #expect(try atAmazon("[ ] BECHER-THAI") == "")
        // The titles still line up after Thai and Japanese ones.
        let titles = ["ถ้วยชาไทย", "Kaffeebecher", "Nur im", "抹茶"].map { name in
            (0..<f.screen.rows).compactMap { f.screen.column(of: name, row: $0) }.first
        }
        #expect(Set(titles).count == 1 && titles.first! != nil, "title columns: \(titles)")
    }

    @Test("R27: FBA switched on with no stock read yet: switched, and the message says Amazon cannot fulfil yet")
    func warningWhenStockUnknown() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character(" "), .character("y"), .enter)
        // R27: the switch happens...
        #expect(try f.store.product(sku: "BECHER-THAI")?.product.fba == true)
        // ...and the flash carries the rule's own warning, whole.
        let warning = try #require(FBARules.warningOnSwitchingOn(sku: "BECHER-THAI", stock: nil))
        #expect(f.program.state.flash?.text == "Saved: BECHER-THAI is fulfilled by Amazon (FBA). \(warning)")
        #expect(f.program.state.flash?.kind == .warning)
        let shown = f.text.replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("is not known yet: the next sync reads it. Until Amazon holds stock, it cannot fulfil orders."))
        expectSnapshot(f.text, "settings-fba-warning-80x24")
        // The next key clears the message, and the status line is back.
        f.press(.character("j"))
        #expect(f.program.state.flash == nil)
        #expect(f.text.contains("outbox: 10 waiting"))
    }

    @Test("R27: FBA switched on while Amazon holds none: switched, the warning names what is on its way")
    func warningWhenAmazonHoldsNone() throws {
        let f = try ConsoleFixture()
        try f.store.recordFBAStock(["BECHER-THAI": FBAStockLevel(fulfillable: 0, inbound: 5, checkedAt: Self.checked)])
        f.program.send(.dataChanged)
        f.press(.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character(" "), .character("y"), .enter)
        #expect(try f.store.product(sku: "BECHER-THAI")?.product.fba == true)
        #expect(f.program.state.flash?.kind == .warning)
        #expect(f.program.state.flash?.text.hasSuffix("Amazon holds no fulfillable stock of BECHER-THAI (5 on the way): orders for it cannot be fulfilled by Amazon until stock arrives.") == true)
        // The row now shows the 0 Amazon can ship.
        #expect(try Self.line(f, "[x] BECHER-THAI").contains(" 0 ถ้วยชาไทย"))
    }

    @Test("R27: with stock at Amazon, switching on says only that it is saved; switching off never warns")
    func noWarningWithStock() throws {
        let f = try Self.console()
        // MUG-BLAU-350 (58 at Amazon) is the second product: switch it off, then on again.
        f.press(.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character(" "), .character("y"), .enter)
        #expect(f.program.state.flash?.text == "Saved: MUG-BLAU-350 is shipped by you (no FBA).")
        #expect(f.program.state.flash?.kind == .saved)
        f.press(.character(" "), .character("y"), .enter)
        #expect(f.program.state.flash?.text == "Saved: MUG-BLAU-350 is fulfilled by Amazon (FBA).")
        #expect(f.program.state.flash?.kind == .saved)
        #expect(try f.store.product(sku: "MUG-BLAU-350")?.product.fba == true)
    }
}
