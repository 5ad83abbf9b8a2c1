import Foundation
import MerchantCore
import MerchantStore

/// One order list: a window of rows read by keyset from the store, never the whole list.
///
/// `anchors` is the way back: each entry is where a window started and how many rows the move
/// that left it went, so Up at the top of a window returns exactly to the row above.
public struct OrderList: Sendable, Equatable {
    public var filter: OrderFilter
    public var sort: OrderSort = .newest
    /// Applied search text: rows are then the matches, newest first, read in keyset windows like the list.
    public var search: String?
    /// How many orders the list holds (its filter, its sort, its search), as the store counted them with the
    /// last window; nil until read.
    public var count: Int?
    public var anchors: [Anchor] = []
    public var rows: [OrderSummary] = []
    /// Index into `rows` of the selected order.
    public var selected = 0
    /// First row shown: a keyset window starts at its first row.
    public var top = 0
    public var loaded = false
    /// Set by a move that shifts the window: the row to select once it is read (instead of following the id).
    public var selectOnLoad: Int?
    /// The first anchor was reached from the list's end (G), not from its top: above it, the list is
    /// read backwards from the window's first row rather than popped.
    public var fromEnd = false
    /// A backwards read under way: how many rows the window moves up (`Int.max`: to the end of the list).
    public var stepUp: Int?
    /// Marked orders (Space), by id, in the order they were marked: `s` ships them all.
    public var marked: [String] = []

    public struct Anchor: Sendable, Equatable {
        public var cursor: OrderCursor
        public var step: Int
    }

    init(filter: OrderFilter) { self.filter = filter }

    public var selectedOrder: OrderSummary? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// The read of the rows above the window (`before` its first row), or of the list's last rows.
    func queryAbove(limit: Int) -> OrdersQuery {
        let first = stepUp == Int.max ? nil : rows.first.map(cursor(after:))
        return OrdersQuery(filter: filter, sort: sort, search: search, after: first, limit: limit)
    }

    func query(limit: Int) -> OrdersQuery {
        OrdersQuery(filter: filter, sort: sort, search: search, after: anchors.last?.cursor, limit: limit)
    }

    /// Where a window continues after `row`: in the list's order, or in the search index's (newest first).
    func cursor(after row: OrderSummary) -> OrderCursor {
        search == nil ? MerchantStore.cursor(after: row, sort: sort) : MerchantStore.searchCursor(after: row)
    }
}

/// The two order lists the console keeps: the Orders pane's and the Pending pane's.
public enum ListKind: Sendable, Equatable {
    case orders, pending
}

/// Which window of orders to read: a keyset window after `after`, of the list or of a search's matches.
public struct OrdersQuery: Sendable, Equatable {
    public var filter: OrderFilter
    public var sort: OrderSort
    public var search: String?
    public var after: OrderCursor?
    public var limit: Int
}

extension ConsoleState {
    /// The list the current pane shows, if it shows one.
    var currentList: ListKind? {
        switch pane {
        case .orders: .orders
        case .pending: .pending
        default: nil
        }
    }

    func list(_ kind: ListKind) -> OrderList { kind == .orders ? orders : pending }

    mutating func modifyList(_ kind: ListKind, _ change: (inout OrderList) -> Void) {
        if kind == .orders { change(&orders) } else { change(&pending) }
    }
}
