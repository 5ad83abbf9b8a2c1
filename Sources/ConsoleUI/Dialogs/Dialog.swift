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

/// The carriers a picker offers: Amazon's carrier codes, then Other (which asks for a name).
enum CarrierChoice {
    static var count: Int { Carrier.known.count + 1 }
    static var otherIndex: Int { Carrier.known.count }

    static func label(_ index: Int) -> String {
        index < Carrier.known.count ? Carrier.known[index].carrierCode : "Other"
    }

    /// The carrier chosen, with the name typed for Other.
    static func carrier(_ index: Int, name: String) -> Result<Carrier, CarrierError> {
        if index < Carrier.known.count { return .success(Carrier.known[index]) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.nameRequired) }
        return Result { () throws(CarrierError) in try Carrier.other(named: name) }
    }

    /// The carrier a tracking number is checked against while the name for Other is still being typed.
    static func forChecking(_ index: Int, name: String) -> Carrier {
        (try? carrier(index, name: name).get()) ?? .other(try! CarrierName("Other"))
    }

    /// The next carrier whose code starts with `letter` (case does not matter), after `index`.
    static func jump(from index: Int, letter: Character) -> Int? {
        let l = String(letter).lowercased()
        for step in 1...count {
            let i = (index + step) % count
            if label(i).lowercased().hasPrefix(l) { return i }
        }
        return nil
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
