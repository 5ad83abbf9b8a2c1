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
    /// Buying a label through Amazon, from the ship dialog or for the marked orders (^T).
    case label(LabelDialog)
    /// A Settings switch that asks before it changes who fulfils a product or stops the import.
    case switchQuestion(SwitchQuestion)
    /// Why an action is not available, in the rules' own words; any key closes it.
    case notice(Notice)
}

/// A short message in a box: a title and a paragraph.
public struct Notice: Sendable, Equatable {
    public var title: String
    public var text: String
}

/// Text typed into a dialog field, edited at a cursor as in any text field: typing goes in at the cursor,
/// Backspace removes the character before it and Delete the one under it, ←/→ Home End move it, Ctrl-U
/// clears the field.
public struct TextInput: Sendable, Equatable {
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// Characters before the cursor; a field opens with the cursor after its text.
    public private(set) var cursor: Int
    /// Longest text a field takes; longer input is ignored rather than cut silently later.
    static let maxLength = 60

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies a typing or editing key; false when the key is not one (Tab, ↑/↓, Enter...).
    mutating func type(_ key: Key) -> Bool {
        let at = text.index(text.startIndex, offsetBy: min(cursor, text.count))
        switch key {
        case .character(let c):
            if text.count < Self.maxLength {
                // A Thai tone mark or a combining accent joins the character before it: the count says how far to move.
                let before = text.count
                text.insert(c, at: at)
                cursor = min(text.count, cursor + text.count - before)
            }
        case .backspace:
            if cursor > 0 {
                cursor -= 1
                text.remove(at: text.index(before: at))
            }
        case .delete:
            if at < text.endIndex { text.remove(at: at) }
        case .control("u"):
            text = ""
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .left:
            move(by: -1)
        case .right:
            move(by: 1)
        default:
            return false
        }
        return true
    }

    /// ←/→: the cursor one character left or right, stopping at the ends.
    mutating func move(by step: Int) {
        cursor = min(text.count, max(0, cursor + step))
    }
}

/// How the dialogs write a ship date into its field: UTC to the minute, "2026-11-23 14:05", in every language, since
/// it is typed back in the one grammar `ShipDate.parse` and `merchant ship --date` read.
enum ShipDateText {
    static func format(_ date: Date) -> String { LanguageFormat.moment(date, .english, timeZone: TimeZone(identifier: "UTC")!) }
}

/// Why a dialog cannot do what it says yet, in words for the merchant (most often a rule's own).
struct Reason: Error, Equatable, CustomStringConvertible {
    let description: String
    init(_ text: String) { description = text }
    init(_ error: some CustomStringConvertible) { description = error.description }
}
