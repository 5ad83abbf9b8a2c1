import AmazonSimulator
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Compares the store with simulated Amazon's truth, order by order (R1, R3, R29).
public enum TruthComparison {
    /// Every difference, in words; empty when the store holds exactly what Amazon holds.
    /// `raced`: orders the merchant shipped while Amazon's buyer was cancelling them; their local order
    /// stays shipped and the refused confirmation is the merchant's notice.
    public static func differences(_ h: SyncHarness, raced: Set<String> = []) throws -> [String] {
        var problems: [String] = []
        let summaries = try h.allOrders()
        let storeIds = summaries.map(\.amazonOrderId)
        if Set(storeIds).count != storeIds.count {
            let counts = Dictionary(storeIds.map { ($0, 1) }, uniquingKeysWith: +).filter { $0.value > 1 }
            problems.append("orders stored twice: \(counts.keys.sorted())")
        }
        let amazonIds = try h.simulator.orderIds()
        let missing = Set(amazonIds).subtracting(storeIds), extra = Set(storeIds).subtracting(amazonIds)
        if !missing.isEmpty { problems.append("missing from the store: \(missing.sorted())") }
        if !extra.isEmpty { problems.append("in the store but not at Amazon: \(extra.sorted())") }
        for id in amazonIds where !missing.contains(id) {
            let amazon = try h.simulator.orderView(orderId: id)
            let detail = try h.store.orderDetail(id)
            problems += compare(amazon, detail, raced: raced.contains(id))
        }
        return problems
    }

    public static func compare(_ amazon: SimulatedOrderView, _ detail: OrderDetail, raced: Bool = false) -> [String] {
        var problems: [String] = []
        let order = detail.order
        let id = amazon.orderId
        func check(_ what: String, _ mine: String, _ theirs: String) {
            if mine != theirs { problems.append("\(id) \(what): store \(mine), Amazon \(theirs)") }
        }
        check("status", order.status.rawValue, amazon.status)
        check("lastUpdatedTime", SPAPIDate.format(order.lastUpdateDate), amazon.lastUpdatedTime)
        check("fulfilledBy", order.fulfillmentChannel == .amazon ? "AMAZON" : "MERCHANT", amazon.fulfilledBy)
        let mine = order.items.map { "\($0.orderItemId) \($0.sku) \($0.quantityOrdered)/\($0.quantityShipped)" }.sorted()
        let theirs = amazon.items.map { "\($0.orderItemId) \($0.sku) \($0.quantityOrdered)/\(min($0.quantityShipped, $0.quantityOrdered))" }.sorted()
        check("items", "\(mine)", "\(theirs)")
        let myPackages = order.packages.map { p in
            "\(p.packageReferenceId) \(p.carrier ?? "-") \(p.trackingNumber ?? "-") \(p.items.map { "\($0.orderItemId)x\($0.quantity)" }.sorted())"
        }.sorted()
        let theirPackages = amazon.packages.map { p in
            "\(p.packageReferenceId) \(p.carrier) \(p.trackingNumber) \(p.items.map { "\($0.key)x\($0.value)" }.sorted())"
        }.sorted()
        check("packages", "\(myPackages)", "\(theirPackages)")
        if let local = detail.local, !raced {
            // The local order follows Amazon once everything is delivered (R4, R11).
            let expected: [LocalOrderStatus] = switch amazon.status {
            case "SHIPPED": [.shipped, .refunded, .partiallyRefunded]
            case "CANCELLED": [.cancelled, .refunded]
            case "UNSHIPPED", "PARTIALLY_SHIPPED": [.processing]
            default: [local.status]
            }
            if !expected.contains(local.status) { problems.append("\(id) local order \(local.status.rawValue) while Amazon says \(amazon.status)") }
        }
        return problems
    }
}
