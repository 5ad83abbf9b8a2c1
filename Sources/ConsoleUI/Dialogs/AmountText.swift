import MerchantCore

/// An amount without its currency, as the merchant's language writes it and types it back: "12.90", German
/// "12,90". `Money(typed:)` reads either separator, so what a dialog prefills is what the merchant would type.
/// No thousands grouping: a typed "1.234" would be ambiguous, "1234,56" never is.
enum AmountText {
    static func plain(_ money: Money, _ language: Language = Language.current) -> String {
        LanguageFormat.decimal(money.amountText, language)
    }
}
