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
    public var buyerName: String?
    public var itemCount: Int
    public var total: Money?
    public var importState: ImportState
    public var blockers: [String]
}

/// Which orders a list shows.
public enum OrderFilter: Sendable, Equatable {
    case all
    case status(AmazonOrderStatus)
    case importState(ImportState)
    /// Orders whose payment Amazon has not confirmed: `Pending` and pre-orders (`PendingAvailability`), R8 and R10.
    case awaitingPayment

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

/// An order with everything the detail view shows.
public struct OrderDetail: Sendable, Equatable {
    public var order: AmazonOrder
    public var local: LocalOrder?
    public var importState: ImportState
    public var blockers: [String]
    public var history: [(at: Date, event: String)]
    public var reservations: [Reservation]

    public static func == (a: OrderDetail, b: OrderDetail) -> Bool {
        a.order == b.order && a.local == b.local && a.importState == b.importState && a.blockers == b.blockers
            && a.history.map(\.event) == b.history.map(\.event) && a.reservations == b.reservations
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
        case .awaitingPayment: conditions.append("a.status IN ('PENDING', 'PENDING_AVAILABILITY')")
        }
        // The list's own direction, and the comparison that continues it; backwards both turn round.
        let (columns, descending): (String, Bool)
        switch sort {
        case .newest:
            (columns, descending) = ("a.purchaseDate, a.amazonOrderId", true)
            if filter == .awaitingPayment { index = "INDEXED BY amazonOrder_awaitingPayment" }
        case .urgency:
            (columns, descending) = ("a.latestShipDate, a.amazonOrderId", false)
            conditions.append("a.status IN ('UNSHIPPED', 'PARTIALLY_SHIPPED') AND a.latestShipDate IS NOT NULL")
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
            SELECT a.*, l.status AS localStatus FROM amazonOrder a \(index) LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
            \(whereClause) ORDER BY \(order) LIMIT ?
            """, StatementArguments(args))
    }

    /// The cursor that continues a list after `row`.
    public static func cursor(after row: OrderSummary, sort: OrderSort) -> OrderCursor {
        switch sort {
        case .newest: OrderCursor(key: row.purchaseDate.timeIntervalSince1970, amazonOrderId: row.amazonOrderId)
        case .urgency: OrderCursor(key: row.latestShipDate?.timeIntervalSince1970 ?? 0, amazonOrderId: row.amazonOrderId)
        }
    }

    /// Orders matching free text (order id, buyer, SKU, ASIN, title), newest first.
    /// `jurg` finds Jürgen; `太郎` finds 山田太郎; a Thai fragment finds the whole name.
    public func search(_ text: String, limit: Int = 50) throws -> [OrderSummary] {
        return try pool.read { db in
            let match = try SearchText.match(text) { word in
                try db.cachedValue(Bool.self, sql: """
                    SELECT EXISTS (SELECT 1 FROM product WHERE sku = ? COLLATE NOCASE)
                        OR EXISTS (SELECT 1 FROM skuMapping WHERE amazonSku = ? COLLATE NOCASE)
                    """, arguments: [word, word]) ?? false
            }
            guard let match else { return [] }
            return try db.cachedRows(sql: """
                SELECT a.*, l.status AS localStatus
                FROM (SELECT rowid AS searchKey FROM orderSearch WHERE orderSearch MATCH ? ORDER BY rowid DESC LIMIT ?) hit
                JOIN amazonOrder a ON a.searchKey = hit.searchKey LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
                ORDER BY hit.searchKey DESC
                """, arguments: [match, limit]).map(Self.summary)
        }
    }

    /// Orders per Amazon status and per import state, kept by triggers (no count over the table).
    public func orderCounts() throws -> (byStatus: [AmazonOrderStatus: Int], byImportState: [ImportState: Int]) {
        try pool.read { db in
            var byStatus: [AmazonOrderStatus: Int] = [:]
            var byImport: [ImportState: Int] = [:]
            for row in try db.cachedRows(sql: "SELECT bucket, n FROM orderCount WHERE n > 0") {
                let bucket: String = row["bucket"]
                let parts = bucket.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[0] == "status", let s = AmazonOrderStatus(rawValue: parts[1]) { byStatus[s] = row["n"] }
                if parts[0] == "import", let s = ImportState(rawValue: parts[1]) { byImport[s] = row["n"] }
            }
            return (byStatus, byImport)
        }
    }

    /// One order with its items, local order, history and reservations.
    public func orderDetail(_ amazonOrderId: String) throws -> OrderDetail {
        try pool.read { db in
            guard let row = try db.cachedRow(sql: "SELECT * FROM amazonOrder WHERE amazonOrderId = ?", arguments: [amazonOrderId]) else {
                throw StoreError.unknownOrder(amazonOrderId)
            }
            let order = try AmazonOrderTable.order(row, db: db)
            let history = try db.cachedRows(sql: "SELECT at, event FROM amazonOrderHistory WHERE amazonOrderId = ? ORDER BY id", arguments: [amazonOrderId])
                .map { (at: Date(timeIntervalSince1970: $0["at"]), event: $0["event"] as String) }
            let reservations = try db.cachedRows(sql: "SELECT * FROM reservation WHERE amazonOrderId = ? ORDER BY productSku", arguments: [amazonOrderId])
                .map { Reservation(amazonOrderId: $0["amazonOrderId"], sku: $0["productSku"], quantity: $0["quantity"]) }
            return OrderDetail(
                order: order, local: try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db),
                importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: Self.blockers(row),
                history: history, reservations: reservations)
        }
    }

    /// Every reservation, oldest first (the Pending pane).
    public func reservations() throws -> [Reservation] {
        try pool.read { db in
            try db.cachedRows(sql: "SELECT * FROM reservation ORDER BY createdAt, amazonOrderId").map {
                Reservation(amazonOrderId: $0["amazonOrderId"], sku: $0["productSku"], quantity: $0["quantity"])
            }
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
        let local: String? = row["localStatus"]
        return OrderSummary(
            amazonOrderId: row["amazonOrderId"], status: AmazonOrderStatus(rawValue: row["status"]) ?? .pending,
            localStatus: local.flatMap(LocalOrderStatus.init(rawValue:)),
            fulfillmentChannel: FulfillmentChannel(rawValue: row["fulfillmentChannel"]) ?? .merchant,
            marketplaceId: row["marketplaceId"], purchaseDate: Date(timeIntervalSince1970: row["purchaseDate"]),
            latestShipDate: latest.map { Date(timeIntervalSince1970: $0) }, buyerName: row["buyerName"], itemCount: row["itemCount"],
            total: total.flatMap { t in currency.map { Money(minorUnits: t, currency: $0) } },
            importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: blockers(row))
    }
}

extension MerchantStore {
    /// Which of these orders the store holds as pending (the sync refetches them in full once paid, R12).
    public func pendingOrderIds(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try pool.read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return Set(try String.fetchAll(db, sql: """
                SELECT amazonOrderId FROM amazonOrder WHERE status IN ('PENDING', 'PENDING_AVAILABILITY') AND amazonOrderId IN (\(marks))
                """, arguments: StatementArguments(ids)))
        }
    }
}

extension MerchantStore {
    /// The items of several orders at once, by order id.
    public func orderItems(for ids: [String]) throws -> [String: [AmazonOrderItem]] {
        try pool.read { db in
            var result: [String: [AmazonOrderItem]] = [:]
            for id in ids { result[id] = try AmazonOrderTable.find(id, db: db)?.items }
            return result
        }
    }
}
