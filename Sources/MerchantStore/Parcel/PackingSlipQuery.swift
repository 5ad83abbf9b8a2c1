import Foundation
import GRDB
import MerchantCore

extension MerchantStore {
    /// The packing slip of an order: its items with the bins of the products they take stock from, the ship-from
    /// address. Refused (`SlipRefusal`) for an order with no parcel of the merchant's to pack.
    public func packingSlip(_ amazonOrderId: String) throws -> PackingSlip {
        let detail = try orderDetail(amazonOrderId)
        let (bins, shipFrom) = try pool.read { db in
            var bins: [String: BinLocation] = [:]
            for item in detail.order.items {
                // The local line names the product an Amazon SKU took stock from (a mapping, R5); else the same SKU.
                let productSku = detail.local?.lines.first { $0.orderItemId == item.orderItemId }?.productSku
                let product = try productSku.flatMap { try CatalogTable.find($0, db: db) }
                    ?? CatalogTable.resolve(amazonSku: item.sku, excludingReservationOf: nil, db: db)?.product
                if let bin = product?.parcel.bin { bins[item.sku] = bin }
            }
            return (bins, try ShipFromSetting.read(db))
        }
        return try PackingSlip.make(order: detail.order, unitsShipped: detail.unitsShipped, bins: bins, shipFrom: shipFrom)
    }
}
