import Foundation
import SellingPartnerAPI
import Testing

@Suite("SP-API times")
struct SPAPIDateTests {
    @Test("Amazon's UTC times parse to the same instant as ISO 8601 says", arguments: [
        "2026-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "1999-12-31T12:30:05Z", "2026-11-23T09:21:21.250Z",
    ])
    func parsesLikeISO8601(text: String) throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        let expected = try #require(formatter.date(from: text))
        let parsed = try #require(SPAPIDate.parse(text))
        #expect(abs(parsed.timeIntervalSince(expected)) < 0.001)
    }

    @Test("times with an offset are understood too")
    func offset() throws {
        let parsed = try #require(SPAPIDate.parse("2026-01-01T01:00:00+01:00"))
        #expect(parsed == SPAPIDate.parse("2026-01-01T00:00:00Z"))
    }

    @Test("what is not a time is refused", arguments: ["", "2026-13-01T00:00:00Z", "2026-01-01 00:00:00Z", "yesterday", "2026-01-01T00:00:00.Z"])
    func refused(text: String) {
        #expect(SPAPIDate.parse(text) == nil)
    }
}
