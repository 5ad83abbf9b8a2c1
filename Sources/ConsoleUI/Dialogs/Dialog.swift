import Foundation
import MerchantCore

/// A dialog over the pane (ship, ship the marked, cancel, refund, a notice). While one is open every key goes to it: typing never reaches the pane's
/// bindings, and nothing reaches the store until the dialog is confirmed.
public enum Dialog: Sendable, Equatable {
    case ship(ShipDialog)
    case bulkShip(BulkShipDialog)
    case cancel(CancelDialog)
    case refund(RefundDialog)
    /// Shipping a shop order, or taking one back from Amazon (the Shop pane).
    case shop(ShopDialog)
    /// Fixing what blocks an Amazon order: map its SKU, restock, or enable the product.
    case blockedFix(BlockedFixDialog)
    /// Why an action is not available, in the rules' own words; any key closes it.
    case notice(Notice)
}

/// A short message in a box: a title and a paragraph.
public struct Notice: Sendable, Equatable {
    public var title: String
    public var text: String
}

/// Text typed into a dialog field: characters append, Backspace removes the last.
public struct TextInput: Sendable, Equatable {
    public var text: String
    /// Longest text a field takes; longer input is ignored rather than cut silently later.
    static let maxLength = 60

    public init(_ text: String = "") { self.text = text }

    /// Applies a typing key; false when the key is not typing (Tab, arrows, Enter...).
    mutating func type(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            if text.count < Self.maxLength { text.append(c) }
            return true
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
            return true
        default:
            return false
        }
    }
}

/// How the dialogs write and read a ship date: UTC to the minute, as Amazon's times are shown.
enum ShipDateText {
    static func format(_ date: Date) -> String { Format.date(date) }

    /// "2026-01-04 09:30", or a day alone: noon UTC that day, or now when noon has not come yet.
    static func parse(_ text: String, now: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        if trimmed.count == 16, let date = formatter.date(from: trimmed) { return date }
        formatter.dateFormat = "yyyy-MM-dd"
        guard trimmed.count == 10, let day = formatter.date(from: trimmed) else { return nil }
        let noon = day.addingTimeInterval(12 * 3600)
        // Today before noon: now. A day still to come stays as typed, for ShipDate to refuse.
        return day <= now ? min(noon, now) : noon
    }
}

/// Why a dialog cannot do what it says yet, in words for the merchant (most often a rule's own).
struct Reason: Error, Equatable, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text }
    init(_ error: some CustomStringConvertible) { description = error.description }
}
