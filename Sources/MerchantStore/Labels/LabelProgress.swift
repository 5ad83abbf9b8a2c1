import Foundation
import GRDB
import MerchantCore

// What the sync records as a label's purchase or void goes through (ChannelSync's LabelDelivery).
extension MerchantStore {
    /// Amazon sold the label: the label is bought, and the order gets its package with the label's tracking number,
    /// shipped as `ship` records it but with no confirmation queued, since Buy Shipping confirmed it on Amazon. One
    /// transaction; recording the same purchase again (a retry after a crash) changes nothing.
    public func recordLabelBought(labelId: Int64, shipmentId: String, packageClientReferenceId: String, trackingNumber: String,
                                  lines: [PackageLine], at now: Date) throws {
        try pool.write { db in
            guard let label = try LabelTable.find(labelId, db: db), label.state == .queued else { return }
            try db.cachedExecute(sql: """
                UPDATE label SET state = 'bought', shipmentId = ?, packageClientReferenceId = ?, trackingNumber = ?, boughtAt = ? WHERE id = ?
                """, arguments: [shipmentId, packageClientReferenceId, trackingNumber, now.timeIntervalSince1970, labelId])
            let carrier = ShippingOffer(rateId: label.rateId, carrierName: label.carrierName, serviceName: label.serviceName, price: label.price,
                                        deliveryFrom: nil, deliveryBy: nil, protected: false, formats: []).carrier
            var items: [String: Int] = [:]
            for line in lines { items[line.orderItemId, default: 0] += line.quantity }
            // The rules were checked when the label was queued; Amazon has shipped it now, so the record must follow.
            let request = ShipmentRequest(amazonOrderId: label.amazonOrderId, carrier: carrier, trackingNumber: trackingNumber, shipDate: now,
                                          items: items, sharedParcel: true, despiteCancelRequest: true)
            do {
                try Self.ship(request, actor: "sync", at: now, db: db, confirmOnAmazon: false)
            } catch is ActionRefusal {
                // A pull got here first: Amazon reported the order shipped by this label, and its units left the shelf then.
                // The package is recorded all the same, so that the order shows the label's tracking number.
                try Self.recordPackageShippedOnAmazon(label.amazonOrderId, carrier: carrier, trackingNumber: trackingNumber, lines: lines, at: now, db: db)
            }
            try ActivityLog.append(db, at: now, actor: "sync", kind: "label", subject: label.amazonOrderId,
                                   message: tr("labels.activity.bought", label.amazonOrderId, label.serviceName, trackingNumber, label.price))
        }
    }

    private static func recordPackageShippedOnAmazon(_ id: String, carrier: Carrier, trackingNumber: String, lines: [PackageLine], at now: Date, db: Database) throws {
        let count = try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM shipment WHERE amazonOrderId = ?", arguments: [id]) ?? 0
        try db.cachedExecute(sql: """
            INSERT INTO shipment (amazonOrderId, packageReferenceId, carrierCode, carrierName, trackingNumber, shipDate, items, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, String(count + 1), carrier.carrierCode, carrier.carrierName, trackingNumber, now.timeIntervalSince1970,
                             String(decoding: try JSONEncoder().encode(lines), as: UTF8.self), now.timeIntervalSince1970])
        try AmazonOrderTable.appendHistory(id, at: now, tr("labels.history.shipped", carrier.displayName, trackingNumber), db: db)
    }

    /// The label's file is saved: the label is done, and so is its outbox message.
    public func recordLabelSaved(labelId: Int64, filePath: String, outboxId: Int64, at now: Date) throws {
        try pool.write { db in
            try db.cachedExecute(sql: "UPDATE label SET state = 'saved', filePath = ?, error = NULL WHERE id = ? AND state = 'bought'",
                                 arguments: [filePath, labelId])
        }
        try updateOutbox(ids: [outboxId], state: .done, countAttempt: true, at: now)
    }

    /// Amazon refused to sell the label: nothing was bought, and the order stays as it was.
    public func recordLabelRefused(labelId: Int64, outboxId: Int64, error: String, at now: Date) throws {
        try pool.write { db in try LabelTable.setState(labelId, .failed, error: error, db: db) }
        try updateOutbox(ids: [outboxId], state: .failed, error: error, countAttempt: true, at: now)
    }

    /// Amazon voided the label: its package is taken back from the order (the lines open again, the units back on the
    /// shelf, the order processing again) in one transaction with the label's state and the outbox message.
    public func recordLabelVoided(labelId: Int64, outboxId: Int64, at now: Date) throws {
        try pool.write { db in
            guard let label = try LabelTable.find(labelId, db: db), label.state == .voiding, let tracking = label.trackingNumber else { return }
            let id = label.amazonOrderId
            if let row = try db.cachedRow(sql: "SELECT id, items FROM shipment WHERE amazonOrderId = ? AND trackingNumber = ?", arguments: [id, tracking]),
               let local = try LocalOrderTable.find(amazonOrderId: id, db: db) {
                let lines = try JSONDecoder().decode([PackageLine].self, from: Data((row["items"] as String).utf8))
                var touched = Set<String>()
                for line in lines {
                    guard let localLine = local.lines.first(where: { $0.orderItemId == line.orderItemId }) else { continue }
                    try db.cachedExecute(sql: "UPDATE localOrderLine SET quantityShipped = MAX(0, quantityShipped - ?) WHERE localOrderId = ? AND orderItemId = ?",
                                         arguments: [line.quantity, local.id, line.orderItemId])
                    try db.cachedExecute(sql: "UPDATE product SET stockOnHand = stockOnHand + ? WHERE sku = ?", arguments: [line.quantity, localLine.productSku])
                    touched.insert(localLine.productSku)
                }
                try db.cachedExecute(sql: "DELETE FROM shipment WHERE id = ?", arguments: [row["id"] as Int64])
                try db.cachedExecute(literal: """
                    UPDATE localOrder SET status = \(LocalOrderStatus.processing.rawValue), updatedAt = \(now.timeIntervalSince1970)
                    WHERE id = \(local.id) AND status = \(LocalOrderStatus.shipped.rawValue)
                    """)
                try InventoryPush.enqueueIfChanged(productSkus: touched, db: db, at: now)
            }
            try db.cachedExecute(sql: "UPDATE label SET state = 'voided', voidedAt = ?, error = NULL WHERE id = ?", arguments: [now.timeIntervalSince1970, labelId])
            try AmazonOrderTable.appendHistory(id, at: now, tr("labels.history.voided", tracking), db: db)
        }
        try updateOutbox(ids: [outboxId], state: .done, countAttempt: true, at: now)
    }

    /// Amazon refused the void (after the carrier's window, say): the label stays bought and the package on the order.
    public func recordLabelVoidRefused(labelId: Int64, outboxId: Int64, error: String, at now: Date) throws {
        try pool.write { db in
            try db.cachedExecute(sql: "UPDATE label SET state = CASE WHEN filePath IS NULL THEN 'bought' ELSE 'saved' END, error = ? WHERE id = ? AND state = 'voiding'",
                                 arguments: [error, labelId])
        }
        try updateOutbox(ids: [outboxId], state: .failed, error: error, countAttempt: true, at: now)
    }
}
