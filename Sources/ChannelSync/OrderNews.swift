import MerchantStore

/// Counts said in a merchant's words ("3 new orders, 1 order updated"): a sync's news and a notification's.
struct NewsParts {
    private(set) var parts: [String] = []

    /// Adds "n one" or "n many", nothing when n is zero.
    mutating func add(_ n: Int, _ one: String, _ many: String) {
        if n > 0 { parts.append("\(n) \(n == 1 ? one : many)") }
    }

    /// What became of the orders Amazon sent: new, updated, blocked, cancelled by Amazon.
    mutating func add(orders: IngestReport) {
        add(orders.new, "new order", "new orders")
        add(orders.updated, "order updated", "orders updated")
        add(orders.blocked, "order blocked", "orders blocked")
        add(orders.cancelled, "order cancelled by Amazon", "orders cancelled by Amazon")
    }

    /// The parts, or nil when there are none.
    var line: String? { parts.isEmpty ? nil : parts.joined(separator: ", ") }
}
