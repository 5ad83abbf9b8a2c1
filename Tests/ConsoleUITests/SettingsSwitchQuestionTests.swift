@testable import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The Settings switches that change who ships a product (FBA, either way) or stop the import ask first, naming
/// what changes, with No chosen: Space marks rows in Orders, so a stray Space here must change nothing.
@Suite("Settings: switches that ask first")
struct SettingsSwitchQuestionTests {
    /// The Settings pane on BECHER-THAI, the first product: past the three switches, the interval, the language and
    /// the label format.
    static func onFirstProduct(size: Size = Size(rows: 30, columns: 160)) throws -> ConsoleFixture {
        let f = try ConsoleFixture(size: size)
        f.press(.character("4"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .character("j"))
        return f
    }

    static func question(_ f: ConsoleFixture) -> SwitchQuestion? {
        if case .switchQuestion(let q) = f.program.state.dialog { return q }
        return nil
    }

    static func fba(_ f: ConsoleFixture, _ sku: String) throws -> Bool? { try f.store.product(sku: sku)?.product.fba }

    @Test("R26: Space on a product asks, naming it and what changes; Enter on the chosen No changes nothing")
    func spaceAsksAndNoKeepsIt() throws {
        let f = try Self.onFirstProduct()
        let logged = try f.store.activity(limit: 1).first?.message
        f.press(.character(" "))
        let q = try #require(Self.question(f), "Space opens the question: \(f.text)")
        #expect(q.change == .setFBA(sku: "BECHER-THAI", on: true) && q.yes == false)
        let shown = f.text.replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("Switch BECHER-THAI (ถ้วยชาไทย Thai Tea Cup) to fulfilment by Amazon (FBA)?"))
        #expect(shown.contains("fulfillment") && shown.contains("[ No ]"))
        expectSnapshot(f.text, "settings-fba-question-160x30")
        #expect(try Self.fba(f, "BECHER-THAI") == false, "nothing is stored while the question is open")
        f.press(.enter)
        #expect(f.program.state.dialog == nil)
        #expect(try Self.fba(f, "BECHER-THAI") == false)
        #expect(f.program.state.flash?.text == tr("dialog.closed"))
        #expect(try f.store.activity(limit: 1).first?.message == logged, "R28: nothing changed, nothing logged")
        // Esc closes it the same way.
        f.press(.character(" "), .escape)
        #expect(f.program.state.dialog == nil)
        #expect(try Self.fba(f, "BECHER-THAI") == false)
    }

    @Test("R26: Yes switches FBA on; switching back asks again, and only Yes switches it off")
    func yesSwitchesBothWays() throws {
        let f = try Self.onFirstProduct()
        f.press(.character(" "), .character("y"), .enter)
        #expect(try Self.fba(f, "BECHER-THAI") == true)
        #expect(f.text.contains("Saved: BECHER-THAI is fulfilled by Amazon (FBA)."))
        f.press(.character(" "))
        let back = try #require(Self.question(f))
        #expect(back.change == .setFBA(sku: "BECHER-THAI", on: false))
        #expect(f.text.replacingOccurrences(of: "\n", with: " ").contains("Switch BECHER-THAI (ถ้วยชาไทย Thai Tea Cup) back to shipping it yourself (no FBA)?"))
        f.press(.enter)
        #expect(try Self.fba(f, "BECHER-THAI") == true, "No keeps FBA on")
        f.press(.character(" "), .right, .enter)
        #expect(try Self.fba(f, "BECHER-THAI") == false)
        #expect(f.text.contains("Saved: BECHER-THAI is shipped by you (no FBA)."))
    }

    @Test("R4, R28: switching the import off asks first; switching it on, and the other switches, do not")
    func importOffAsks() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .character(" "))
        let q = try #require(Self.question(f))
        #expect(q.change == .save(.importOrders, "off"))
        #expect(f.text.contains("Stop importing Amazon orders?"))
        #expect(try f.store.settings().importOrders == true)
        f.press(.enter)
        #expect(try f.store.settings().importOrders == true)
        f.press(.character(" "), .character("y"), .enter)
        #expect(try f.store.settings().importOrders == false)
        // On again: the import is what the merchant expects; saved at once.
        f.press(.character(" "))
        #expect(f.program.state.dialog == nil)
        #expect(try f.store.settings().importOrders == true)
        // Import pending orders: saved at once, as before.
        f.press(.character("j"), .character(" "))
        #expect(f.program.state.dialog == nil)
        #expect(try f.store.settings().importPending == true)
    }

    @Test("the question in German and Thai; in German j answers yes", arguments: [Language.german, .thai])
    func inTheLanguage(language: Language) throws {
        try Language.$override.withValue(language) {
            let f = try Self.onFirstProduct()
            f.press(.character(" "))
            let shown = f.text.replacingOccurrences(of: "\n", with: " ")
            #expect(shown.contains(tr("settings.ask.fba.on", "BECHER-THAI (ถ้วยชาไทย Thai Tea Cup)")))
            #expect(shown.contains("[ \(tr("dialog.no")) ]") && !shown.contains("Switch "))
            LanguageSnapshotTests.expectFits(f.screen)
            f.press(.character(language == .german ? "j" : "y"), .enter)
            #expect(try Self.fba(f, "BECHER-THAI") == true)
        }
    }
}
