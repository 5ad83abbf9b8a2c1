import Foundation

extension ShipDate {
    /// A ship date as the merchant types it, read one way by the console's dialogs and `merchant ship --date` (R13):
    ///
    ///     try ShipDate.parse("2026-11-23", now: now, timeZone: .current)
    ///
    /// - `2026-11-23T14:05:00Z` (ISO 8601, any offset) or `2026-11-23 14:05` (UTC, as the dialogs show times): that moment.
    /// - `2026-11-23`, a day alone, is the merchant's day: today is accepted at any hour and means now (a parcel
    ///   cannot have left later, nor before an order placed this afternoon); an earlier day means its noon; a day still
    ///   to come stays ahead, for `validate` to refuse as in the future. The dialogs show times in UTC, so a day still
    ///   to come here that is today in UTC counts as today too. `timeZone` is the merchant's; tests inject it, like `now`.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) throws(ShippingError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let utc = TimeZone(identifier: "UTC")!
        if trimmed.count > 16, let exact = ISO8601DateFormatter().date(from: trimmed) { return exact }
        let chars = Array(trimmed.utf8)
        if chars.count == 16, chars[10] == UInt8(ascii: " "), let day = day(chars.prefix(10)),
           chars[13] == UInt8(ascii: ":"), let hour = number(chars[11..<13]), let minute = number(chars[14..<16]), hour < 24, minute < 60,
           let start = start(of: day, in: utc) {
            return start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
        }
        guard chars.count == 10, let day = day(chars[...]), let noon = start(of: day, in: timeZone, hour: 12) else {
            throw .notADate(text)
        }
        guard let begins = start(of: day, in: timeZone), let ends = start(of: day, in: timeZone, plusDays: 1) else { throw .notADate(text) }
        if begins <= now, now < ends { return now }  // today
        // West of Greenwich the dialog's UTC date may already be tomorrow's: that day has begun in UTC, so it is today.
        if now < begins, let utcBegins = start(of: day, in: utc), let utcEnds = start(of: day, in: utc, plusDays: 1), utcBegins <= now, now < utcEnds {
            return now
        }
        return noon
    }

    /// "2026-11-23" in ASCII digits, a day that exists (no 30 February).
    private static func day(_ chars: ArraySlice<UInt8>) -> (Int, Int, Int)? {
        let c = Array(chars)
        guard c.count == 10, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"),
              let y = number(c[0..<4]), let m = number(c[5..<7]), let d = number(c[8..<10]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// The moment the day begins in `zone` (plus whole days, or hours: 12 is noon but on a day the clocks change),
    /// or nil when the calendar has no such day.
    private static func start(of day: (Int, Int, Int), in zone: TimeZone, plusDays: Int = 0, hour: Int = 0) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let asked = DateComponents(year: day.0, month: day.1, day: day.2)
        guard let date = calendar.date(from: asked) else { return nil }
        let found = calendar.dateComponents([.year, .month, .day], from: date)
        guard found.year == day.0, found.month == day.1, found.day == day.2 else { return nil }
        return calendar.date(byAdding: DateComponents(day: plusDays, hour: hour), to: calendar.startOfDay(for: date))
    }
}
