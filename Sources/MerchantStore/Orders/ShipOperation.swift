import Foundation
import GRDB
import MerchantCore

/// What the merchant asks to ship: an order, a carrier and tracking number, a date, and optionally some items.
public struct ShipmentRequest: Sendable, Equatable {
    public var amazonOrderId: String
    public var carrier: Carrier
    public var trackingNumber: String
    /// Default: now (R13).
    public var shipDate: Date?
    /// Quantities by SKU or order item id for a partial shipment; nil ships everything still open.
    public var items: [String: Int]?
    /// The merchant says the tracking number is one parcel with another order's, to another address, on purpose
    /// (`--shared-parcel`, the ship dialog's "Ship anyway?"); without it such a number is refused (R13).
    public var sharedParcel: Bool
    /// The merchant ships although the buyer asks to cancel (`--anyway`, the ship dialog's "Ship anyway?");
    /// without it such an order is refused (`ShipWarning`).
    public var despiteCancelRequest: Bool

    public init(amazonOrderId: String, carrier: Carrier, trackingNumber: String, shipDate: Date? = nil, items: [String: Int]? = nil,
                sharedParcel: Bool = false, despiteCancelRequest: Bool = false) {
        self.amazonOrderId = amazonOrderId
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.shipDate = shipDate
        self.items = items
        self.sharedParcel = sharedParcel
        self.despiteCancelRequest = despiteCancelRequest
    }
}

/// A shipment as recorded, and as the confirmation sent to Amazon carries it (R13).
public struct ShipmentPayload: Codable, Sendable, Equatable {
    public var amazonOrderId: String
    public var marketplaceId: String
    public var packageReferenceId: String
    public var carrierCode: String
    public var carrierName: String?
    public var trackingNumber: String
    public var shipDate: Date
    public var items: [PackageLine]
    /// Other orders already shipped under the same carrier and number (one parcel). Kept for the merchant's
    /// messages; Amazon's confirmation does not carry it.
    public var sharesParcelWith: [String]?
    /// True when those orders go to another address and the merchant shipped it so on purpose.
    public var parcelToOtherAddress: Bool?

    /// What the merchant is told of a parcel shared with other orders, or "" for a parcel of its own; it starts
    /// with a space, written here because the catalogue trims a text's spaces.
    public var parcelNote: String {
        guard let others = sharesParcelWith, !others.isEmpty else { return "" }
        let list = others.joined(separator: ", ")
        return " " + (parcelToOtherAddress == true ? tr("store.ship.parcel-other-address", list) : tr("store.ship.parcel-same-address", list))
    }
}

extension MerchantStore {
    /// Ships an order, whole or in part (R13): checks the rules (R4, R10, R14), the tracking number and the
    /// date; records the shipment, takes the units off the shelf, queues the confirmation for Amazon and
    /// logs it, all in one transaction (R29). A refusal changes nothing (R30).
    @discardableResult
    public func ship(_ request: ShipmentRequest, actor: String, at now: Date) throws -> ShipmentPayload {
        try pool.write { db in try Self.ship(request, actor: actor, at: now, db: db) }
    }

    /// Ships many orders in one transaction: all of them, or, when one is refused, none (R30).
    @discardableResult
    public func shipAll(_ requests: [ShipmentRequest], actor: String, at now: Date) throws -> [ShipmentPayload] {
        try pool.write { db in
            try requests.enumerated().map { index, request in
                do { return try Self.ship(request, actor: actor, at: now, db: db) }
                catch { throw StoreError.refusedInBatch(index: index, amazonOrderId: request.amazonOrderId, reason: "\(error)") }
            }
        }
    }

