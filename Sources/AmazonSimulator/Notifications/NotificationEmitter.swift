import Foundation
import GRDB
import SellingPartnerAPI

/// Sends ORDER_CHANGE for every order simulated Amazon creates or changes (a new status, a buyer's cancel
/// request) while a subscription exists, into the subscribed destination's queue. Delivery behaves as the fault
/// profile's notification knobs say: late by a few seconds (so two close changes may arrive swapped), now and
/// then twice, and (for soaks) sometimes never. Seeded by the profile, so a run can be repeated.
enum NotificationEmitter {
    /// Called whenever an order is written; `before` is nil for a new order.
    static func orderWritten(_ db: Database, before: SimOrder?, after order: SimOrder) throws {
        guard let subscription = try NotificationTables.subscription(db) else { return }
        let newRequest = order.items.contains { item in
            item.cancelRequest != nil && before?.items.first(where: { $0.id == item.id })?.cancelRequest == nil
        }
        let type: OrderChangeNotification.OrderChangeType
        let reason: String
        if newRequest {
            (type, reason) = (.buyerRequestedChange, "Buyer Requested Cancel")
        } else if let before, before.status == order.status {
            return
        } else {
            (type, reason) = (.orderStatusChange, before == nil ? "Order Created" : "Order Status Changed")
        }
        let sellerId = try AccountRecord.load(db)?.sellerId ?? ""
        let message = OrderChangeMessage.make(order, sellerId: sellerId, subscriptionId: subscription.subscriptionId, type: type,
                                              reason: reason, notificationId: UUID().uuidString.lowercased(), publishedAt: order.updated)
        try deliver(db, try message.body(), queue: subscription.queue, at: Double(order.updated))
    }

    /// Puts one notification in `queue` as the profile's delivery knobs draw it.
    static func deliver(_ db: Database, _ body: String, queue: String, at: Double) throws {
        let profile = try deliveryProfile(db)
        let sequence = try Counter.next(db, "notification")
        var rng = SplitMix64(seed: profile.seed ^ (UInt64(sequence) &* 0x9E37_79B9_7F4A_7C15))
        let lost = rng.chance(profile.notifyLoss), twice = rng.chance(profile.notifyDuplicate)
        let delays = [rng.unit(), rng.unit()].map { $0 * profile.notifyDelaySeconds }
        if lost {
            try Statistic.bump(db, "notifications.lost")
            return
        }
        try SQSQueue.send(db, queue: queue, body: body, sentAt: at, visibleAt: at + delays[0])
        try Statistic.bump(db, "notifications.sent")
        if twice {
            try SQSQueue.send(db, queue: queue, body: body, sentAt: at, visibleAt: at + delays[1])
            try Statistic.bump(db, "notifications.duplicated")
        }
    }

    /// The profile in force (its notification knobs apply even when no other fault is on).
    private static func deliveryProfile(_ db: Database) throws -> FaultProfile {
        guard let data = try Data.fetchOne(db, sql: "SELECT profile FROM faultState WHERE id = 1") else { return .none }
        return try JSONDecoder().decode(FaultProfile.self, from: data)
    }
}

extension AmazonSimulator {
    /// Notification counts: `sent`, `duplicated`, `lost`.
    public func notificationStatistics() throws -> [String: Int] {
        try db.read { db in
            var result: [String: Int] = [:]
            for (name, value) in try Statistic.all(db) where name.hasPrefix("notifications.") {
                result[String(name.dropFirst("notifications.".count))] = value
            }
            return result
        }
    }
}
