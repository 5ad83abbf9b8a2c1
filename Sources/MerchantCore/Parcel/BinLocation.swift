import Foundation

/// Where a product waits on the shelf (`A-03-2`): free short text, so any warehouse's scheme fits.
/// Trimmed, printable, at most 20 characters. Pick lists walk the bins in order.
public struct BinLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public let text: String

    public static let maxLength = 20

    public static func parse(_ text: String) throws(ParcelError) -> BinLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .emptyBin }
        guard trimmed.count <= maxLength else { throw .binTooLong(trimmed) }
        guard trimmed.unicodeScalars.allSatisfy(PrintableText.isPrintable) else { throw .binNotPrintable }
        return BinLocation(text: trimmed)
    }

    private init(text: String) { self.text = text }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        self = try BinLocation.parse(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// Text a merchant types for a label, a bin or an address: no control characters, no bidi overrides.
enum PrintableText {
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C { return false }
        return s.properties.generalCategory != .unassigned && s.properties.generalCategory != .lineSeparator
            && s.properties.generalCategory != .paragraphSeparator
    }

    /// Trimmed text that is printable throughout, or nil.
    static func clean(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.unicodeScalars.allSatisfy(isPrintable) ? trimmed : nil
    }
}
