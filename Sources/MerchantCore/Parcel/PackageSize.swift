import Foundation

/// A parcel's outside dimensions in millimetres, as a merchant types them: `20x15x10cm`, `200 x 150 x 100 mm`, `8x6x4in`.
///
///     try PackageSize.parse("20x15x10cm").millimetres   // [200, 150, 100]
///
/// The three sides keep the order typed (length, width, height); one unit follows the last number.
public struct PackageSize: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public let lengthMm: Int
    public let widthMm: Int
    public let heightMm: Int

    /// The longest side accepted, in millimetres (three metres).
    public static let maxSideMm = 3000

    public init(lengthMm: Int, widthMm: Int, heightMm: Int) throws(ParcelError) {
        guard [lengthMm, widthMm, heightMm].allSatisfy({ (1...Self.maxSideMm).contains($0) }) else { throw .sizeOutOfRange }
        self.lengthMm = lengthMm
        self.widthMm = widthMm
        self.heightMm = heightMm
    }

    public var millimetres: [Int] { [lengthMm, widthMm, heightMm] }

    public static func parse(_ text: String) throws(ParcelError) -> PackageSize {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        let sides = compact.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" || $0 == "*" }).map(String.init)
        guard sides.count == 3, let (last, unit) = MeasureText.split(sides[2]) else { throw .notASize(text) }
        let mmPerUnit: Double
        switch unit {
        case "mm": mmPerUnit = 1
        case "cm": mmPerUnit = 10
        case "m": mmPerUnit = 1000
        case "in", "inch", "inches", "\"": mmPerUnit = 25.4
        default: throw .notASize(text)
        }
        var numbers: [MeasureText.Number] = []
        for side in sides.dropLast() {
            guard let n = MeasureText.number(side) else { throw .notASize(text) }
            numbers.append(n)
        }
        numbers.append(last)
        let mm = numbers.map { ($0.value * mmPerUnit).rounded() }
        guard mm.allSatisfy({ $0 >= 1 && $0 <= Double(maxSideMm) }) else { throw .sizeOutOfRange }
        return try PackageSize(lengthMm: Int(mm[0]), widthMm: Int(mm[1]), heightMm: Int(mm[2]))
    }

    /// "20 × 15 × 10 cm" when every side is whole centimetres, else millimetres.
    public var description: String {
        if millimetres.allSatisfy({ $0 % 10 == 0 }) { return millimetres.map { "\($0 / 10)" }.joined(separator: " × ") + " cm" }
        return millimetres.map(String.init).joined(separator: " × ") + " mm"
    }
}
