import Foundation

/// The parcel a label is bought for: its weight and its outer size.
///
///     let parcel = try ParcelPackage.parse(orderId: "302-…", weight: "350g", size: "20x15x10cm")   // 350 g, 200×150×100 mm
///
/// It comes from the products' parcel facts (`packing`), or the merchant gives it per parcel (`parse`).
public struct ParcelPackage: Codable, Sendable, Equatable {
    public var grams: Int
    public var lengthMm: Int
    public var widthMm: Int
    public var heightMm: Int

    public init(grams: Int, lengthMm: Int, widthMm: Int, heightMm: Int) {
        self.grams = grams
        self.lengthMm = lengthMm
        self.widthMm = widthMm
        self.heightMm = heightMm
    }

    /// The one parcel an order's units fill, from their products' parcel facts: the weights summed, the
    /// largest length and width, the heights stacked. A product without a weight or a size is refused by SKU,
    /// so that no rate is asked for a parcel Amazon cannot price.
    public static func packing(orderId: String, units: [(sku: String, quantity: Int, facts: ParcelFacts?)]) throws(LabelRefusal) -> ParcelPackage {
        let missing = units.filter { $0.facts?.weight == nil || $0.facts?.size == nil }.map(\.sku)
        guard missing.isEmpty else { throw .productFactsMissing(orderId, skus: missing) }
        var parcel = ParcelPackage(grams: 0, lengthMm: 0, widthMm: 0, heightMm: 0)
        for unit in units {
            guard let weight = unit.facts?.weight, let size = unit.facts?.size else { continue }
            parcel.grams += weight.grams * unit.quantity
            parcel.lengthMm = max(parcel.lengthMm, size.lengthMm)
            parcel.widthMm = max(parcel.widthMm, size.widthMm)
            parcel.heightMm += size.heightMm * unit.quantity
        }
        return parcel
    }

    /// A weight ("350g", "1.2kg", "1,2 kg") and a size ("20x15x10cm", "200×150×100 mm"; cm without a unit).
    public static func parse(orderId: String, weight: String?, size: String?) throws(LabelRefusal) -> ParcelPackage {
        let weight = weight.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let size = size.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard let weight, let size else { throw .parcelFactsMissing(orderId, weight: weight == nil, size: size == nil) }
        guard let grams = grams(weight) else { throw .badWeight(weight) }
        guard let sides = millimetres(size) else { throw .badSize(size) }
        return ParcelPackage(grams: grams, lengthMm: sides[0], widthMm: sides[1], heightMm: sides[2])
    }

    /// Grams of "350g", "350 g", "1.2kg", "1,2 kg"; nil for anything else or not above zero.
    static func grams(_ text: String) -> Int? {
        let t = text.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
        let (number, factor): (Substring, Double) = t.hasSuffix("kg") ? (t.dropLast(2), 1000) : t.hasSuffix("g") ? (t.dropLast(1), 1) : ("", 0)
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        let grams = (value * factor).rounded()
        return grams >= 1 && grams <= 1_000_000 ? Int(grams) : nil
    }

    /// Three sides in millimetres of "20x15x10cm", "200×150×100 mm" or "20x15x10" (centimetres).
    static func millimetres(_ text: String) -> [Int]? {
        var t = text.lowercased().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "×", with: "x")
        var factor = 10.0
        if t.hasSuffix("mm") { factor = 1; t.removeLast(2) } else if t.hasSuffix("cm") { t.removeLast(2) }
        let sides = t.split(separator: "x", omittingEmptySubsequences: false).map { Double($0) }
        guard sides.count == 3, sides.allSatisfy({ ($0 ?? 0) > 0 && ($0 ?? 0).isFinite }) else { return nil }
        let mm = sides.map { Int((($0 ?? 0) * factor).rounded()) }
        return mm.allSatisfy { $0 >= 1 && $0 <= 10_000 } ? mm : nil
    }
}
