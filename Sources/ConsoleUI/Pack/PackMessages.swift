import Foundation
import MerchantCore
import MerchantStore

/// Pack mode's reads, run by `StoreEffects`: both only read; pack mode never writes.
public enum PackEffect: Sendable, Equatable {
    /// The order an id names, read once when it is chosen: its lines and whether it may ship.
    case open(String)
    /// The product a scanned code names (GTIN, SKU or mapped Amazon SKU): one indexed lookup.
    case scan(String)
}

/// What the store answered pack mode.
public enum PackMessage: Sendable {
    case opened(OrderDetail)
    /// The order could not be read (no such order): why, in the store's words.
    case orderUnread(String, reason: String)
    /// The product the code names, or nil when none does.
    case scanned(String, Product?)
}

extension Console {
    /// The store's answers to pack mode, each to its handler; an answer pack mode no longer waits for is dropped.
    static func packMessage(_ s: inout ConsoleState, _ message: PackMessage) -> [Effect] {
        guard let awaiting = s.pack?.awaiting else { return [] }
        switch (message, awaiting) {
        case (.opened(let detail), .order(let id, let typed)) where detail.order.amazonOrderId == id:
            s.pack?.awaiting = nil
            packOrderRead(&s, detail, typed: typed)
        case (.orderUnread(let id, let reason), .order(let awaited, let typed)) where id == awaited:
            s.pack?.awaiting = nil
            if typed { refuseScan(&s, reason) }
        case (.scanned(let code, let product), .product(let awaited)) where code == awaited:
            s.pack?.awaiting = nil
            return productScanned(&s, code, product)
        default:
            break
        }
        return []
    }
}
