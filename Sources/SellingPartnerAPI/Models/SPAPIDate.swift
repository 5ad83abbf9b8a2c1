import Foundation

/// ISO 8601 times as SP-API writes them, with or without fractional seconds, in UTC or with an offset.
public enum SPAPIDate {
    // ISO8601DateFormatter is thread-safe, and making one per order is slow.
    nonisolated(unsafe) private static let plain = ISO8601DateFormatter()
    nonisolated(unsafe) private static let fractional: ISO8601DateFormatter = {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f
    }()

    public static func parse(_ text: String) -> Date? {
        plain.date(from: text) ?? fractional.date(from: text)
    }

    public static func format(_ date: Date) -> String { plain.string(from: date) }
}
