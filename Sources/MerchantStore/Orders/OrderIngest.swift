import Foundation
import GRDB
import MerchantCore

/// What one page (or one sync) did to the store.
public struct IngestReport: Sendable, Equatable, Codable {
    public var received = 0
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var imported = 0
    public var blocked = 0
    public var reserved = 0
    public var released = 0
    public var cancelled = 0
    public var shipped = 0

    public init() {}

    public mutating func add(_ o: IngestReport) {
        received += o.received; new += o.new; updated += o.updated; unchanged += o.unchanged
        imported += o.imported; blocked += o.blocked; reserved += o.reserved; released += o.released
        cancelled += o.cancelled; shipped += o.shipped
    }
}

extension MerchantStore {
    /// Stores a page of Amazon orders and applies the import policy to each, moving the watermark in the
    /// same transaction (R3): a crash leaves either the whole page with its watermark, or neither.
    @discardableResult
    public func ingest(_ orders: [AmazonOrder], watermark: Date?, at now: Date) throws -> IngestReport {
        defer { checkpointer.nudge() }
        return try pool.write { db in
            var report = IngestReport()
            let settings = try SettingsTable.read(db)
            var touched = Set<String>()
            for incoming in orders {
                report.received += 1
                var order = incoming.withoutPendingDetails().storable  // R8
                if order.buyerCancelRequest != nil {
                    // A request the merchant already answered by cancelling or shipping is not asked again.
                    order = order.withStandingCancelRequest(local: try LocalOrderTable.find(amazonOrderId: order.amazonOrderId, db: db)?.status)
                }
                let stored = try AmazonOrderTable.find(order.amazonOrderId, db: db)
                if let stored {
                    // A repeated page or an update that went backwards never rewinds what we know.
                    if order.lastUpdateDate < stored.lastUpdateDate || order == stored { report.unchanged += 1; continue }
                    try AmazonOrderTable.upsert(order, importState: .none, isNew: false, db: db)
                    report.updated += 1
                    if stored.status != order.status {
                        try AmazonOrderTable.appendHistory(order.amazonOrderId, at: order.lastUpdateDate, "\(stored.status.amazonName) → \(order.status.amazonName)", db: db)
                    }
                    try AmazonOrderTable.noteCancelRequest(order, previous: stored.buyerCancelRequest, db: db)
                    touched.formUnion(try OrderReconciler.reconcile(order, previous: stored, settings: settings, report: &report, db: db, at: now))
                } else {
                    // Decided before it is stored, so that the order's row is written once, with its import state.
                    let decision = OrderReconciler.decide(order, settings: settings, db: db)
                    let (state, blockers) = OrderReconciler.importState(after: decision)
                    try AmazonOrderTable.upsert(order, importState: state, blockers: blockers, isNew: true, db: db)
                    report.new += 1
                    try AmazonOrderTable.appendHistory(order.amazonOrderId, at: order.purchaseDate, tr("store.history.received", order.status.amazonName), db: db)
                    try AmazonOrderTable.noteCancelRequest(order, previous: nil, db: db)
                    touched.formUnion(try OrderReconciler.reconcile(order, previous: nil, decided: decision, settings: settings, report: &report, db: db, at: now))
                }
                try RefundTable.noteReturns(order, db: db, at: now)
            }
            if let watermark { try SyncStateTable.moveWatermark(to: watermark, db: db) }
            if report.released > 0 || report.cancelled > 0 { try SyncStateTable.requestReconsider(db) }  // stock was freed
            try InventoryPush.enqueueIfChanged(productSkus: touched, db: db, at: now)
            return report
        }
    }

    /// Decides again for every order that waits on the merchant or on payment: blocked orders whose
    /// blocker is gone are imported (R5); pending orders follow changed settings (R9, R28).
    /// Does nothing unless something changed that could change a decision since the last time.
    @discardableResult
    public func reconsiderWaitingOrders(at now: Date) throws -> IngestReport {
        try pool.write { db in
            var report = IngestReport()
            guard try db.cachedValue(Bool.self, sql: "SELECT reconsider FROM syncState WHERE id = 1") == true else { return report }
            try db.cachedExecute(sql: "UPDATE syncState SET reconsider = 0 WHERE id = 1")
            let settings = try SettingsTable.read(db)
            var touched = Set<String>()
            let ids = try db.cachedValues(String.self, sql: """
                SELECT amazonOrderId FROM amazonOrder WHERE importState IN ('blocked', 'reserved', 'awaitingPayment')
                ORDER BY purchaseDate
                """)
            for id in ids {
                guard let order = try AmazonOrderTable.find(id, db: db) else { continue }
                touched.formUnion(try OrderReconciler.reconcile(order, previous: order, settings: settings, report: &report, db: db, at: now))
            }
            try InventoryPush.enqueueIfChanged(productSkus: touched, db: db, at: now)
            return report
        }
    }
}

