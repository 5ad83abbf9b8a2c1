import Foundation
import GRDB
import MerchantCore

/// One line of the orders list.
public struct OrderSummary: Sendable, Equatable, Codable {
    public var amazonOrderId: String
    public var status: AmazonOrderStatus
    public var localStatus: LocalOrderStatus?
    public var fulfillmentChannel: FulfillmentChannel
    public var marketplaceId: String
    public var purchaseDate: Date
    public var latestShipDate: Date?
    /// Amazon's delivery window promised to the buyer, when it gave one (v25).
    public var earliestDeliveryDate: Date? = nil
    public var latestDeliveryDate: Date? = nil
    public var buyerName: String?
    public var itemCount: Int
    public var total: Money?
    public var importState: ImportState
    public var blockers: [String]
    /// Units shipped by our own record: a shipment the merchant made counts at once, before Amazon confirms it.
    public var unitsShipped: Int = 0
    /// Units Amazon reports shipped (it may lag behind ours until the next sync).
    public var unitsShippedAtAmazon: Int = 0
    /// The merchant's packages that Amazon neither reports nor has accepted yet (sent, queued or refused).
    public var packagesNotAccepted: Int = 0
    /// The buyer asks to cancel, while that stands (`BuyerCancelRequest`).
    public var buyerCancelRequest: BuyerCancelRequest?
    /// Where the order sits in the search index: newest first, the key search pages by.
    public var searchKey: Int64?

    /// Every unit shipped, by our own record or Amazon's.
    public var isShippedInFull: Bool { itemCount > 0 && unitsShipped >= itemCount || status == .shipped }

    /// Still to be shipped by someone: its ship-by deadline matters (R15). An order the merchant shipped in full
    /// or cancelled is not, whatever Amazon still says.
    public var isOpenToShip: Bool {
        (status == .unshipped || status == .partiallyShipped) && !isShippedInFull && localStatus != .cancelled
    }

    /// Amazon's status as the merchant reads it: Amazon's own, or "confirming…" / "confirmed" while its report lags
    /// behind the merchant's shipments (MerchantCore's rule).
    public var amazonStatusShown: AmazonStatusShown {
        AmazonStatusShown.of(status, unitsShipped: unitsShipped, unitsShippedAtAmazon: unitsShippedAtAmazon, packagesNotAccepted: packagesNotAccepted)
    }
}

/// Which orders a list shows.
public enum OrderFilter: Sendable, Equatable {
    case all
    case status(AmazonOrderStatus)
    case importState(ImportState)
    /// Orders whose payment Amazon has not confirmed: `Pending` and pre-orders (`PendingAvailability`), R8 and R10.
    case awaitingPayment
    /// Orders whose buyer asks to cancel (`BuyerCancelRequest`).
    case buyerCancelRequest

    /// Parses what a merchant types, in the words the console's filter shows (`OrderFilterName`):
    /// `unshipped`, `part-shipped` (or the older `partially-shipped`), `pending`, `blocked`, `read-only`...
    public static func parse(_ text: String) -> OrderFilter? {
        OrderFilterName.parse(text).map(OrderFilter.init)
    }

    /// The list a name stands for.
    public init(_ name: OrderFilterName) {
        switch name {
        case .all: self = .all
        case .unshipped: self = .status(.unshipped)
        case .pending: self = .awaitingPayment
        case .cancelRequested: self = .buyerCancelRequest
        case .blocked: self = .importState(.blocked)
        case .partShipped: self = .status(.partiallyShipped)
        case .shipped: self = .status(.shipped)
        case .cancelled: self = .status(.cancelled)
        case .readOnly: self = .importState(.readOnly)
        case .beforeConnection: self = .importState(.beforeConnection)
        case .preOrder: self = .status(.pendingAvailability)
        case .unfulfillable: self = .status(.unfulfillable)
        case .imported: self = .importState(.imported)
        case .reserved: self = .importState(.reserved)
        }
    }

    /// The name of this list, as the console's filter shows it and `--status` takes it.
    public var name: OrderFilterName? { OrderFilterName.allCases.first { OrderFilter($0) == self } }
}

/// The order of a list: newest purchase first, or the most urgent ship-by deadline first (open orders only).
public enum OrderSort: String, Sendable, CaseIterable {
    case newest, urgency
}

/// Where a window of the list starts: the last row of the previous window.
public struct OrderCursor: Sendable, Equatable {
    public var key: Double
    public var amazonOrderId: String
    public init(key: Double, amazonOrderId: String) {
        self.key = key
        self.amazonOrderId = amazonOrderId
    }
}

