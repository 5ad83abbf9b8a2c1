import Foundation
import MerchantCore

/// Pack mode (`P`): an order id scanned or typed, then each unit of it, checked against the order's open lines.
/// While it is open every printable key and Enter go to its scan line, as a USB scanner types a barcode and Enter.
/// Nothing is stored and nothing reaches Amazon: when every unit is ticked the ship dialog opens, and only a
/// confirmed ship dialog ships.
public struct PackState: Sendable, Equatable {
    /// The order being packed, with what is ticked so far; nil while an order id is awaited.
    public var tally: PackTally?
    /// The chosen order's buyer and ship-by date, for the title.
    public var buyer: String?
    public var shipBy: Date?
    public var line = ScanLine()
    /// What the last scan did: the line it ticked, or why it was refused (drawn in red).
    public var answer: PackAnswer?
    /// The scan sent to the store, until its answer comes: an answer to anything else is stale and ignored.
    public var awaiting: PackScan?
    /// "Leave pack mode?", asked by Esc once units are ticked: the answer chosen (No until the merchant moves to Yes).
    public var leaving: Bool?
    /// The line the last scan ticked or named, kept in view when the order has more lines than the window.
    public var focusLine = 0

    public init() {}
}

/// A scan sent to the store: an order id to choose, or a product code to tick.
public enum PackScan: Sendable, Equatable {
    /// `typed`: scanned or typed at the scan line; false when `P` opened with the selected order.
    case order(String, typed: Bool)
    case product(String)
}

/// What the last scan did, as the scan line's answer shows it.
public enum PackAnswer: Sendable, Equatable {
    /// One unit of the line at this index, from this code.
    case ticked(line: Int, code: String)
    /// Refused: the rule's or the check's words; no count changed.
    case refused(String)
}

/// The text at the scan line: what a scanner or the merchant typed since the last Enter. Scanned text is data:
/// control characters are left out, and a text longer than any code is refused whole at Enter, never cut.
public struct ScanLine: Sendable, Equatable {
    public private(set) var text = ""
    /// More was typed than any barcode, SKU or order id holds: Enter refuses it.
    public private(set) var tooLong = false
    /// Longest text a scan takes: a GTIN has 14 digits, an Amazon SKU at most 40 characters, an order id 19.
    public static let longest = 64

    /// A typed character; control and formatting characters (a scanner's prefix, an escape sequence) are left out.
    mutating func type(_ c: Character) {
        guard c.unicodeScalars.allSatisfy(Self.isText) else { return }
        if text.count < Self.longest { text.append(c) } else { tooLong = true }
    }

    mutating func deleteLast() {
        if !text.isEmpty { text.removeLast() }
        tooLong = false
    }

    mutating func clear() { self = ScanLine() }

    /// What Enter looks up: the text without the spaces a scanner or a paste may add around it.
    var code: String { text.trimmingCharacters(in: .whitespaces) }

    static func isText(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: false
        default: true
        }
    }
}
