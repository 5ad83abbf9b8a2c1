import MerchantCore

/// How many rows a list command prints (`--limit`): 1 to 10 000 for every list, so that a zero or negative limit,
/// which SQLite reads as "no limit", is refused instead of printing everything (R30).
enum ListLimit {
    static func check(_ limit: Int) throws {
        guard (1...10_000).contains(limit) else { throw Refusal(tr("commands.orders.limit")) }
    }
}