extension MerchantStore {
    /// A window of the orders list after `cursor` (keyset pagination: no OFFSET, the cost does not grow with the position).
    public func orders(filter: OrderFilter = .all, sort: OrderSort = .newest, after cursor: OrderCursor? = nil, limit: Int = 50) throws -> [OrderSummary] {
        try window(filter: filter, sort: sort, cursor: cursor, backwards: false, limit: limit)
    }

    /// The rows before `cursor` in the list's order, nearest first; with no cursor, the list's last rows
    /// (the oldest, or the least urgent), last first. Keyset backwards on the same index: no OFFSET, no count.
    ///
    ///     let tail = try store.orders(filter: .all, sort: .newest, before: nil, limit: 21)   // the 21 oldest, oldest first
    public func orders(filter: OrderFilter = .all, sort: OrderSort = .newest, before cursor: OrderCursor?, limit: Int = 50) throws -> [OrderSummary] {
        try window(filter: filter, sort: sort, cursor: cursor, backwards: true, limit: limit)
    }

    private func window(filter: OrderFilter, sort: OrderSort, cursor: OrderCursor?, backwards: Bool, limit: Int) throws -> [OrderSummary] {
        let (sql, args) = Self.windowSQL(filter: filter, sort: sort, cursor: cursor, backwards: backwards, limit: limit)
        return try pool.read { db in try db.cachedRows(sql: sql, arguments: args).map(Self.summary) }
    }

    /// The statement of a list window. Each reads its rows in the order of an index and stops at the limit:
    /// no sort of all matching rows (WindowPlanTests).
    static func windowSQL(filter: OrderFilter, sort: OrderSort, cursor: OrderCursor?, backwards: Bool, limit: Int) -> (String, StatementArguments) {
        var conditions: [String] = []
        var args: [any DatabaseValueConvertible] = []
        var index = ""
        switch filter {
        case .all: break
        case .status(let s): conditions.append("a.status = ?"); args.append(s.rawValue)
        case .importState(let s): conditions.append("a.importState = ?"); args.append(s.rawValue)
        case .awaitingPayment: conditions.append("a.status IN \(StatusSQL.awaitingPayment)")
        case .buyerCancelRequest: conditions.append(cancelRequested)
        }
        // The list's own direction, and the comparison that continues it; backwards both turn round.
        let (columns, descending): (String, Bool)
        switch sort {
        case .newest:
            (columns, descending) = ("a.purchaseDate, a.amazonOrderId", true)
            if filter == .awaitingPayment { index = "INDEXED BY amazonOrder_awaitingPayment" }
            if filter == .buyerCancelRequest { index = "INDEXED BY amazonOrder_cancelRequested" }
        case .urgency:
            (columns, descending) = ("a.latestShipDate, a.amazonOrderId", false)
            conditions.append("a.status IN \(StatusSQL.toShip) AND a.latestShipDate IS NOT NULL AND \(stillToShip)")
            // Left to itself SQLite took the status index and sorted every open order on each key press.
            index = "INDEXED BY amazonOrder_toShip"
        }
        let down = descending != backwards
        if let cursor { conditions.append("(\(columns)) \(down ? "<" : ">") (?, ?)"); args += [cursor.key, cursor.amazonOrderId] }
        let direction = down ? "DESC" : "ASC"
        let order = columns.split(separator: ",").map { "\($0.trimmingCharacters(in: .whitespaces)) \(direction)" }.joined(separator: ", ")
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        args.append(limit)
        return ("""
            SELECT a.*, l.status AS localStatus, \(shippedColumns) FROM amazonOrder a \(index) LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
            \(whereClause) ORDER BY \(order) LIMIT ?
            """, StatementArguments(args))
    }

    /// Not shipped in full by the merchant's own record, nor cancelled by the merchant: Amazon's status may
    /// still say unshipped until it confirms, but the order is done (`l`: the local order, if any).
    static let stillToShip = """
        (l.id IS NULL OR (l.status <> \(StatusSQL.localCancelled) AND EXISTS (
            SELECT 1 FROM localOrderLine x WHERE x.localOrderId = l.id AND x.quantityShipped < x.quantity)))
        """

    /// The buyer asks to cancel: the condition of the partial index `amazonOrder_cancelRequested` (v18), word for word.
    static let cancelRequested = "a.buyerCancelRequested = 1"

    /// Units shipped by our record and by Amazon's, per row (`a`: the Amazon order, `l`: its local order).
    static let shippedColumns = """
        COALESCE((SELECT SUM(x.quantityShipped) FROM localOrderLine x WHERE x.localOrderId = l.id), 0) AS localShipped,
        (SELECT COALESCE(SUM(i.quantityShipped), 0) FROM amazonOrderItem i WHERE i.amazonOrderId = a.amazonOrderId) AS amazonShipped,
        \(ShipmentSQL.packagesNotAccepted) AS packagesNotAccepted
        """

