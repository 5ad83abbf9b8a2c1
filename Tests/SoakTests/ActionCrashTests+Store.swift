import Foundation
import MerchantTestSupport
import Testing

// The store as it lies on disk, for the kill -9 harness of the merchant's commands (ActionCrashTests).
extension ActionCrashTests {
    /// What the store holds of one command: per order, its shipments (by tracking number), cancellation, refunds
    /// and their outbox messages and activity lines; for a switch, its value (read through `merchant`, which opens
    /// the store) and its activity lines.
    struct Snapshot: Equatable {
        var rows: [[String]] = []
        var value = ""
    }

    func snapshot(_ shop: ShopFolder, _ command: KilledCommand) throws -> Snapshot {
        var snapshot = Snapshot()
        for action in command.actions {
            let order = action.order
            switch action {
            case .ship(_, _, let tracking):
                snapshot.rows += try shop.sql(shop.storePath, """
                    SELECT 'shipment', (SELECT COUNT(*) FROM shipment WHERE amazonOrderId = '\(order)' AND trackingNumber = '\(tracking)'),
                        (SELECT COUNT(*) FROM outbox WHERE kind = 'shipment' AND subject = '\(order)'),
                        (SELECT COUNT(*) FROM activity WHERE actor = 'cli' AND kind = 'ship' AND subject = '\(order)'),
                        (SELECT status FROM localOrder WHERE amazonOrderId = '\(order)'),
                        (SELECT SUM(l.quantityShipped) FROM localOrderLine l JOIN localOrder o ON o.id = l.localOrderId WHERE o.amazonOrderId = '\(order)')
                    """)
            case .cancel:
                snapshot.rows += try shop.sql(shop.storePath, """
                    SELECT 'cancel', (SELECT COUNT(*) FROM cancellation WHERE amazonOrderId = '\(order)'),
                        (SELECT COUNT(*) FROM outbox WHERE kind = 'cancellation' AND subject = '\(order)'),
                        (SELECT COUNT(*) FROM activity WHERE actor = 'cli' AND kind = 'cancel' AND subject = '\(order)'),
                        (SELECT status FROM localOrder WHERE amazonOrderId = '\(order)')
                    """)
            case .refund:
                snapshot.rows += try shop.sql(shop.storePath, """
                    SELECT 'refund', (SELECT COUNT(*) FROM refund WHERE amazonOrderId = '\(order)' AND amountMinor IS NOT NULL),
                        (SELECT COUNT(*) FROM outbox WHERE kind = 'refund' AND subject = '\(order)'),
                        (SELECT COUNT(*) FROM activity WHERE actor = 'cli' AND kind = 'refund' AND subject = '\(order)'),
                        (SELECT status FROM localOrder WHERE amazonOrderId = '\(order)')
                    """)
            }
        }
        switch command.kind {
        case .setting:
            let values = try #require(try shop.json("settings", "show", "--json") as? [String: String])
            snapshot.value = values[command.key] ?? "?"
            snapshot.rows = try shop.sql(shop.storePath, "SELECT COUNT(*) FROM activity WHERE actor = 'cli' AND kind = 'setting' AND subject = '\(command.key)'")
        case .fba:
            let catalog = try #require(try shop.json("catalog", "--json") as? [JSONObject])
            let product = catalog.compactMap { $0["product"] as? JSONObject }.first { $0["sku"] as? String == command.key }
            snapshot.value = (product?["fba"] as? Bool).map { $0 ? "on" : "off" } ?? "?"
            snapshot.rows = try shop.sql(shop.storePath, "SELECT COUNT(*) FROM activity WHERE actor = 'cli' AND kind = 'catalog' AND subject = '\(command.key)'")
        default: break
        }
        return snapshot
    }

    enum Effect: Hashable { case absent, present, half(String) }

