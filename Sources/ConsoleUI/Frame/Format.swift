import Foundation
import MerchantCore

/// Times, amounts and counts as the console writes them.
enum Format {
    /// "45s", "12m", "3h", "2d".
    static func span(_ seconds: Double) -> String {
        TimeSpanText.short(seconds)
    }

    static func ago(_ date: Date, _ now: Date) -> String {
        let d = now.timeIntervalSince(date)
        return d >= 0 ? tr("common.ago", span(d)) : tr("common.in", span(d))
    }

    static func until(_ date: Date, _ now: Date) -> String {
        let d = date.timeIntervalSince(now)
        return d >= 0 ? tr("common.in", span(d)) : tr("common.overdue", span(d))
    }

    /// "2026-01-01 09:30" in UTC (German "01.01.2026 09:30"): the same on every machine, as Amazon's own times are.
    static func date(_ date: Date) -> String {
        LanguageFormat.moment(date, Language.current, timeZone: TimeZone(identifier: "UTC")!)
    }

    static func money(_ m: Money?) -> String { m.map { LanguageFormat.money($0, Language.current) } ?? "—" }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : tr("common.list", items.dropLast().joined(separator: ", "), items[items.count - 1])
    }

    /// How urgent a ship-by deadline is (R15): late is red, due within a day yellow.
    static func shipBy(_ date: Date?, _ now: Date) -> (text: String, style: Style) {
        guard let date else { return ("", .plain) }
        let d = date.timeIntervalSince(now)
        if d < 0 { return (tr("common.late", span(d)), .late) }
        return (tr("common.in", span(d)), d < 86_400 ? .dueToday : .plain)
    }
}
