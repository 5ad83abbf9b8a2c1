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

    /// "350 g, 20 × 15 × 10 cm", as the catalog writes a product's weight and size.
    public var description: String {
        let weight = (try? Weight(grams: grams)).map(\.description) ?? "\(grams) g"
        let size = (try? PackageSize(lengthMm: lengthMm, widthMm: widthMm, heightMm: heightMm)).map(\.description)
            ?? "\(lengthMm) × \(widthMm) × \(heightMm) mm"
        return "\(weight), \(size)"
    }

    /// A weight and a size as the catalog reads them (`Weight.parse`, `PackageSize.parse`): "350g", "1,2 kg";
    /// "20x15x10cm", "200×150×100 mm".
    public static func parse(orderId: String, weight: String?, size: String?) throws(LabelRefusal) -> ParcelPackage {
        let weight = weight.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let size = size.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard let weight, let size else { throw .parcelFactsMissing(orderId, weight: weight == nil, size: size == nil) }
        guard let grams = try? Weight.parse(weight).grams else { throw .badWeight(weight) }
        guard let sides = try? PackageSize.parse(size) else { throw .badSize(size) }
        return ParcelPackage(grams: grams, lengthMm: sides.lengthMm, widthMm: sides.widthMm, heightMm: sides.heightMm)
    }
}
