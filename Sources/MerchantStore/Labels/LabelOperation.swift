import Foundation
import GRDB
import MerchantCore

extension MerchantStore {
    /// Queues the purchase of a label from the rates kept for an order (R29): checks the order may ship (R4, R10, R14),
    /// that no other label is on its way, and that the rates are under 10 minutes old and offer this rate and format;
    /// then writes the label, its outbox message (with the idempotency key the purchase carries) and its activity line
    /// in one transaction. A refusal changes nothing (R30).
    @discardableResult
    public func queueLabel(orderId: String, rateId: String, format: String, actor: String, at now: Date) throws -> LabelRecord {
        try pool.write { db in
            let (kept, offer, lines) = try Self.labelToBuy(orderId: orderId, rateId: rateId, format: format, now: now, db: db)
            let number = (try db.cachedValue(Int64.self, sql: "SELECT COALESCE(MAX(id), 0) FROM label") ?? 0) + 1
            let key = "label:\(orderId):\(number)"
            try db.cachedExecute(sql: """
                INSERT INTO label (id, amazonOrderId, idempotencyKey, rateId, carrierName, serviceName, priceMinor, currency, format, state, createdAt,
                                   carrierId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)
                """, arguments: [number, orderId, key, rateId, offer.carrierName, offer.serviceName, offer.price.minorUnits, offer.price.currency,
                                 format, now.timeIntervalSince1970, offer.carrierId])
            let payload = LabelPayload(labelId: number, amazonOrderId: orderId, rateId: rateId, requestToken: kept.requestToken,
                                       ratesFetchedAt: kept.fetchedAt, format: format, lines: lines)
            try OutboxTable.enqueue(db, key: key, kind: .label, subject: orderId, payload: payload, at: now)
            try ActivityLog.append(db, at: now, actor: actor, kind: "label", subject: orderId,
                                   message: tr("labels.activity.queued", orderId, offer.serviceName, offer.price))
            guard let label = try LabelTable.find(number, db: db) else { throw StoreError.unknownOrder(orderId) }
            return label
        }
    }

    /// Queues the void of an order's bought label (R29), within the carrier's 24-hour window; the package stays
    /// on the order until Amazon has voided the label. A refusal changes nothing (R30).
    @discardableResult
    public func queueLabelVoid(orderId: String, actor: String, at now: Date) throws -> LabelRecord {
        try pool.write { db in
            let label = try Self.labelToVoid(orderId: orderId, now: now, db: db)
            guard label.state != .voiding, let shipmentId = label.shipmentId else { return label }
            try LabelTable.setState(label.id, .voiding, db: db)
            try OutboxTable.enqueue(db, key: "label-void:\(label.id)", kind: .labelVoid, subject: orderId,
                                    payload: LabelVoidPayload(labelId: label.id, amazonOrderId: orderId, shipmentId: shipmentId), at: now)
            try ActivityLog.append(db, at: now, actor: actor, kind: "label", subject: orderId,
                                   message: tr("labels.activity.voidqueued", orderId, label.trackingNumber ?? ""))
            var voiding = label
            voiding.state = .voiding
            return voiding
        }
    }

    /// The offer `queueLabel` would buy, checked by the same rules and changing nothing: what the command line names
    /// in its question before it spends the merchant's money. A refusal is thrown as `queueLabel` throws it.
    public func labelOffer(orderId: String, rateId: String, format: String, at now: Date) throws -> ShippingOffer {
        try pool.read { db in try Self.labelToBuy(orderId: orderId, rateId: rateId, format: format, now: now, db: db).offer }
    }

    /// The label `queueLabelVoid` would void, checked by the same rules and changing nothing, for the question before it.
    public func labelToVoid(orderId: String, at now: Date) throws -> LabelRecord {
        try pool.read { db in try Self.labelToVoid(orderId: orderId, now: now, db: db) }
    }

    /// The rules of buying a label, in one place for the question and the purchase: the order may ship (R4, R10, R14),
    /// no other label is on its way, the rates are under 10 minutes old and offer this rate and format, and something
    /// is left to ship.
    private static func labelToBuy(orderId: String, rateId: String, format: String, now: Date, db: Database) throws
        -> (kept: KeptRates, offer: ShippingOffer, lines: [PackageLine]) {
        guard let order = try AmazonOrderTable.find(orderId, db: db) else { throw StoreError.unknownOrder(orderId) }
        let local = try LocalOrderTable.find(amazonOrderId: orderId, db: db)
        if let refusal = OrderActionRules.refusalToShip(order, local: local?.status) { throw refusal }
        guard let local else { throw ActionRefusal.notImported(orderId) }
        if let warning = ShipWarning.refusal(order, anyway: false) { throw warning }
        if let busy = try labelInFlight(orderId, db: db) { throw LabelRefusal.labelExists(orderId, tracking: busy.trackingNumber) }
        let kept = try LabelTable.keptRates(orderId, db: db)
        if let refusal = LabelRules.refusalToBuy(kept, orderId: orderId, rateId: rateId, format: format, now: now) { throw refusal }
        guard let kept, let offer = kept.offers.first(where: { $0.rateId == rateId }) else { throw LabelRefusal.unknownRate(orderId, rateId: rateId) }
        let lines = local.lines.filter { $0.quantity > $0.quantityShipped }.map { PackageLine(orderItemId: $0.orderItemId, quantity: $0.quantity - $0.quantityShipped) }
        guard !lines.isEmpty else { throw ActionRefusal.nothingToShip(orderId) }
        return (kept, offer, lines)
    }

    /// The rules of voiding a label, in one place for the question and the void: the order's latest label is bought and
    /// saved, and within the carrier's 24-hour window; a label already being voided is returned as it is.
    private static func labelToVoid(orderId: String, now: Date, db: Database) throws -> LabelRecord {
        guard try AmazonOrderTable.find(orderId, db: db) != nil else { throw StoreError.unknownOrder(orderId) }
        guard let label = try db.cachedRow(sql: """
            SELECT * FROM label WHERE amazonOrderId = ? AND state IN ('queued', 'bought', 'saved', 'voiding') ORDER BY id DESC LIMIT 1
            """, arguments: [orderId]).map(LabelRecord.init) else { throw LabelRefusal.noLabel(orderId) }
        guard label.state != .voiding else { return label }
        guard label.state == .saved, label.shipmentId != nil, let boughtAt = label.boughtAt else {
            throw LabelRefusal.labelNotBoughtYet(orderId)
        }
        if let refusal = LabelRules.refusalToVoid(orderId: orderId, boughtAt: boughtAt, now: now) { throw refusal }
        return label
    }

    static func labelInFlight(_ orderId: String, db: Database) throws -> LabelRecord? {
        try db.cachedRow(sql: "SELECT * FROM label WHERE amazonOrderId = ? AND state IN ('queued', 'bought', 'voiding') ORDER BY id DESC LIMIT 1",
                         arguments: [orderId]).map(LabelRecord.init)
    }
}
