import Foundation
import MerchantCore
import MerchantStore

/// The panes, in the order Tab and the digit keys reach them.
public enum Pane: Int, CaseIterable, Sendable {
    case orders = 1, pending, refunds, settings, outbox, shop

    public var title: String {
        switch self {
        case .orders: "Orders"
        case .pending: "Pending"
        case .refunds: "Refunds"
        case .settings: "Settings"
        case .outbox: "Outbox"
        case .shop: "Shop"
        }
    }
}

/// The whole console as a value: what `view` draws and `update` changes.
public struct ConsoleState: Sendable {
    public var size: Size
    /// The account's time, moved by ticks; relative times ("5m ago", "in 3h") count from it.
    public var now: Date
    public var pane: Pane = .orders
    public var orders = OrderList(filter: .all)
    /// Pending orders and pre-orders: every order whose payment Amazon has not confirmed (R8, R10).
    public var pending = OrderList(filter: .awaitingPayment)
    /// An order opened from Orders, Pending or Refunds; Esc closes it.
    public var detail: DetailState?
    public var settings = SettingsPane()
    public var outbox = OutboxPane()
    public var refunds = RefundsPane()
    public var shop = ShopPane()
    public var overview = Overview()
    /// The search being typed after `/`; nil when not typing.
    public var searchInput: String?
    /// A dialog over the pane (ship, cancel, a notice); while open it takes every key.
    public var dialog: Dialog?
    /// R16's reminder is shown in the first ship dialog of a session, not again.
    public var shipReminderShown = false
    /// The carrier last shipped with: the next ship dialog starts on it.
    public var lastCarrier = 0
    public var showHelp = false
    public var helpScroll = 0
    /// The line above the footer: a confirmation, a refusal, or why a key does nothing here.
    public var flash: Flash?
    public var sync: SyncSchedule
    public var quit = false
    /// "Quit?", asked when quitting would lose marks or what was typed into a dialog; over everything.
    public var quitQuestion: QuitQuestion?
    /// The open dialog has been typed into or chosen in since it opened: quitting asks first.
    public var dialogEdited = false
    /// Rows a turn of the wheel still has to move (negative: up), after the window being read.
    var wheelPending = 0

    public init(size: Size, now: Date, syncEnabled: Bool) {
        self.size = size
        self.now = now
        sync = SyncSchedule(enabled: syncEnabled, running: false, nextDue: syncEnabled ? now : nil)
    }

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

/// A message on the line above the footer.
public struct Flash: Sendable, Equatable {
    /// `warning`: the change was made, and there is something the merchant must know about it (R27).
    public enum Kind: Sendable { case info, saved, warning, refused }
    public var text: String
    public var kind: Kind
    /// Says something of a sync ("Syncing with Amazon…", what it did): one line, never over the status line, and
    /// the next sync's end replaces it with what that one did.
    public var aboutSync = false

    public init(text: String, kind: Kind, aboutSync: Bool = false) {
        self.text = text
        self.kind = kind
        self.aboutSync = aboutSync
    }
}

/// When the background sync runs next, and whether one is running.
public struct SyncSchedule: Sendable, Equatable {
    /// False when the console has no connection to sync with (tests).
    public var enabled: Bool
    public var running: Bool
    public var nextDue: Date?
    public var lastReport: SyncReport?
    /// The rate-limit wait the running sync sits in, in words; the status line shows it.
    public var waiting: String?
}

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

/// An opened order.
public struct DetailState: Sendable, Equatable {
    public var orderId: String
    public var detail: OrderDetail?
    /// Its refunds, the console's own and Amazon's apart (R23), read with it.
    public var refunds: OrderRefunds?
    public var scroll = 0
}

/// The Settings pane: which row is selected (switches, interval, then the products).
public struct SettingsPane: Sendable, Equatable {
    public var selected = 0
}

/// The Outbox pane: what Amazon has not confirmed yet, and the activity log.
public struct OutboxPane: Sendable, Equatable {
    public var messages: [OutboxMessage] = []
    public var activity: [ActivityEntry] = []
    public var scroll = 0
    /// The sync's housekeeping lines too (`a`); by default the list is what people did.
    public var showSync = false
}
