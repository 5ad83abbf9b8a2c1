import MerchantCore
import MerchantStore

/// Counts said in a merchant's words ("3 new orders, 1 order updated"): a sync's news and a notification's.
struct NewsParts {
    private(set) var parts: [String] = []

    /// Adds the count in words (`words` is given the count: its catalogue text picks the plural), nothing when n is zero.
    mutating func add(_ n: Int, _ words: (Int) -> String) {
        if n > 0 { parts.append(words(n)) }
    }

    /// What became of the orders Amazon sent: new, updated, blocked, cancelled by Amazon.
    mutating func add(orders: IngestReport) {
        add(orders.new) { tr("sync.news.new", $0) }
        add(orders.updated) { tr("sync.news.updated", $0) }
        add(orders.blocked) { tr("sync.news.blocked", $0) }
        add(orders.cancelled) { tr("sync.news.cancelled", $0) }
    }

    /// The parts, or nil when there are none.
    var line: String? { parts.isEmpty ? nil : parts.joined(separator: ", ") }
}
