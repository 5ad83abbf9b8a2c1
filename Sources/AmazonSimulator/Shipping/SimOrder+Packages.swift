import Foundation

extension SimOrder {
    /// A package leaves: its items count as shipped, and the order is shipped in full or in part.
    /// The caller has checked that each item has that much left to ship.
    mutating func ship(_ package: SimPackage, at now: Int64) throws {
        for line in package.items {
            guard let i = items.firstIndex(where: { $0.id == line.itemId }) else { throw APIError.invalidInput("Order \(id) has no item \(line.itemId).") }
            items[i].shipped += line.quantity
        }
        packages.append(package)
        status = items.allSatisfy { $0.shipped == $0.quantity } ? "SHIPPED" : "PARTIALLY_SHIPPED"
        updated = now
    }

    /// A voided label's package is taken back: its items are unshipped again, and so is the order when nothing else left.
    mutating func unship(tracking: String, at now: Int64) {
        guard let p = packages.firstIndex(where: { $0.tracking == tracking }) else { return }
        for line in packages[p].items {
            if let i = items.firstIndex(where: { $0.id == line.itemId }) { items[i].shipped = max(0, items[i].shipped - line.quantity) }
        }
        packages.remove(at: p)
        status = anythingShipped ? "PARTIALLY_SHIPPED" : "UNSHIPPED"
        updated = now
    }
}