/// Applies the import policy to one stored Amazon order; returns the product SKUs whose stock changed.
enum OrderReconciler {
    /// The import policy's decision for an order, against the catalog and its stock as they are now.
    static func decide(_ order: AmazonOrder, settings: ChannelSettings, db: Database) -> ImportDecision {
        ImportPolicy.decide(order, settings: settings) { sku in
            try? CatalogTable.resolve(amazonSku: sku, excludingReservationOf: order.amazonOrderId, db: db)
        }
    }

    /// Where a decision leaves the order.
    static func importState(after decision: ImportDecision) -> (ImportState, [Blocker]) {
        switch decision {
        case .beforeConnection: (.beforeConnection, [])
        case .readOnly: (.readOnly, [])
        case .nothingToImport: (.none, [])
        case .awaitPayment: (.awaitingPayment, [])
        case .reserve: (.reserved, [])
        case .blocked(let blockers): (.blocked, blockers)
        case .create: (.imported, [])
        }
    }

    /// `decided`: the decision for a new order, already stored with its import state.
    static func reconcile(_ order: AmazonOrder, previous: AmazonOrder?, decided: ImportDecision? = nil, settings: ChannelSettings,
                          report: inout IngestReport, db: Database, at now: Date) throws -> Set<String> {
        // An order stored only now has no local order and no reservation yet: nothing to look up.
        let isNew = previous == nil
        if !isNew, let local = try LocalOrderTable.find(amazonOrderId: order.amazonOrderId, db: db) {
            try AmazonOrderTable.setImportState(order.amazonOrderId, .imported, blockers: [], db: db)
            return try follow(order, local: local, report: &report, db: db, at: now)
        }
        let previouslyReserved = isNew ? [] : Set(try db.cachedValues(String.self, sql: "SELECT productSku FROM reservation WHERE amazonOrderId = ?", arguments: [order.amazonOrderId]))
        let decision = decided ?? decide(order, settings: settings, db: db)
        var touched = previouslyReserved
        func release() throws {
            guard !previouslyReserved.isEmpty else { return }
            try db.cachedExecute(sql: "DELETE FROM reservation WHERE amazonOrderId = ?", arguments: [order.amazonOrderId])
            report.released += 1
        }
        switch decision {
        case .beforeConnection:
            break
        case .readOnly:
            try release()
        case .nothingToImport:
            if !previouslyReserved.isEmpty {
                try ActivityLog.append(db, at: now, actor: "sync", kind: "reservation", subject: order.amazonOrderId,
                                       message: tr("store.activity.pending-cancelled", order.amazonOrderId))
            }
            try release()
        case .awaitPayment:
            try release()
        case .reserve(let quantities):
            let current = Dictionary(uniqueKeysWithValues: try db.cachedRows(sql: "SELECT productSku, quantity FROM reservation WHERE amazonOrderId = ?", arguments: [order.amazonOrderId]).map { ($0["productSku"] as String, $0["quantity"] as Int) })
            if current != quantities {
                try db.cachedExecute(sql: "DELETE FROM reservation WHERE amazonOrderId = ?", arguments: [order.amazonOrderId])
                for (sku, quantity) in quantities.sorted(by: { $0.key < $1.key }) {
                    try db.cachedExecute(sql: "INSERT INTO reservation (amazonOrderId, productSku, quantity, createdAt) VALUES (?, ?, ?, ?)",
                                   arguments: [order.amazonOrderId, sku, quantity, now.timeIntervalSince1970])
                }
                report.reserved += 1
            }
            touched.formUnion(quantities.keys)
        case .blocked(let blockers):
            try release()
            let wasBlocked = try !isNew && db.cachedValue(String.self, sql: "SELECT importState FROM amazonOrder WHERE amazonOrderId = ?", arguments: [order.amazonOrderId]) == ImportState.blocked.rawValue
            if !wasBlocked {
                report.blocked += 1
                try ActivityLog.append(db, at: now, actor: "sync", kind: "blocked", subject: order.amazonOrderId,
                                       message: tr("store.activity.blocked", order.amazonOrderId, blockers.map(\.description).joined(separator: "; ")))
            }
        case .create(let payment, let takesStock):
            if !isNew { try db.cachedExecute(sql: "DELETE FROM reservation WHERE amazonOrderId = ?", arguments: [order.amazonOrderId]) }  // R12
            let local = try LocalOrderTable.create(for: order, payment: payment, takesStock: takesStock, db: db, at: now)
            touched.formUnion(local.lines.map(\.productSku))
            report.imported += 1
            try AmazonOrderTable.appendHistory(order.amazonOrderId, at: now, tr("store.history.imported", String(local.id)), db: db)
            try ActivityLog.append(db, at: now, actor: "sync", kind: "import", subject: order.amazonOrderId,
                                   message: tr("store.activity.imported", order.amazonOrderId, String(local.id), payment.rawValue))
            touched.formUnion(try follow(order, local: local, report: &report, db: db, at: now))
        }
        if decided == nil {
            let (state, blockers) = importState(after: decision)
            try AmazonOrderTable.setImportState(order.amazonOrderId, state, blockers: blockers, db: db)
        }
        return touched
    }