    /// Whether a command took effect wholly (each of its rows there exactly once more, the order's status moved)
    /// or not at all (nothing changed); anything else is a half (R29), a setting neither old nor new (R28).
    func wholeOrAbsent(_ command: KilledCommand, before: Snapshot, after: Snapshot) -> Effect {
        if command.kind == .setting || command.kind == .fba {
            let lines = (Int(before.rows.first?.first ?? "") ?? -1, Int(after.rows.first?.first ?? "") ?? -1)
            if after.value == command.old && before.value == command.old && lines.1 == lines.0 { return .absent }
            if after.value == command.new && lines.1 == lines.0 + 1 { return .present }
            return .half("\(command.key) is \(after.value) (was \(before.value), asked \(command.new)), activity lines \(lines.0) → \(lines.1)")
        }
        var effects: Set<Effect> = []
        for (b, a) in zip(before.rows, after.rows) {
            let counts = (1...3).map { (Int(b[$0]) ?? -1, Int(a[$0]) ?? -1) }
            // A refund moves the order's status when Amazon confirms it, not when it is recorded.
            let refund = a[0] == "refund"
            if counts.allSatisfy({ $0.0 == $0.1 }) && (refund || a[4] == b[4]) {
                effects.insert(.absent)
                continue
            }
            let statusMoved = refund || a[4] == (a[0] == "shipment" ? "shipped" : "cancelled")
            let shipped = a[0] != "shipment" || (Int(a[5]) ?? 0) > (Int(b[5]) ?? 0)
            if counts.allSatisfy({ $0.1 == $0.0 + 1 }) && statusMoved && shipped {
                effects.insert(.present)
            } else {
                effects.insert(.half("\(a[0]) of \(command.description): rows, messages, activity lines \(counts), status \(b[4]) → \(a[4])"))
            }
        }
        if effects.count == 1, let only = effects.first { return only }
        return .half("\(command): \(effects)")   // a CSV batch partly there
    }

    /// Rows of an action without their partners anywhere in the store (R29): a shipment, cancellation or refund
    /// without its outbox message, a message without its record, records and activity lines that disagree.
    func halfRows(_ shop: ShopFolder) throws -> [[String]] {
        try shop.sql(shop.storePath, """
            SELECT 'shipment without its message', s.amazonOrderId FROM shipment s
                WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.idempotencyKey = 'ship:' || s.amazonOrderId || ':' || s.packageReferenceId)
            UNION ALL SELECT 'shipment message without its shipment', o.subject FROM outbox o WHERE o.kind = 'shipment'
                AND NOT EXISTS (SELECT 1 FROM shipment s WHERE o.idempotencyKey = 'ship:' || s.amazonOrderId || ':' || s.packageReferenceId)
            UNION ALL SELECT 'shipments and activity lines differ', s.amazonOrderId FROM shipment s GROUP BY s.amazonOrderId
                HAVING COUNT(*) != (SELECT COUNT(*) FROM activity a WHERE a.actor = 'cli' AND a.kind = 'ship' AND a.subject = s.amazonOrderId)
            UNION ALL SELECT 'cancellation without its message', c.amazonOrderId FROM cancellation c
                WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.idempotencyKey = 'cancel:' || c.amazonOrderId)
            UNION ALL SELECT 'cancellation message without its cancellation', o.subject FROM outbox o WHERE o.kind = 'cancellation'
                AND NOT EXISTS (SELECT 1 FROM cancellation c WHERE o.idempotencyKey = 'cancel:' || c.amazonOrderId)
            UNION ALL SELECT 'cancellation of an order not cancelled here', c.amazonOrderId FROM cancellation c
                JOIN localOrder o ON o.amazonOrderId = c.amazonOrderId WHERE o.status != 'cancelled'
            UNION ALL SELECT 'cancellations and activity lines differ', c.amazonOrderId FROM cancellation c
                WHERE (SELECT COUNT(*) FROM activity a WHERE a.actor = 'cli' AND a.kind = 'cancel' AND a.subject = c.amazonOrderId) != 1
            UNION ALL SELECT 'refund without its message', r.amazonOrderId FROM refund r WHERE r.amountMinor IS NOT NULL
                AND NOT (r.state = 'failed' AND r.failure IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.idempotencyKey = 'refund:' || r.id)
            UNION ALL SELECT 'refund message without its refund', o.subject FROM outbox o WHERE o.kind = 'refund'
                AND NOT EXISTS (SELECT 1 FROM refund r WHERE o.idempotencyKey = 'refund:' || r.id AND r.amountMinor IS NOT NULL)
            UNION ALL SELECT 'refunds and activity lines differ', r.amazonOrderId FROM refund r WHERE r.amountMinor IS NOT NULL GROUP BY r.amazonOrderId
                HAVING COUNT(*) != (SELECT COUNT(*) FROM activity a WHERE a.actor = 'cli' AND a.kind = 'refund' AND a.subject = r.amazonOrderId)
            """)
    }

    /// A product with an ASIN whose FBA switch is off: the one the merchant switches on and off.
    func fbaCandidate(_ shop: ShopFolder) throws -> String? {
        let catalog = try #require(try shop.json("catalog", "--json") as? [JSONObject])
        return catalog.compactMap { $0["product"] as? JSONObject }
            .filter { $0["fba"] as? Bool == false && $0["asin"] is String }
            .compactMap { $0["sku"] as? String }.sorted().first
    }
}
