import Foundation
import GRDB
import MerchantCore

/// Why the store refused to connect an account.
public enum ConnectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store already holds another seller's Amazon orders; mixing two accounts in one store would mix their stock and refunds.
    case holdsAnotherSeller(current: String, orders: Int)

    public var description: String {
        switch self {
        case .holdsAnotherSeller(let current, let orders):
            tr("store.error.holds-another-seller", orders, current)
        }
    }
}

extension MerchantStore {
    /// Makes `sellerId` in `marketplaceIds` the connected account (R28): stored at once, written to the activity log.
    /// Connecting the same seller again keeps the date of connection (orders placed since stay importable, R2);
    /// a new seller is connected at `now`, and only in a store without another seller's orders.
    @discardableResult
    public func connectAccount(sellerId: String, marketplaceIds: [String], actor: String, at now: Date) throws -> ChannelSettings {
        try pool.write { db in
            let current = try SettingsTable.read(db)
            var next = current
            if sellerId != current.sellerId {
                let orders = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM amazonOrder") ?? 0
                guard orders == 0 else { throw ConnectionError.holdsAnotherSeller(current: current.sellerId, orders: orders) }
                next.sellerId = sellerId
                next.connectedAt = now
            }
            next.marketplaceIds = marketplaceIds
            guard next != current else { return current }
            try SettingsTable.write(next, db: db)
            try SyncStateTable.requestReconsider(db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "connect", subject: sellerId,
                                   message: tr("store.activity.connected", sellerId, marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", ")))
            return next
        }
    }
}
