import Foundation
import MerchantCore
import Testing

/// One grammar for a typed ship date, the console's and `merchant ship --date`'s (R13), with the clock and the
/// merchant's time zone injected: today is accepted at any hour, wherever the merchant is.
@Suite("Typed ship dates")
struct ShipDateParseTests {
    static let zones = ["Europe/Berlin", "Asia/Bangkok", "Pacific/Auckland", "America/Los_Angeles", "UTC"]

    /// The moment it is `hour:minute` on 2026-12-02 in `zone`.
    static func local(_ zone: TimeZone, day: Int = 2, hour: Int, minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute))!
    }

    @Test("today's date is accepted at 00:05 and at 23:55, in every time zone, and means now (R13)",
          arguments: zones, [(0, 5), (11, 59), (12, 1), (23, 55)])
    func todayAtAnyHour(zoneId: String, time: (Int, Int)) throws {
        let zone = try #require(TimeZone(identifier: zoneId))
        let now = Self.local(zone, hour: time.0, minute: time.1)
        let purchase = now.addingTimeInterval(-60)  // bought a minute ago
        let date = try ShipDate.parse("2026-12-02", now: now, timeZone: zone)
        #expect(date == now)
        // R13: the date passes ShipDate's own check, neither in the future nor before the purchase.
        #expect(throws: Never.self) { try ShipDate.validate(date, purchaseDate: purchase, now: now) }
    }

    @Test("an earlier day is its noon in the merchant's time zone; tomorrow stays ahead and is refused (R13)", arguments: zones)
    func otherDays(zoneId: String) throws {
        let zone = try #require(TimeZone(identifier: zoneId))
        let now = Self.local(zone, hour: 9, minute: 30)
        let yesterday = try ShipDate.parse("2026-12-01", now: now, timeZone: zone)
        #expect(yesterday == Self.local(zone, day: 1, hour: 12, minute: 0))
        let tomorrow = try ShipDate.parse(" 2026-12-03 ", now: now, timeZone: zone)
        #expect(tomorrow == Self.local(zone, day: 3, hour: 12, minute: 0))
        // R13: a ship date in the future is refused, in words.
        #expect(throws: ShippingError.shipDateInFuture(tomorrow, now: now)) {
            try ShipDate.validate(tomorrow, purchaseDate: now.addingTimeInterval(-86_400), now: now)
        }
    }

    @Test("the day the dialog shows in UTC is today too, where the merchant's own day is another (R13)")
    func utcDayIsToday() throws {
        // 23:55 in Los Angeles is 07:55 the next day in UTC: the dialog showed that UTC day.
        let la = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let now = Self.local(la, hour: 23, minute: 55)
        #expect(try ShipDate.parse("2026-12-03", now: now, timeZone: la) == now)
        #expect(try ShipDate.parse("2026-12-02", now: now, timeZone: la) == now)
        #expect(try ShipDate.parse("2026-12-04", now: now, timeZone: la) > now)
    }

    @Test("a time is UTC as the dialogs show it, or ISO 8601 with its own offset (R13)")
    func exactTimes() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let now = Self.local(berlin, hour: 18, minute: 0)
        let utc = TimeZone(identifier: "UTC")!
        #expect(try ShipDate.parse("2026-12-02 09:30", now: now, timeZone: berlin) == Self.local(utc, hour: 9, minute: 30))
        #expect(try ShipDate.parse("2026-12-02T09:30:00Z", now: now, timeZone: berlin) == Self.local(utc, hour: 9, minute: 30))
        #expect(try ShipDate.parse("2026-12-02T10:30:00+01:00", now: now, timeZone: berlin) == Self.local(utc, hour: 9, minute: 30))
    }

    @Test("anything else is not a date, and says how to write one (R13, R30)",
          arguments: ["2026-13-01", "2026-02-30", "tomorrow", "2026-11-23T25:00", "2026-11-23T25:00:00Z", "", "23.11.2026",
                      "2026-11-23 24:00", "2026-11-23 09:60", "٢٠٢٦-١١-٢٣", "2026-11-2３", "2026-11-23\u{1B}[2J"])
    func notADate(text: String) {
        let now = Self.local(TimeZone(identifier: "UTC")!, hour: 12, minute: 0)
        #expect(throws: ShippingError.notADate(text)) { try ShipDate.parse(text, now: now, timeZone: .current) }
        #expect(ShippingError.notADate(text).description.contains("write 2026-01-04"))
    }
}
