import Foundation
import MerchantCore

extension MerchantStore {
    /// The one parcel an order's units fill, from its products' parcel facts (`ParcelPackage.packing`): what
    /// `merchant rates` and the console's "buy a label" both ask Amazon to price. A product without a weight or a
    /// size is refused by SKU (R30).
    public func orderParcel(_ amazonOrderId: String) throws -> ParcelPackage {
        let units = try packingSlip(amazonOrderId).items.map { ($0.sku, $0.quantity, try product(scanned: $0.sku)?.parcel) }
        return try ParcelPackage.packing(orderId: amazonOrderId, units: units)
    }
}
