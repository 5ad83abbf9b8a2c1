/// What the merchant does about a blocked order (R5): map the unknown SKU to a product, restock, or enable
/// the product. Each is an operation the command line has too (`catalog map`, `catalog set --stock`, `--enable`).
public enum BlockedOrderFix: Sendable, Equatable {
    case mapSku(amazonSku: String)
    case restock(sku: String, short: Int)
    case enable(sku: String)
    /// Not offered in the console's dialog: the ASIN is typed on the command line.
    case setAsin(sku: String)
}

extension Blocker {
    /// A stored blocker read back from its sentence (the store keeps the English sentence, `storedText`).
    public init?(description text: String) {
        func between(_ prefix: String, _ suffix: String) -> String? {
            guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
            return String(text.dropFirst(prefix.count).dropLast(suffix.count))
        }
        if let sku = between("SKU ", " is not in the catalog: map it to a product") { self = .unknownSku(sku); return }
        if let sku = between("product ", " is disabled: enable it") { self = .productDisabled(sku); return }
        if let sku = between("product ", " has no ASIN: set it so Amazon orders can take its stock") { self = .missingAsin(sku); return }
        if let rest = between("stock of ", " available"), let split = rest.range(of: " is short: needs ", options: .backwards) {
            let figures = rest[split.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if figures.count == 2, let needed = Int(figures[0]), let available = Int(figures[1]) {
                self = .stockShort(sku: String(rest[..<split.lowerBound]), needed: needed, available: available)
                return
            }
        }
        return nil
    }

    /// Why, in the few words an order row has room for (11 columns).
    public var shortReason: String {
        switch self {
        case .unknownSku: tr("rules.blocker.short.unknown-sku")
        case .productDisabled: tr("rules.blocker.short.disabled")
        case .missingAsin: tr("rules.blocker.short.missing-asin")
        case .stockShort(_, let needed, let available): tr("rules.blocker.short.stock-short", needed - available)
        }
    }

    /// The fix that removes this blocker.
    public var fix: BlockedOrderFix {
        switch self {
        case .unknownSku(let sku): .mapSku(amazonSku: sku)
        case .productDisabled(let sku): .enable(sku: sku)
        case .missingAsin(let sku): .setAsin(sku: sku)
        case .stockShort(let sku, let needed, let available): .restock(sku: sku, short: needed - available)
        }
    }
}
