import Foundation
import MerchantCore
import MerchantStore

/// The panes, in the order Tab and the digit keys reach them.
public enum Pane: Int, CaseIterable, Sendable {
    case orders = 1, pending, refunds, settings, outbox, shop, pick

    public var title: String {
        switch self {
        case .orders: tr("frame.pane.orders")
        case .pending: tr("frame.pane.pending")
        case .refunds: tr("frame.pane.refunds")
        case .settings: tr("frame.pane.settings")
        case .outbox: tr("frame.pane.outbox")
        case .shop: tr("frame.pane.shop")
        case .pick: tr("pick.pane")
        }
    }

    /// The pane's name on its tab: the title, or a shorter word where six long ones would not fit 80 columns.
    var tabTitle: String {
        switch self {
        case .orders: tr("frame.tab.orders")
        case .pending: tr("frame.tab.pending")
        case .refunds: tr("frame.tab.refunds")
        case .settings: tr("frame.tab.settings")
        case .outbox: tr("frame.tab.outbox")
        case .shop: tr("frame.tab.shop")
        case .pick: tr("pick.tab")
        }
    }
}

/// The whole console as a value: what `view` draws and `update` changes.
public struct ConsoleState: Sendable, Equatable {
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
    /// What to take from the shelves for the orders still to ship, bin by bin.
    public var pick = PickPane()
    public var overview = Overview()
    /// The search being typed after `/`; nil when not typing.
    public var searchInput: String?
    /// A dialog over the pane (ship, cancel, a notice); while open it takes every key.
    public var dialog: Dialog?
    /// R16's reminder is shown in the first ship dialog of a session, not again.
    public var shipReminderShown = false
    /// The carrier last shipped with: the next ship dialog starts on it.
    public var lastCarrier = 0
    /// Labels queued from the console and not yet saved: each tick asks how far they came, to say where each went.
    public var labelsBeingBought: [Int64] = []
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
    /// Pack mode (`P`), over the pane while open: scans check an order's units before its ship dialog opens.
    public var pack: PackState?
    /// Rings of the terminal bell asked for so far (a wrong scan in pack mode): the terminal loop rings each new one.
    public var bells = 0
    /// Rows a turn of the wheel still has to move (negative: up), after the window being read.
    var wheelPending = 0

    public init(size: Size, now: Date, syncEnabled: Bool) {
        self.size = size
        self.now = now
        sync = SyncSchedule(enabled: syncEnabled, running: false, nextDue: syncEnabled ? now : nil)
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
