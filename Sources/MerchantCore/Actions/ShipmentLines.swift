/// Which items, and how many of each, a shipment sends: everything still open, or what the merchant chose (a partial shipment, R13).
public enum ShipmentLines {
    /// - Parameter requested: quantities by SKU or order item id; nil ships everything not yet shipped.
    public static func choose(_ order: AmazonOrder, requested: [String: Int]?) throws(ActionRefusal) -> [PackageLine] {
        let open = order.items.map { (item: $0, open: $0.quantityOrdered - $0.quantityShipped) }
        guard let requested else {
            let all = open.filter { $0.open > 0 }.map { PackageLine(orderItemId: $0.item.orderItemId, quantity: $0.open) }
            guard !all.isEmpty else { throw .alreadyShipped(order.amazonOrderId) }
            return all
        }
        var lines: [PackageLine] = []
        for (key, quantity) in requested.sorted(by: { $0.key < $1.key }) {
            guard let entry = open.first(where: { $0.item.sku == key || $0.item.orderItemId == key }) else {
                throw .unknownItem(order.amazonOrderId, sku: key)
            }
            guard quantity > 0, quantity <= entry.open else {
                throw .tooMany(order.amazonOrderId, sku: entry.item.sku, asked: quantity, open: entry.open)
            }
            lines.append(PackageLine(orderItemId: entry.item.orderItemId, quantity: quantity))
        }
        guard !lines.isEmpty else { throw .nothingToShip(order.amazonOrderId) }
        return lines
    }
}
