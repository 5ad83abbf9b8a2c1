import Foundation

/// SP-API's times on the wire: ISO 8601 in UTC with a `Z`, whole seconds (`2025-01-01T00:00:00Z`).
enum SPAPIDateFormat {
    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
