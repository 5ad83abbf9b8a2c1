import Foundation
import GRDB
import MerchantCore

/// An order with everything the detail view shows.
public struct OrderDetail: Sendable, Equatable {
    public var order: AmazonOrder
    public var local: LocalOrder?
    public var importState: ImportState
    public var blockers: [String]
    /// Oldest first, as a history reads: by when each thing happened (Amazon's times and ours), then as recorded.
    public var history: [HistoryEvent]
    public var reservations: [Reservation]
    /// The packages the merchant shipped, recorded at once, each with what Amazon has made of it.
    public var shipments: [LocalShipment] = []

    /// Units of an item shipped: by our own record (counted at once) or Amazon's, whichever is more.
    public func unitsShipped(_ item: AmazonOrderItem) -> Int {
        max(item.quantityShipped, local?.lines.first { $0.orderItemId == item.orderItemId }?.quantityShipped ?? 0)
    }

    /// Still to be shipped by someone: its ship-by deadline matters (R15). Not once the merchant shipped it all,
    /// or cancelled it, whatever Amazon still says.
    public var isOpenToShip: Bool {
        (order.status == .unshipped || order.status == .partiallyShipped) && local?.status != .cancelled
            && order.items.contains { unitsShipped($0) < $0.quantityOrdered }
    }

    /// Amazon's status as the merchant reads it: Amazon's own, or "confirming…" / "confirmed" while its report lags
    /// behind the merchant's shipments (MerchantCore's rule).
    public var amazonStatusShown: AmazonStatusShown {
        AmazonStatusShown.of(order.status, unitsShipped: order.items.reduce(0) { $0 + unitsShipped($1) },
                             unitsShippedAtAmazon: order.items.reduce(0) { $0 + $1.quantityShipped },
                             packagesNotAccepted: shipments.filter { $0.atAmazon != .accepted && $0.atAmazon != .confirmed }.count)
    }

    /// Amazon's packages that are not the merchant's own shipments (shipped by Amazon, or before the connection).
    public var otherPackages: [ShipmentPackage] {
        order.packages.filter { p in !shipments.contains { $0.packageReferenceId == p.packageReferenceId && $0.trackingNumber == p.trackingNumber } }
    }

    /// Why the merchant may not cancel this order, or nil: MerchantCore's rule, told what the local lines shipped (R17, R19).
    public var refusalToCancel: ActionRefusal? {
        OrderActionRules.refusalToCancel(order, local: local?.status, unitsShippedLocally: local?.unitsShipped ?? 0,
                                         blocked: importState == .blocked)
    }

    /// Why the merchant may not ship this order, or nil: MerchantCore's rule, told whether the order is blocked (R5).
    public var refusalToShip: ActionRefusal? {
        OrderActionRules.refusalToShip(order, local: local?.status, blocked: importState == .blocked)
    }

    public static func == (a: OrderDetail, b: OrderDetail) -> Bool {
        a.order == b.order && a.local == b.local && a.importState == b.importState && a.blockers == b.blockers
            && a.history.map(\.event) == b.history.map(\.event) && a.reservations == b.reservations && a.shipments == b.shipments
    }
}

/// One line of an order's history: when, and what happened.
public struct HistoryEvent: Sendable, Equatable {
    public var at: Date
    /// The English record, as `merchant order --json` shows it.
    public var event: String
    /// The line in the other languages it was written in, by language code.
    public var words: [String: String] = [:]

    public init(at: Date, event: String, words: [String: String] = [:]) {
        self.at = at
        self.event = event
        self.words = words
    }

    /// The line in the language the merchant reads now; English for a line written before v24.
    public var inMerchantsWords: String { StoredWords.read(event, words) }
}

/// A package the merchant shipped, as recorded the moment `ship` committed.
public struct LocalShipment: Sendable, Equatable {
    /// Where Amazon is with it.
    public typealias AtAmazon = PackageAtAmazon

    public var packageReferenceId: String
    public var carrier: String
    public var trackingNumber: String
    public var shipDate: Date
    public var items: [PackageLine]
    public var atAmazon: AtAmazon
}

extension MerchantStore {
    /// One order with its items, local order, history and reservations.
    public func orderDetail(_ amazonOrderId: String) throws -> OrderDetail {
        try pool.read { db in
            guard let row = try db.cachedRow(sql: "SELECT * FROM amazonOrder WHERE amazonOrderId = ?", arguments: [amazonOrderId]) else {
                throw StoreError.unknownOrder(amazonOrderId)
            }
            let order = try AmazonOrderTable.order(row, db: db)
            let history = try db.cachedRows(sql: "SELECT at, event, words FROM amazonOrderHistory WHERE amazonOrderId = ? ORDER BY at, id", arguments: [amazonOrderId])
                .map { HistoryEvent(at: Date(timeIntervalSince1970: $0["at"]), event: $0["event"], words: StoredWords.decode($0["words"])) }
            let reservations = try db.cachedRows(sql: "SELECT * FROM reservation WHERE amazonOrderId = ? ORDER BY productSku", arguments: [amazonOrderId])
                .map { Reservation(amazonOrderId: $0["amazonOrderId"], sku: $0["productSku"], quantity: $0["quantity"]) }
            return OrderDetail(
                order: order, local: try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db),
                importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: Self.blockers(row),
                history: history, reservations: reservations, shipments: try Self.shipments(of: order, db: db))
        }
    }

    /// The merchant's own packages of an order, oldest first, each with Amazon's side: reported by Amazon, accepted
    /// (the confirmation done, or a label Amazon sold), refused (the outbox message failed), or still being confirmed.
    static func shipments(of order: AmazonOrder, db: Database) throws -> [LocalShipment] {
        try db.cachedRows(sql: """
            SELECT s.*, o.state AS outboxState, o.lastError, (\(ShipmentSQL.labelSold)) AS labelSold FROM shipment s
            LEFT JOIN outbox o ON o.idempotencyKey = 'ship:' || s.amazonOrderId || ':' || s.packageReferenceId
            WHERE s.amazonOrderId = ? ORDER BY s.id
            """, arguments: [order.amazonOrderId]).map { row in
            let reference: String = row["packageReferenceId"]
            let tracking: String = row["trackingNumber"]
            let outboxState: String? = row["outboxState"]
            let atAmazon = PackageAtAmazon.of(
                inAmazonsReport: order.packages.contains { $0.packageReferenceId == reference && $0.trackingNumber == tracking },
                accepted: outboxState == OutboxState.done.rawValue || (row["labelSold"] as Bool?) == true,
                refusal: outboxState == OutboxState.failed.rawValue ? (row["lastError"] as String?) ?? tr("store.no-reason-given") : nil)
            let items: String = row["items"]
            return LocalShipment(
                packageReferenceId: reference, carrier: row["carrierName"] ?? row["carrierCode"], trackingNumber: tracking,
                shipDate: Date(timeIntervalSince1970: row["shipDate"]),
                items: (try? JSONDecoder().decode([PackageLine].self, from: Data(items.utf8))) ?? [], atAmazon: atAmazon)
        }
    }
}
