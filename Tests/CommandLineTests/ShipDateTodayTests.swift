import Foundation
import MerchantTestSupport
import Testing

/// `merchant ship --date` reads a day as the console does (MerchantCore's `ShipDate.parse`): today's date is
/// accepted whatever the hour and wherever the merchant is. It used to read noon UTC, which before noon (or east
/// of Greenwich in the morning) was "in the future".
@Suite("merchant ship --date today", .serialized, .ownThread)
struct ShipDateTodayTests {
    @Test("the built binary ships with today's date in four time zones, and records the shipment (R13)")
    func todayIsAccepted() throws {
        let m = MerchantBinary()
        defer { try? FileManager.default.removeItem(at: m.home) }
        for (serial, zone) in ["Pacific/Auckland", "Asia/Bangkok", "Europe/Berlin", "America/Los_Angeles"].enumerated() {
            let id = try m.paidOrder()
            let today = Self.today(in: try #require(TimeZone(identifier: zone)))
            let tracking = TrackingNumbers.valid("UPS", serial: 40 + serial)
            let result = try m.run(["ship", id, "--carrier", "UPS", "--tracking", tracking, "--date", today], environment: ["TZ": zone])
            // R13: a ship date of today is never in the future.
            #expect(result.status == 0, "TZ=\(zone) --date \(today): \(result.stderr)")
            #expect(!result.stderr.contains("in the future"), "TZ=\(zone): \(result.stderr)")
            #expect(try m.ok("order", id).contains(tracking), "TZ=\(zone): the shipment was not recorded")
        }
    }

    /// Today's date where the merchant is, as they would type it.
    static func today(in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
