import Foundation

/// Money, counts and dates the way each language writes them.
///
///     LanguageFormat.money(Money(minorUnits: 123456, currency: "EUR"), .german)   // "1.234,56 €"
///     LanguageFormat.day(date, .thai, timeZone: berlin)                          // "2 ธ.ค. 2026"
///
/// English keeps what the program always wrote ("1234.56 EUR", "2026-12-02 09:30"). Thai keeps
/// Arabic digits, as Thai business software shows them, and the Gregorian year Amazon's dates use.
/// Machine output (`--json`, CSV) never goes through here.
public enum LanguageFormat {
    /// "1234.56 EUR", "1.234,56 €", "€1,234.56".
    public static func money(_ money: Money, _ language: Language) -> String {
        switch language {
        case .english:
            return money.description
        case .german:
            let symbol = symbols[money.currency].map { " \($0)" } ?? " \(money.currency)"
            return amount(money, group: ".", decimal: decimalMark(language)) + symbol
        case .thai:
            let sign = money.minorUnits < 0 ? "-" : ""
            let magnitude = Money(minorUnits: money.minorUnits.magnitude == 0 ? 0 : Int64(money.minorUnits.magnitude),
                                  currency: money.currency)
            guard let symbol = symbols[money.currency] else {
                return sign + amount(magnitude, group: ",", decimal: decimalMark(language)) + " \(money.currency)"
            }
            return sign + symbol + amount(magnitude, group: ",", decimal: decimalMark(language))
        }
    }

    /// A decimal number written with a point ("1.2") as the language writes it: German "1,2", English and Thai "1.2".
    /// Money, weights and amounts a dialog prefills all take their decimal mark from here.
    public static func decimal(_ text: String, _ language: Language) -> String {
        text.replacingOccurrences(of: ".", with: decimalMark(language))
    }

    /// The language's decimal mark: "," in German, "." in English and Thai.
    public static func decimalMark(_ language: Language) -> String { language == .german ? "," : "." }

    /// A count: English as it is ("12345"), German "12.345", Thai "12,345"; below 10,000 no grouping in any.
    public static func count<N: BinaryInteger>(_ n: N, _ language: Language) -> String {
        let plain = String(n)
        guard n >= 10_000 || n <= -10_000 else { return plain }
        switch language {
        case .english: return plain
        case .german: return grouped(plain, ".")
        case .thai: return grouped(plain, ",")
        }
    }

    /// A moment for a column, 16 columns wide in every language: "2026-12-02 09:30", "02.12.2026 09:30",
    /// "02/12/2026 09:30".
    public static func moment(_ date: Date, _ language: Language, timeZone: TimeZone) -> String {
        let c = parts(date, timeZone)
        let time = "\(two(c.hour)):\(two(c.minute))"
        switch language {
        case .english: return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(time)"
        case .german: return "\(two(c.day)).\(two(c.month)).\(c.year ?? 0) \(time)"
        case .thai: return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(time)"
        }
    }

    /// A day in words: "2 Dec 2026", "2. Dez. 2026", "2 ธ.ค. 2026".
    public static func day(_ date: Date, _ language: Language, timeZone: TimeZone) -> String {
        let c = parts(date, timeZone)
        let day = c.day ?? 1, year = c.year ?? 0
        let month = months[language]![(c.month ?? 1) - 1]
        switch language {
        case .english: return "\(day) \(month) \(year)"
        case .german: return "\(day). \(month) \(year)"
        case .thai: return "\(day) \(month) \(year)"
        }
    }

    static let months: [Language: [String]] = [
        .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .german: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
        .thai: ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    ]

    private static let symbols = ["EUR": "€", "GBP": "£", "USD": "$", "JPY": "¥", "THB": "฿"]

    /// The amount's digits with `group` every three and `decimal` before the minor units.
    private static func amount(_ money: Money, group: String, decimal: String) -> String {
        let text = money.amountText
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = grouped(String(parts[0]), group)
        let fraction = parts.count == 2 ? decimal + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }

    private static func grouped(_ digits: String, _ separator: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        var out = ""
        for (i, ch) in body.enumerated() {
            if i > 0, (body.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return (negative ? "-" : "") + out
    }

    private static func parts(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    private static func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
}
