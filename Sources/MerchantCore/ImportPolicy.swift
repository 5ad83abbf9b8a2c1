import Foundation

/// The reason an Amazon order could not become a local order (R5).
public enum Blocker: Sendable, Equatable, Codable, CustomStringConvertible {
    case unknownSku(String)
    case productDisabled(String)
    case missingAsin(String)
    case stockShort(sku: String, needed: Int, available: Int)

    /// The reason in the merchant's language.
    public var description: String {
        switch self {
        case .unknownSku(let sku): tr("rules.blocker.unknown-sku", sku)
        case .productDisabled(let sku): tr("rules.blocker.disabled", sku)
        case .missingAsin(let sku): tr("rules.blocker.missing-asin", sku)
        case .stockShort(let sku, let needed, let available): tr("rules.blocker.stock-short", sku, needed, available)
        }
    }

    /// The reason as the store keeps it: always English, whatever the merchant reads, because `--json` shows it
    /// and `init(description:)` reads it back.
    public var storedText: String { Language.$override.withValue(.english) { description } }

    /// A stored reason in the merchant's language; a text that is no blocker's is returned as it is.
    public static func inMerchantsWords(_ stored: String) -> String {
        Blocker(description: stored)?.description ?? stored
    }
}

/// What the catalog says about the SKU an Amazon order names, after SKU mapping.
public struct CatalogMatch: Sendable, Equatable {
    public var product: Product
    public var stock: StockLevel
    public init(product: Product, stock: StockLevel) {
        self.product = product
        self.stock = stock
    }
}

/// What to do with an Amazon order that has no local order yet.
public enum ImportDecision: Sendable, Equatable {
    /// Purchased before the channel was connected: stored and shown, never imported (R2).
    case beforeConnection
    /// Import is off: kept and shown read only (R4).
    case readOnly
    /// Nothing to import: cancelled before it was imported, or otherwise final without a local order.
    case nothingToImport
    /// Pending, and neither imported early nor reserved: wait for payment (R9).
    case awaitPayment
    /// Pending: hold these quantities (by product SKU) until Amazon reports it paid (R9).
    case reserve([String: Int])
    /// Cannot be imported, for these reasons (R5).
    case blocked([Blocker])
    /// Create the local order (R4, R9): with this payment status; `takesStock` is false for AFN orders.
    case create(payment: PaymentStatus, takesStock: Bool)
}

/// The import policy of DOMAIN.md (R2, R4, R5, R9, R11, R14) as one pure function.
public enum ImportPolicy {
    /// Decides what an Amazon order becomes.
    /// - Parameters:
    ///   - resolve: the product and stock an Amazon SKU maps to, or nil when the catalog does not know it.
    ///     The stock must not count this order's own reservation as reserved.
    public static func decide(
        _ order: AmazonOrder, settings: ChannelSettings, resolve: (String) -> CatalogMatch?
    ) -> ImportDecision {
        if order.purchaseDate < settings.connectedAt { return .beforeConnection }
        if !settings.importOrders { return .readOnly }
        switch order.status {
        case .cancelled, .unfulfillable: return .nothingToImport
        case .pending, .pendingAvailability:
            if settings.importPending { break }
            guard settings.reservePending else { return .awaitPayment }
            var held: [String: Int] = [:]
            for (sku, quantity) in order.quantitiesBySku {
                if let match = resolve(sku), order.fulfillmentChannel == .merchant { held[match.product.sku, default: 0] += quantity }
            }
            return held.isEmpty ? .awaitPayment : .reserve(held)
        case .unshipped, .partiallyShipped, .shipped:
            break
        }
        let takesStock = order.fulfillmentChannel == .merchant
        let blockers = blockers(for: order, checkStock: takesStock, resolve: resolve)
        if !blockers.isEmpty { return .blocked(blockers) }
        return .create(payment: order.status.isPending ? .notYetSubmitted : .paid, takesStock: takesStock)
    }

    /// Every reason the order cannot take its items from the catalog, in item order.
    public static func blockers(for order: AmazonOrder, checkStock: Bool, resolve: (String) -> CatalogMatch?) -> [Blocker] {
        var found: [Blocker] = []
        var neededByProduct: [String: Int] = [:]
        var stockByProduct: [String: StockLevel] = [:]
        for item in order.items {
            guard let match = resolve(item.sku) else {
                if !found.contains(.unknownSku(item.sku)) { found.append(.unknownSku(item.sku)) }
                continue
            }
            if !match.product.enabled {
                if !found.contains(.productDisabled(match.product.sku)) { found.append(.productDisabled(match.product.sku)) }
                continue
            }
            if !match.product.isSoldOnAmazon {
                if !found.contains(.missingAsin(match.product.sku)) { found.append(.missingAsin(match.product.sku)) }
                continue
            }
            neededByProduct[match.product.sku, default: 0] += item.quantityOrdered - item.quantityShipped
            stockByProduct[match.product.sku] = match.stock
        }
        if checkStock {
            for (sku, needed) in neededByProduct.sorted(by: { $0.key < $1.key }) {
                let available = stockByProduct[sku]?.available ?? 0
                if needed > available { found.append(.stockShort(sku: sku, needed: needed, available: available)) }
            }
        }
        return found
    }

    /// The local status an imported order moves to when Amazon reports a new status (R4, R11),
    /// or nil when it stays as it is.
    public static func followAmazon(local: LocalOrderStatus, amazon: AmazonOrderStatus, fullyShipped: Bool) -> LocalOrderStatus? {
        switch amazon {
        case .shipped where local == .processing:
            return .shipped
        case .partiallyShipped where local == .processing && fullyShipped:
            return .shipped
        case .cancelled where local == .processing, .unfulfillable where local == .processing:
            return .cancelled
        default:
            return nil
        }
    }
}
