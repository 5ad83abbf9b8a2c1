import Foundation

/// Amounts as merchants type them, in the console's dialogs and on the command line alike:
/// a decimal point or a decimal comma, with or without grouping.
///
///     try Money(typed: "5,00", currency: "EUR")       // 5.00 EUR
///     try Money(typed: "1.234,56", currency: "EUR")   // 1234.56 EUR
///     try Money(typed: "1,234.56", currency: "USD")   // 1234.56 USD
///     try Money(typed: "1,500", currency: "JPY")      // 1500 JPY: yen have no decimals
///
/// `Money(parsing:)` stays strict for what Amazon sends; this is for people. The last separator is the
/// decimal one when both appear; a separator that repeats groups thousands. One separator followed by
/// exactly three digits is a thousands group for a currency without decimals (yen), decimals for one
/// with three (dinar), and cannot be told apart for the others ("1,234" is 1234 to one merchant and
/// 1.234 to another), so it is refused with what to write instead, rather than guessed.
extension Money {
    public init(typed text: String, currency: String) throws(MoneyError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = String(first)
            body = body.dropFirst()
        }
        let separators: Set<Character> = [",", "."]
        let used = body.filter { separators.contains($0) }
        guard !used.isEmpty else {
            self = try Money(parsing: trimmed, currency: currency)
            return
        }
        let decimalMark: Character?
        let kinds = Set(used)
        if kinds.count == 2 {
            // "1.234,56" and "1,234.56": the last separator is the decimal one, and it comes once.
            decimalMark = used.last!
            guard used.filter({ $0 == decimalMark }).count == 1 else { throw .malformed(text) }
        } else if used.count > 1 {
            // "1.234.567": only thousands.
            decimalMark = nil
        } else {
            let mark = used.first!
            let parts = body.split(separator: mark, omittingEmptySubsequences: false)
            let whole = parts[0], after = parts[1]
            // Not three digits after it, or nothing a thousands group could follow: a decimal mark.
            if after.count != 3 || whole.isEmpty || whole == "0" || whole.count > 3 {
                decimalMark = mark
            } else {
                switch Money.minorDigits(of: currency) {
                case 0: decimalMark = nil
                case 3: decimalMark = mark
                case let n: throw .ambiguous(text, currency: currency.uppercased(), allowed: n)
                }
            }
        }
        let grouping = separators.subtracting(decimalMark.map { [$0] } ?? [])
        let halves = decimalMark.map { mark in body.split(separator: mark, omittingEmptySubsequences: false) } ?? [body]
        let whole = halves[0]
        // Thousands groups: one to three digits, then groups of exactly three.
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: { grouping.contains($0) })
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw .malformed(text) }
        }
        let canonical = sign + groups.joined() + (halves.count == 2 ? "." + halves[1] : "")
        do {
            self = try Money(parsing: canonical, currency: currency)
        } catch {
            // Name what the merchant typed, not the form it was read as.
            switch error {
            case .malformed: throw .malformed(text)
            case .negative: throw .negative(text)
            case .tooManyDecimals(_, let code, let allowed): throw .tooManyDecimals(text, currency: code, allowed: allowed)
            case .tooLarge: throw .tooLarge(text)
            default: throw error
            }
        }
    }
}
