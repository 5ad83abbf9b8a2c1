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
        return d >= 0 ? "\(span(d)) ago" : "in \(span(d))"
    }

    static func until(_ date: Date, _ now: Date) -> String {
        let d = date.timeIntervalSince(now)
        return d >= 0 ? "in \(span(d))" : "overdue \(span(d))"
    }

    /// "2026-01-01 09:30" in UTC: the same on every machine, as Amazon's own times are.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    static func money(_ m: Money?) -> String { m.map { "\($0.amountText) \($0.currency)" } ?? "—" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// How urgent a ship-by deadline is (R15): late is red, due within a day yellow.
    static func shipBy(_ date: Date?, _ now: Date) -> (text: String, style: Style) {
        guard let date else { return ("", .plain) }
        let d = date.timeIntervalSince(now)
        if d < 0 { return ("LATE \(span(d))", .late) }
        if d < 86_400 { return ("in \(span(d))", .dueToday) }
        return ("in \(span(d))", .plain)
    }
}
