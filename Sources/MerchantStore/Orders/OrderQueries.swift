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
    /// Units shipped by our own record: a shipment the merchant made counts at once, before Amazon confirms it.
    public var unitsShipped: Int = 0
    /// Units Amazon reports shipped (it may lag behind ours until the next sync).
    public var unitsShippedAtAmazon: Int = 0
    /// Where the order sits in the search index: newest first, the key search pages by.
    public var searchKey: Int64?

    /// Every unit shipped, by our own record or Amazon's.
    public var isShippedInFull: Bool { itemCount > 0 && unitsShipped >= itemCount || status == .shipped }

    /// Still to be shipped by someone: its ship-by deadline matters (R15). An order the merchant shipped in full
    /// or cancelled is not, whatever Amazon still says.
    public var isOpenToShip: Bool {
        (status == .unshipped || status == .partiallyShipped) && !isShippedInFull && localStatus != .cancelled
    }

    /// The merchant shipped more than Amazon reports yet: Amazon's status lags until it confirms.
    public var awaitsAmazon: Bool {
        unitsShipped > unitsShippedAtAmazon && (status == .unshipped || status == .partiallyShipped)
    }
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
    /// Oldest first, as a history reads: by when each thing happened (Amazon's times and ours), then as recorded.
    public var history: [(at: Date, event: String)]
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

    /// The merchant shipped more than Amazon reports yet: Amazon's status lags until it confirms.
    public var awaitsAmazon: Bool {
        (order.status == .unshipped || order.status == .partiallyShipped) && order.items.contains { unitsShipped($0) > $0.quantityShipped }
    }

    /// Amazon's packages that are not the merchant's own shipments (shipped by Amazon, or before the connection).
    public var otherPackages: [ShipmentPackage] {
        order.packages.filter { p in !shipments.contains { $0.packageReferenceId == p.packageReferenceId && $0.trackingNumber == p.trackingNumber } }
    }

    public static func == (a: OrderDetail, b: OrderDetail) -> Bool {
        a.order == b.order && a.local == b.local && a.importState == b.importState && a.blockers == b.blockers
            && a.history.map(\.event) == b.history.map(\.event) && a.reservations == b.reservations && a.shipments == b.shipments
    }
}

/// A package the merchant shipped, as recorded the moment `ship` committed.
public struct LocalShipment: Sendable, Equatable {
    /// Where Amazon is with it.
    public enum AtAmazon: Sendable, Equatable {
        /// Not yet in Amazon's report of the order: sent at the next sync, or sent and not read back yet.
        case confirming
        /// Amazon reports the package.
        case confirmed
        /// Amazon refused the confirmation, with its words.
        case refused(String)
    }