    /// Moves an imported order along with what Amazon reports (R4, R11, R12).
    static func follow(_ order: AmazonOrder, local: LocalOrder, report: inout IngestReport, db: Database, at now: Date) throws -> Set<String> {
        var touched = Set<String>()
        // R6: acknowledged once Amazon reports it paid (a pending order cannot be acknowledged); the key
        // makes a second enqueue a no-op. Amazon ships AFN orders itself: nothing to acknowledge.
        if order.fulfillmentChannel == .merchant && (order.status == .unshipped || order.status == .partiallyShipped) {
            try OutboxTable.enqueue(
                db, key: "ack:\(order.amazonOrderId)", kind: .acknowledgement, subject: order.amazonOrderId,
                payload: AcknowledgementPayload(amazonOrderId: order.amazonOrderId, merchantOrderId: String(local.id),
                                                marketplaceId: order.marketplaceId, orderItemIds: order.items.map(\.orderItemId)),
                at: now)
        }
        // Units Amazon reports shipped leave the warehouse once.
        let shippedByItem = Dictionary(uniqueKeysWithValues: order.items.map { ($0.orderItemId, $0.quantityShipped) })
        for line in local.lines {
            // A SHIPPED order has shipped everything, whatever its item counts say.
            let reported = order.status == .shipped ? line.quantity : shippedByItem[line.orderItemId] ?? line.quantityShipped
            let nowShipped = min(reported, line.quantity)
            guard nowShipped > line.quantityShipped else { continue }
            try db.cachedExecute(sql: "UPDATE localOrderLine SET quantityShipped = ? WHERE localOrderId = ? AND orderItemId = ?",
                           arguments: [nowShipped, local.id, line.orderItemId])
            if local.takesStock {
                try Shelf.take(nowShipped - line.quantityShipped, of: line.productSku, db: db)
            }
            touched.insert(line.productSku)
        }
        if local.paymentStatus == .notYetSubmitted && !order.status.isPending && order.status != .cancelled {
            try db.cachedExecute(sql: "UPDATE localOrder SET paymentStatus = 'paid', updatedAt = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, local.id])
            try ActivityLog.append(db, at: now, actor: "sync", kind: "payment", subject: order.amazonOrderId,
                                   message: tr("store.activity.paid", order.amazonOrderId))
        }
        if let next = ImportPolicy.followAmazon(local: local.status, amazon: order.status, fullyShipped: order.isFullyShipped) {
            try db.cachedExecute(sql: "UPDATE localOrder SET status = ?, updatedAt = ? WHERE id = ?", arguments: [next.rawValue, now.timeIntervalSince1970, local.id])
            touched.formUnion(local.lines.map(\.productSku))
            if next == .cancelled { report.cancelled += 1 }
            if next == .shipped { report.shipped += 1 }
            try ActivityLog.append(db, at: now, actor: "sync", kind: "status", subject: order.amazonOrderId,
                                   message: tr("store.activity.status", String(local.id), next.rawValue, order.status.rawValue))
        }
        return touched
    }
}

extension AmazonOrder {
    /// The order with its times as the store keeps them (seconds since 1970 as a Double), so that an
    /// order read back compares equal to the same order received again.
    var storable: AmazonOrder {
        func round(_ d: Date) -> Date { Date(timeIntervalSince1970: d.timeIntervalSince1970) }
        var o = self
        o.purchaseDate = round(purchaseDate)
        o.lastUpdateDate = round(lastUpdateDate)
        o.latestShipDate = latestShipDate.map(round)
        o.earliestDeliveryDate = earliestDeliveryDate.map(round)
        o.latestDeliveryDate = latestDeliveryDate.map(round)
        o.packages = packages.map { var p = $0; p.shipDate = p.shipDate.map(round); return p }
        return o
    }
}
