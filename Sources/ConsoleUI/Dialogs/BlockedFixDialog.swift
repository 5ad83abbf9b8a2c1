import Foundation
import MerchantCore
import MerchantStore

/// Fixing a blocked order where it is seen (R5): map its unknown SKU to a product (picked from the catalog),
/// restock the product (a quantity typed), or enable it. Each fix is the store operation the command line uses
/// (`catalog map`, `catalog set --stock`, `catalog set --enable`); the order itself is imported by the next sync.
public struct BlockedFixDialog: Sendable, Equatable {
    public var orderId: String
    /// Every reason the order is blocked, as the store keeps them.
    public var blockers: [String]
    /// The fix offered: for the first reason the console can fix.
    public var fix: BlockedOrderFix?
    /// The products a SKU can be mapped to (enabled ones first), with the one chosen.
    public var products: [Product]
    public var product = 0
    /// The stock on hand typed for a restock, prefilled with what covers the order.
    public var stock = TextInput()
    public var problem: String?

    init(orderId: String, blockers: [String], catalog: [CatalogEntry]) {
        self.orderId = orderId
        self.blockers = blockers
        let parsed = blockers.compactMap(Blocker.init(description:))
        fix = parsed.map(\.fix).first { if case .setAsin = $0 { false } else { true } }
        products = catalog.map(\.product).filter(\.enabled) + catalog.map(\.product).filter { !$0.enabled }
        if case .restock(let sku, let short) = fix, let entry = catalog.first(where: { $0.product.sku == sku }) {
            stock = TextInput(String(entry.product.stockOnHand + short))
        }
    }

    /// What Enter sends, or why it cannot yet.
    func request() -> Result<BlockedFixRequest, Reason> {
        switch fix {
        case .mapSku(let amazonSku):
            guard products.indices.contains(product) else { return .failure(Reason(tr("dialog.fix.no-product"))) }
            return .success(.mapSku(amazonSku: amazonSku, productSku: products[product].sku))
        case .restock(let sku, _):
            let text = stock.text.trimmingCharacters(in: .whitespaces)
            guard let count = Int(text), count >= 0, text.allSatisfy(\.isNumber) else {
                return .failure(Reason(tr("dialog.fix.whole-number")))
            }
            return .success(.setStock(sku: sku, stockOnHand: count))
        case .enable(let sku):
            return .success(.enable(sku: sku))
        case .setAsin, nil:
            return .failure(Reason(tr("dialog.fix.command-line")))
        }
    }

    // MARK: keys

    mutating func focus(by step: Int) {}

    mutating func choose(by step: Int) {
        guard case .mapSku = fix, !products.isEmpty else { return }
        product = (product + step + products.count) % products.count
        problem = nil
    }

    /// The quantity of a restock is the one text to edit; the fix and the product are choices.
    var focusedText: WritableKeyPath<BlockedFixDialog, TextInput>? {
        if case .restock = fix { return \.stock }
        return nil
    }

    mutating func type(_ key: Key) {
        guard case .restock = fix else { return }
        if case .character(let c) = key, !c.isNumber { return }
        _ = stock.type(key)
        problem = nil
    }
}

/// A fix the merchant confirmed: one catalog operation.
public enum BlockedFixRequest: Sendable, Equatable {
    case mapSku(amazonSku: String, productSku: String)
    case setStock(sku: String, stockOnHand: Int)
    case enable(sku: String)

    /// What was done, for the merchant.
    var done: String {
        switch self {
        case .mapSku(let amazonSku, let productSku): tr("dialog.fix.done.map", amazonSku, productSku)
        case .setStock(let sku, let count): tr("dialog.fix.done.stock", sku, count)
        case .enable(let sku): tr("dialog.fix.done.enable", sku)
        }
    }
}

extension BlockedFixDialog: DialogForm {}

extension Console {
    /// Enter on a blocked order, in a list or opened: the fix in a dialog over it.
    static func openBlockedFix(_ s: inout ConsoleState, orderId: String, blockers: [String]) {
        s.dialog = .blockedFix(BlockedFixDialog(orderId: orderId, blockers: blockers, catalog: s.overview.catalog))
    }

    static func confirmBlockedFix(_ s: inout ConsoleState, _ d: BlockedFixDialog) -> [Effect] {
        send(&s, d.request(), cannot: tr("dialog.fix.cannot")) { .orders(.fixBlocked(d.orderId, $0)) }
    }

    /// The store took the fix: the dialog says what was done and that the order comes with the next sync.
    static func blockedFixed(_ s: inout ConsoleState, _ orderId: String, _ request: BlockedFixRequest) -> [Effect] {
        s.dialog = .notice(Notice(title: tr("dialog.fix.fixed"), text: tr("dialog.fix.fixed.text", request.done, orderId)))
        s.flash = Flash(text: tr("dialog.fix.saved", request.done, orderId), kind: .saved)
        return [.loadOverview] + reloadVisible(s)
    }
}