    public var packageReferenceId: String
    public var carrier: String
    public var trackingNumber: String
    public var shipDate: Date
    public var items: [PackageLine]
    public var atAmazon: AtAmazon
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
            conditions.append("a.status IN ('UNSHIPPED', 'PARTIALLY_SHIPPED') AND a.latestShipDate IS NOT NULL AND \(stillToShip)")
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
        (l.id IS NULL OR (l.status <> 'cancelled' AND EXISTS (
            SELECT 1 FROM localOrderLine x WHERE x.localOrderId = l.id AND x.quantityShipped < x.quantity)))
        """

    /// Units shipped by our record and by Amazon's, per row (`a`: the Amazon order, `l`: its local order).
    static let shippedColumns = """
        COALESCE((SELECT SUM(x.quantityShipped) FROM localOrderLine x WHERE x.localOrderId = l.id), 0) AS localShipped,
        (SELECT COALESCE(SUM(i.quantityShipped), 0) FROM amazonOrderItem i WHERE i.amazonOrderId = a.amazonOrderId) AS amazonShipped
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
                    return try db.cachedValue(Int.self, sql: "SELECT COALESCE(SUM(n), 0) FROM orderCount WHERE bucket IN ('status:PENDING', 'status:PENDING_AVAILABILITY')") ?? 0
                case .status(let s): bucket = "status:" + s.rawValue
                case .importState(let s): bucket = "import:" + s.rawValue
                }
                return try db.cachedValue(Int.self, sql: "SELECT n FROM orderCount WHERE bucket = ?", arguments: [bucket]) ?? 0
            case .urgency:
                var conditions = ["a.status IN ('UNSHIPPED', 'PARTIALLY_SHIPPED')", "a.latestShipDate IS NOT NULL", Self.stillToShip]
                var args: [any DatabaseValueConvertible] = []
                switch filter {
                case .all: break
                case .status(let s): conditions.append("a.status = ?"); args.append(s.rawValue)
                case .importState(let s): conditions.append("a.importState = ?"); args.append(s.rawValue)
                case .awaitingPayment: conditions.append("a.status IN ('PENDING', 'PENDING_AVAILABILITY')")
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

    /// Orders matching free text (order id, buyer, SKU, ASIN, title), newest first, a window at a time:
    /// after `cursor` (`searchCursor(after:)` of the last row), like the list's keyset windows.
    /// `jurg` finds Jürgen; `太郎` finds 山田太郎; a Thai fragment finds the whole name.
    public func search(_ text: String, after cursor: OrderCursor? = nil, limit: Int = 50) throws -> [OrderSummary] {
        try searchWindow(text, cursor: cursor, backwards: false, limit: limit)
    }

    /// The matches before `cursor`, nearest first; with no cursor the oldest matches, oldest first (G).
    public func search(_ text: String, before cursor: OrderCursor?, limit: Int = 50) throws -> [OrderSummary] {
        try searchWindow(text, cursor: cursor, backwards: true, limit: limit)
    }

    /// How many orders match: counted in the search index, all of them.
    public func searchCount(_ text: String) throws -> Int {
        try pool.read { db in
            guard let match = try Self.searchMatch(text, db: db) else { return 0 }
            return try db.cachedValue(Int.self, sql: "SELECT COUNT(*) FROM orderSearch WHERE orderSearch MATCH ?", arguments: [match]) ?? 0
        }
    }

    /// Where a search window continues after `row`: its place in the search index.
    public static func searchCursor(after row: OrderSummary) -> OrderCursor {
        OrderCursor(key: Double(row.searchKey ?? 0), amazonOrderId: row.amazonOrderId)
    }

    private func searchWindow(_ text: String, cursor: OrderCursor?, backwards: Bool, limit: Int) throws -> [OrderSummary] {
        try pool.read { db in
            guard let match = try Self.searchMatch(text, db: db) else { return [] }
            // FTS5 walks its rowids (the search keys) in either direction and stops at the limit.
            let bound = cursor.map { _ in backwards ? "AND rowid > ?" : "AND rowid < ?" } ?? ""
            let direction = backwards ? "ASC" : "DESC"
            var args: [any DatabaseValueConvertible] = [match]
            if let cursor { args.append(Int64(cursor.key)) }
            args.append(limit)
            return try db.cachedRows(sql: """
                SELECT a.*, l.status AS localStatus, \(Self.shippedColumns)
                FROM (SELECT rowid AS searchKey FROM orderSearch WHERE orderSearch MATCH ? \(bound) ORDER BY rowid \(direction) LIMIT ?) hit
                JOIN amazonOrder a ON a.searchKey = hit.searchKey LEFT JOIN localOrder l ON l.amazonOrderId = a.amazonOrderId
                ORDER BY hit.searchKey \(direction)
                """, arguments: StatementArguments(args)).map(Self.summary)
        }
    }

    private static func searchMatch(_ text: String, db: Database) throws -> String? {
        try SearchText.match(text) { word in
            try db.cachedValue(Bool.self, sql: """
                SELECT EXISTS (SELECT 1 FROM product WHERE sku = ? COLLATE NOCASE)
                    OR EXISTS (SELECT 1 FROM skuMapping WHERE amazonSku = ? COLLATE NOCASE)
                """, arguments: [word, word]) ?? false
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
            let history = try db.cachedRows(sql: "SELECT at, event FROM amazonOrderHistory WHERE amazonOrderId = ? ORDER BY at, id", arguments: [amazonOrderId])
                .map { (at: Date(timeIntervalSince1970: $0["at"]), event: $0["event"] as String) }
            let reservations = try db.cachedRows(sql: "SELECT * FROM reservation WHERE amazonOrderId = ? ORDER BY productSku", arguments: [amazonOrderId])
                .map { Reservation(amazonOrderId: $0["amazonOrderId"], sku: $0["productSku"], quantity: $0["quantity"]) }
            return OrderDetail(
                order: order, local: try LocalOrderTable.find(amazonOrderId: amazonOrderId, db: db),
                importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: Self.blockers(row),
                history: history, reservations: reservations, shipments: try Self.shipments(of: order, db: db))
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

    /// The merchant's own packages of an order, oldest first, each with Amazon's side: reported by Amazon,
    /// refused (the outbox message failed), or still being confirmed.
    static func shipments(of order: AmazonOrder, db: Database) throws -> [LocalShipment] {
        try db.cachedRows(sql: """
            SELECT s.*, o.state AS outboxState, o.lastError FROM shipment s
            LEFT JOIN outbox o ON o.idempotencyKey = 'ship:' || s.amazonOrderId || ':' || s.packageReferenceId
            WHERE s.amazonOrderId = ? ORDER BY s.id
            """, arguments: [order.amazonOrderId]).map { row in
            let reference: String = row["packageReferenceId"]
            let tracking: String = row["trackingNumber"]
            let atAmazon: LocalShipment.AtAmazon
            if order.packages.contains(where: { $0.packageReferenceId == reference && $0.trackingNumber == tracking }) {
                atAmazon = .confirmed
            } else if (row["outboxState"] as String?) == OutboxState.failed.rawValue {
                atAmazon = .refused(row["lastError"] ?? "no reason given")
            } else {
                atAmazon = .confirming
            }
            let items: String = row["items"]
            return LocalShipment(
                packageReferenceId: reference, carrier: row["carrierName"] ?? row["carrierCode"], trackingNumber: tracking,
                shipDate: Date(timeIntervalSince1970: row["shipDate"]),
                items: (try? JSONDecoder().decode([PackageLine].self, from: Data(items.utf8))) ?? [], atAmazon: atAmazon)
        }
    }

    /// The pending orders whose reservation the stock cannot cover, with the shortage, by order id: paid now,
    /// each would be blocked (ReservationCover). Said at once, not when the payment comes.
    public func shortReservations() throws -> [String: [Blocker]] {
        ReservationCover.short(try reservations(), stock: Dictionary(try catalog().map { ($0.product.sku, $0.stock) }, uniquingKeysWith: { a, _ in a }))
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
            importState: ImportState(rawValue: row["importState"]) ?? .none, blockers: blockers(row),
            unitsShipped: max(row["localShipped"] ?? 0, row["amazonShipped"] ?? 0), unitsShippedAtAmazon: row["amazonShipped"] ?? 0,
            searchKey: row["searchKey"])
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
