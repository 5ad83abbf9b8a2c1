import Foundation
import MerchantCore

/// Shared values for the domain tests: one connected channel, a small catalog, orders built to measure.
enum Fixture {
    static let connectedAt = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z
    static let afterConnection = connectedAt.addingTimeInterval(3_600)
    static let beforeConnection = connectedAt.addingTimeInterval(-1)

    static func settings(importOrders: Bool = true, importPending: Bool = false, reservePending: Bool = true) -> ChannelSettings {
        var settings = ChannelSettings(sellerId: "A2SELLER", marketplaceIds: ["A1PA6795UKMFR9"], connectedAt: connectedAt)
        settings.importOrders = importOrders
        settings.importPending = importPending
        settings.reservePending = reservePending
        return settings
    }

    static func item(_ sku: String, qty: Int, shipped: Int = 0, id: String? = nil, price: Money? = nil) -> AmazonOrderItem {
        AmazonOrderItem(orderItemId: id ?? "item-\(sku)-\(qty)", sku: sku, asin: "B0DEMO0001", title: "Item \(sku)",
                        quantityOrdered: qty, quantityShipped: shipped, unitPrice: price)
    }

    static func order(
        _ status: AmazonOrderStatus, channel: FulfillmentChannel = .merchant, purchased: Date = afterConnection,
        items: [AmazonOrderItem] = [item("MUG-1", qty: 1)]
    ) -> AmazonOrder {
        AmazonOrder(amazonOrderId: "302-0000001-0000001", status: status, fulfillmentChannel: channel,
                    marketplaceId: "A1PA6795UKMFR9", purchaseDate: purchased, lastUpdateDate: purchased, items: items)
    }

    static func product(_ sku: String, onHand: Int = 10, enabled: Bool = true) -> Product {
        Product(sku: sku, title: "Product \(sku)", stockOnHand: onHand, enabled: enabled, asin: "B0DEMO0001")
    }

    /// A resolver over a catalog keyed by Amazon SKU. Stock is the product's on-hand stock,
    /// minus `reserved`/`held` when given per product SKU.
    static func catalog(_ products: [String: Product], reserved: [String: Int] = [:], held: [String: Int] = [:]) -> (String) -> CatalogMatch? {
        { amazonSku in
            guard let product = products[amazonSku] else { return nil }
            let stock = StockLevel(onHand: product.stockOnHand, reserved: reserved[product.sku] ?? 0, held: held[product.sku] ?? 0)
            return CatalogMatch(product: product, stock: stock)
        }
    }

    /// The catalog with one product per SKU, mapped under its own SKU.
    static func catalog(_ products: Product...) -> (String) -> CatalogMatch? {
        catalog(Dictionary(uniqueKeysWithValues: products.map { ($0.sku, $0) }))
    }
}