    /// How many orders a list holds: its filter, and for the urgency sort only the orders still to ship.
    /// Newest first reads the counts the triggers keep; urgency counts the entries of its own partial index.
    public func orderCount(filter: OrderFilter, sort: OrderSort) throws -> Int {
        try pool.read { db in
            switch sort {
            case .newest:
                let bucket: String
                switch filter {
                case .all: return try db.cachedValue(Int.self, sql: "SELECT COALESCE(SUM(n), 0) FROM orderCount WHERE bucket LIKE 'status:%'") ?? 0
                case .awaitingPayment:
                    return try db.cachedValue(Int.self, sql: "SELECT COALESCE(SUM(n), 0) FROM orderCount WHERE bucket IN (?, ?)",
                                              arguments: StatementArguments([AmazonOrderStatus.pending, .pendingAvailability].map { "status:" + $0.rawValue })) ?? 0
                case .status(let s): bucket = "status:" + s.rawValue
                case .importState(let s): bucket = "import:" + s.rawValue
                case .buyerCancelRequest:
                    // Few orders at any time: counted from their own partial index.
                    return try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM amazonOrder a INDEXED BY amazonOrder_cancelRequested WHERE a.buyerCancelRequested = 1") ?? 0
                }
                return try db.cachedValue(Int.self, sql: "SELECT n FROM orderCount WHERE bucket = ?", arguments: [bucket]) ?? 0
            case .urgency:
                var conditions = ["a.status IN \(StatusSQL.toShip)", "a.latestShipDate IS NOT NULL", Self.stillToShip]
                var args: [any DatabaseValueConvertible] = []
                switch filter {
                case .all: break
                case .status(let s): conditions.append("a.status = ?"); args.append(s.rawValue)
                case .importState(let s): conditions.append("a.importState = ?"); args.append(s.rawValue)
                case .awaitingPayment: conditions.append("a.status IN \(StatusSQL.awaitingPayment)")
                case .buyerCancelRequest: conditions.append(Self.cancelRequested)
                }
                let whereClause = conditions.joined(separator: " AND ")
                return try db.cachedValue(Int.self, sql: """
                    SELECT COUNT(*) FROM amazonOrder a INDEXED BY amazonOrder_toShip LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
                    WHERE \(whereClause)
                    """, arguments: StatementArguments(args)) ?? 0
            }
        }
    }

    /// The cursor that continues a list after `row`.
    public static func cursor(after row: OrderSummary, sort: OrderSort) -> OrderCursor {
        switch sort {
        case .newest: OrderCursor(key: row.purchaseDate.timeIntervalSince1970, amazonOrderId: row.amazonOrderId)
        case .urgency: OrderCursor(key: row.latestShipDate?.timeIntervalSince1970 ?? 0, amazonOrderId: row.amazonOrderId)
        }
    }

    static func blockers(_ row: Row) -> [String] {
        guard let text: String = row["blockers"] else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    static func summary(_ row: Row) -> OrderSummary {
        let currency: String? = row["currency"]
        let total: Int64? = row["totalMinor"]
        let latest: Double? = row["latestShipDate"]
        let earliestDelivery: Double? = row["earliestDeliveryDate"]
        let latestDelivery: Double? = row["latestDeliveryDate"]
        let local: String? = row["localStatus"]
        return OrderSummary(
            amazonOrderId: row["amazonOrderId"], status: AmazonOrderStatus(rawValue: row["status"]) ?? .pending,
            localStatus: local.flatMap(LocalOrderStatus.init(rawValue:)),
            fulfillmentChannel: FulfillmentChannel(rawValue: row["fulfillmentChannel"]) ?? .merchant,
            marketplaceId: row["marketplaceId"], purchaseDate: Date(timeIntervalSince1970: row["purchaseDate"]),
            latestShipDate: latest.map { Date(timeIntervalSince1970: $0) }, earliestDeliveryDate: earliestDelivery.map { Date(timeIntervalSince1970: $0) },
            latestDeliveryDate: latestDelivery.map { Date(timeIntervalSince1970: $0) }, buyerName: row["buyerName"], itemCount: row["itemCount"],
            total: total.flatMap { t in currency.map { Money(minorUnits: t, currency: $0) } },
            importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: blockers(row),
            unitsShipped: max(row["localShipped"] ?? 0, row["amazonShipped"] ?? 0), unitsShippedAtAmazon: row["amazonShipped"] ?? 0,
            packagesNotAccepted: row["packagesNotAccepted"] ?? 0,
            buyerCancelRequest: AmazonOrderTable.cancelRequest(row), searchKey: row["searchKey"])
    }
}
