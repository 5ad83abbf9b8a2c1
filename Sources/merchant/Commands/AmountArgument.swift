import MerchantCore

/// An amount typed on the command line: `Money(typed:)`'s rules, as in the console's dialogs (a decimal
/// comma too: "12,90"), and no spaces around it.
///
///     let money = try AmountArgument.parse("12.90", currency: "EUR", option: "--amount")
///
/// The domain forgives spaces a form field may leave; a command line has no such field, so " 12"
/// came from a script's mistake and is refused like "1e9" or "١٢" (R30).
enum AmountArgument {
    static func parse(_ text: String, currency: String, option: String) throws -> Money {
        guard text.trimmingCharacters(in: .whitespacesAndNewlines) == text else {
            throw Refusal(tr("commands.amount.spaces", option, text))
        }
        do { return try Money(typed: text, currency: currency) } catch { throw Refusal("\(option): \(error)") }
    }
}
