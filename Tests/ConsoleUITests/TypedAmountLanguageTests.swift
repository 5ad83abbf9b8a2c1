import ConsoleUI
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Amounts in the refund and cancel dialogs are written and typed the language's way: German "12,99",
/// English and Thai "12.99"; either separator is read (R18, R22).
@Suite("Amounts typed in the language's way")
struct TypedAmountLanguageTests {
    static let first = "302-0000001-0000001"

    static func refundDialog(_ f: ConsoleFixture) -> RefundDialog? {
        if case .refund(let d) = f.program.state.dialog { return d }
        return nil
    }

    static func cancelDialog(_ f: ConsoleFixture) -> CancelDialog? {
        if case .cancel(let d) = f.program.state.dialog { return d }
        return nil
    }

    /// The console's own refunds of the first order, as the store keeps them.
    static func refunded(_ f: ConsoleFixture) throws -> [Money?] {
        try f.store.refunds(of: first).own.map(\.amount)
    }

    @Test("the refund dialog proposes the amount the language's way; typed so, 12.90 EUR is refunded (R22)", arguments: [
        (Language.german, "12,99", "12,90", "der Käufer bekommt 12,90 € zurück"),
        (.thai, "12.99", "12.90", "ลูกค้าได้รับเงินคืน €12.90"),
    ])
    func refundTyped(language: Language, proposed: String, typed: String, verdict: String) throws {
        try Language.$override.withValue(language) {
            let f = try ConsoleFixture()
            f.press(.character("r"))
            #expect(Self.refundDialog(f)?.amount.text == proposed)
            f.press(.control("u"))
            f.type(typed)
            #expect(f.text.contains(verdict))
            f.press(.tab, .right, .tab, .character("y"), .enter)
            #expect(try Self.refunded(f) == [Money(minorUnits: 1290, currency: "EUR")])
        }
    }

    @Test("German: the cancel dialog's refund is the total, 12,99; 12,90 typed goes with the cancellation (R18)")
    func germanCancel() throws {
        try Language.$override.withValue(.german) {
            let f = try ConsoleFixture()
            f.press(.character("c"))
            #expect(Self.cancelDialog(f)?.refund.text == "12,99")
            f.press(.right, .tab, .control("u"))
            f.type("12,90")
            #expect(f.text.contains("der Käufer bekommt 12,90 € zurück"))
            f.press(.tab, .character("y"), .enter)
            #expect(try Self.refunded(f) == [Money(minorUnits: 1290, currency: "EUR")])
        }
    }

    @Test("a German merchant may type the point too, and an English one the comma: both mean 12.90 EUR")
    func eitherSeparator() throws {
        for (language, typed, verdict) in [(Language.german, "12.90", "der Käufer bekommt 12,90 € zurück"),
                                           (.english, "12,90", "the buyer gets 12.90 EUR back")] {
            try Language.$override.withValue(language) {
                let f = try ConsoleFixture()
                f.press(.character("r"), .control("u"))
                f.type(typed)
                #expect(f.text.contains(verdict), "\(typed) in \(language)")
            }
        }
    }
}