    /// `confirmOnAmazon` false: the package of a label bought through Amazon, which Amazon confirmed by itself.
    static func ship(_ request: ShipmentRequest, actor: String, at now: Date, db: Database, confirmOnAmazon: Bool = true) throws -> ShipmentPayload {
        guard let order = try AmazonOrderTable.find(request.amazonOrderId, db: db) else { throw StoreError.unknownOrder(request.amazonOrderId) }
        let local = try LocalOrderTable.find(amazonOrderId: order.amazonOrderId, db: db)
        if let refusal = OrderActionRules.refusalToShip(order, local: local?.status) { throw refusal }
        guard let local else { throw ActionRefusal.notImported(order.amazonOrderId) }
        if let warning = ShipWarning.refusal(order, anyway: request.despiteCancelRequest) { throw warning }
        let tracking = try TrackingNumber.validate(request.trackingNumber, carrier: request.carrier)
        let recorded = try db.cachedRows(sql: "SELECT packageReferenceId, carrierCode, trackingNumber FROM shipment WHERE amazonOrderId = ?",
                                         arguments: [order.amazonOrderId]).map { (package: $0[0] as String, carrierCode: $0[1] as String, trackingNumber: $0[2] as String) }
        if let refusal = OrderActionRules.refusalToShip(order.amazonOrderId, carrierCode: request.carrier.carrierCode, trackingNumber: tracking, recorded: recorded) {
            throw refusal
        }
        // The same number on another order is that order's parcel: refused for another address unless meant (R13).
        let holders = try db.cachedRows(sql: """
            SELECT s.amazonOrderId, a.shippingAddress FROM shipment s INDEXED BY shipment_tracking
            JOIN amazonOrder a ON a.amazonOrderId = s.amazonOrderId
            WHERE s.trackingNumber = ? AND s.carrierCode = ? AND s.amazonOrderId <> ?
            GROUP BY s.amazonOrderId ORDER BY MIN(s.id)
            """, arguments: [tracking, request.carrier.carrierCode, order.amazonOrderId]).map { row in
            ParcelHolder(amazonOrderId: row["amazonOrderId"],
                         address: (row["shippingAddress"] as String?).flatMap { try? JSONDecoder().decode(PostalAddress.self, from: Data($0.utf8)) })
        }
        let sharing = OrderActionRules.parcelSharing(address: order.shippingAddress, others: holders)
        if !request.sharedParcel, let refusal = OrderActionRules.refusalToShareParcel(order.amazonOrderId, trackingNumber: tracking, sharing) {
            throw refusal
        }
        let shipDate = try ShipDate.resolve(request.shipDate, purchaseDate: order.purchaseDate, now: now)
        // Lines open by our own record: a shipment not yet confirmed by Amazon still counts.
        var view = order
        view.items = order.items.map { item in
            var item = item
            item.quantityShipped = max(item.quantityShipped, local.lines.first { $0.orderItemId == item.orderItemId }?.quantityShipped ?? 0)
            return item
        }
        let lines = try ShipmentLines.choose(view, requested: request.items)

        let packageNumber = recorded.count + 1
        var payload = ShipmentPayload(
            amazonOrderId: order.amazonOrderId, marketplaceId: order.marketplaceId, packageReferenceId: String(packageNumber),
            carrierCode: request.carrier.carrierCode, carrierName: request.carrier.carrierName, trackingNumber: tracking,
            shipDate: shipDate, items: lines)
        if !holders.isEmpty {
            payload.sharesParcelWith = holders.map(\.amazonOrderId)
            if case .otherAddress = sharing { payload.parcelToOtherAddress = true }
        }
        try db.cachedExecute(sql: """
            INSERT INTO shipment (amazonOrderId, packageReferenceId, carrierCode, carrierName, trackingNumber, shipDate, items, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [order.amazonOrderId, payload.packageReferenceId, payload.carrierCode, payload.carrierName, tracking,
                             shipDate.timeIntervalSince1970, String(decoding: try JSONEncoder().encode(lines), as: UTF8.self), now.timeIntervalSince1970])
        var touched = Set<String>()
        for line in lines {
            guard let localLine = local.lines.first(where: { $0.orderItemId == line.orderItemId }) else { continue }
            try db.cachedExecute(sql: "UPDATE localOrderLine SET quantityShipped = quantityShipped + ? WHERE localOrderId = ? AND orderItemId = ?",
                                 arguments: [line.quantity, local.id, line.orderItemId])
            try Shelf.take(line.quantity, of: localLine.productSku, db: db)
            touched.insert(localLine.productSku)
        }
        let open = try db.cachedValue(Int.self, sql: "SELECT COALESCE(SUM(quantity - quantityShipped), 0) FROM localOrderLine WHERE localOrderId = ?", arguments: [local.id]) ?? 0
        if open == 0 {
            try db.cachedExecute(literal: "UPDATE localOrder SET status = \(LocalOrderStatus.shipped.rawValue), updatedAt = \(now.timeIntervalSince1970) WHERE id = \(local.id)")
            try AmazonOrderTable.forgetCancelRequest(order.amazonOrderId, db: db)  // shipped anyway: nothing left to cancel
        }
        if confirmOnAmazon {
            try OutboxTable.enqueue(db, key: "ship:\(order.amazonOrderId):\(payload.packageReferenceId)", kind: .shipment,
                                    subject: order.amazonOrderId, payload: payload, at: now)
        }
        let units = lines.reduce(0) { $0 + $1.quantity }
        let despite = { order.buyerCancelRequest == nil ? "" : " " + tr("store.history.despite-request") }
        try AmazonOrderTable.appendHistory(order.amazonOrderId, at: now, open == 0
            ? tr("store.history.shipped", request.carrier.displayName, tracking, payload.parcelNote + despite())
            : tr("store.history.shipped-part", units, request.carrier.displayName, tracking, payload.parcelNote + despite()), db: db)
        try ActivityLog.append(db, at: now, actor: actor, kind: "ship", subject: order.amazonOrderId,
                               message: open == 0
                                   ? tr("store.activity.shipped", order.amazonOrderId, request.carrier.displayName, tracking, payload.parcelNote)
                                   : tr("store.activity.shipped-part", order.amazonOrderId, units, request.carrier.displayName, tracking, payload.parcelNote))
        try InventoryPush.enqueueIfChanged(productSkus: touched, db: db, at: now)
        return payload
    }
}
