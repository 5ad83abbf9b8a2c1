/// What a key does. One table (`KeyBindings.all`) maps keys to actions and drives the handlers,
/// the `?` overlay, the footer hints and the "not here because..." messages.
public enum Action: Hashable, Sendable {
    case quit, help, nextPane, previousPane, goToPane(Pane), redraw, syncNow, syncProblem
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, search, cycleFilter, filterBlocked, toggleSort
    case toggle, intervalShorter, toggleSyncActivity
    /// `F`: the status filters backwards; →/+ in Settings: a longer sync interval.
    case cycleFilterBack, intervalLonger
    /// Ctrl-Z: back to the shell until `fg` (the terminal loop does it); in a dialog: the text field's editing keys.
    case suspend, editText
    case ship, cancelOrder, mark, refund
    /// In the Shop pane.
    case shipShopOrder, cancelFulfillment
    /// In a dialog.
    case confirm, dismiss, nextField, previousField, choosePrevious, chooseNext
}

/// Where a binding works.
public enum Scope: Hashable, Sendable, CaseIterable {
    case everywhere, orders, pending, refunds, detail, settings, outbox, shop, dialog

    var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .orders: "Orders"
        case .pending: "Pending"
        case .refunds: "Refunds"
        case .detail: "An opened order"
        case .settings: "Settings"
        case .outbox: "Outbox"
        case .shop: "Shop"
        case .dialog: "In a dialog (typing goes into the field)"
        }
    }

    /// Where the binding works, as a sentence says it: "in Orders, Pending and an opened order".
    var place: String {
        switch self {
        case .detail: "an opened order"
        case .dialog: "a dialog"
        default: title
        }
    }
}

/// One row of the table.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scopes: Set<Scope>
    /// What the help overlay says.
    public var help: String
    /// The footer's short word, when the key is worth a hint there.
    public var hint: String?

    /// How the overlay writes the keys ("j/↓").
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

public enum KeyBindings {
    static let lists: Set<Scope> = [.orders, .pending]
    static let scrolling: Set<Scope> = [.orders, .pending, .refunds, .detail, .settings, .outbox, .shop]
    /// Where an order can be acted on; the rules say when it cannot (R4, R10, R14, R17).
    static let orderActions: Set<Scope> = [.orders, .pending, .detail]

    public static let all: [KeyBinding] = [
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, scopes: [.everywhere], help: "quit", hint: "quit"),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, scopes: [.everywhere], help: "show every key", hint: "help"),
        KeyBinding(keys: [.tab], action: .nextPane, scopes: [.everywhere], help: "next pane", hint: "pane"),
        KeyBinding(keys: [.backTab], action: .previousPane, scopes: [.everywhere], help: "previous pane", hint: nil),
        KeyBinding(keys: Pane.allCases.map { .character(Character(String($0.rawValue))) }, action: .goToPane(.orders),
                   scopes: [.everywhere], help: "Orders, Pending, Refunds, Settings, Outbox, Shop", hint: nil),
        KeyBinding(keys: [.character("R")], action: .syncNow, scopes: [.everywhere], help: "sync with Amazon now", hint: "sync"),
        KeyBinding(keys: [.character("e")], action: .syncProblem, scopes: [.everywhere],
                   help: "what went wrong in the last sync, in full", hint: nil),
        KeyBinding(keys: [.control("l")], action: .redraw, scopes: [.everywhere], help: "redraw the screen", hint: nil),
        KeyBinding(keys: [.control("z")], action: .suspend, scopes: [.everywhere], help: "suspend (fg in the shell brings it back)", hint: nil),
        KeyBinding(keys: [.character("k"), .up], action: .moveUp, scopes: scrolling, help: "up", hint: nil),
        KeyBinding(keys: [.character("j"), .down], action: .moveDown, scopes: scrolling, help: "down", hint: "move"),
        KeyBinding(keys: [.pageUp, .control("b")], action: .pageUp, scopes: scrolling, help: "page up", hint: nil),
        KeyBinding(keys: [.pageDown, .control("f")], action: .pageDown, scopes: scrolling, help: "page down", hint: nil),
        KeyBinding(keys: [.character("g"), .home], action: .top, scopes: scrolling, help: "first row (newest)", hint: nil),
        KeyBinding(keys: [.character("G"), .end], action: .bottom, scopes: scrolling, help: "last row (oldest; least urgent)", hint: nil),
        KeyBinding(keys: [.enter], action: .open, scopes: lists, help: "open the order", hint: "open"),
        KeyBinding(keys: [.enter], action: .open, scopes: [.refunds],
                   help: "a request: refund it; another entry: open its order", hint: "open"),
        KeyBinding(keys: [.enter], action: .open, scopes: [.detail], help: "a blocked order: fix what blocks it", hint: nil),
        KeyBinding(keys: [.character("s")], action: .ship, scopes: orderActions,
                   help: "ship the order, or every marked order at once", hint: "ship"),
        KeyBinding(keys: [.character("c")], action: .cancelOrder, scopes: orderActions,
                   help: "cancel the order, refunding the buyer (asks first)", hint: "cancel"),
        KeyBinding(keys: [.character("r")], action: .refund, scopes: orderActions.union([.refunds]),
                   help: "refund the order: amount, Amazon's reason (asks first)", hint: "refund"),
        KeyBinding(keys: [.character(" ")], action: .mark, scopes: [.orders], help: "mark or unmark the order (s ships the marked)", hint: nil),
        KeyBinding(keys: [.escape], action: .back, scopes: [.detail, .orders], help: "back; clears a search, then the marks", hint: "back"),
        KeyBinding(keys: [.character("/")], action: .search, scopes: [.orders], help: "search: order id, buyer, SKU, ASIN, title", hint: "search"),
        KeyBinding(keys: [.character("f")], action: .cycleFilter, scopes: [.orders], help: "filter by status (cycles)", hint: "filter"),
        KeyBinding(keys: [.character("F")], action: .cycleFilterBack, scopes: [.orders], help: "filter by status, cycling backwards", hint: nil),
        KeyBinding(keys: [.character("b")], action: .filterBlocked, scopes: [.orders], help: "only orders that cannot be imported", hint: nil),
        KeyBinding(keys: [.character("o")], action: .toggleSort, scopes: [.orders], help: "sort: newest or ship-by urgency", hint: "sort"),
        KeyBinding(keys: [.character(" "), .enter], action: .toggle, scopes: [.settings], help: "switch on/off (saved at once)", hint: "toggle"),
        KeyBinding(keys: [.character("s")], action: .shipShopOrder, scopes: [.shop],
                   help: "ship a shop order you fulfil: carrier, tracking, date; the whole order", hint: "ship"),
        KeyBinding(keys: [.character("x")], action: .cancelFulfillment, scopes: [.shop],
                   help: "cancel Amazon's fulfillment of a shop order, to ship it yourself (asks first)", hint: "cancel FBA"),
        KeyBinding(keys: [.character("a")], action: .toggleSyncActivity, scopes: [.outbox],
                   help: "activity: what you did, or the sync's housekeeping too", hint: "all/yours"),
        KeyBinding(keys: [.left, .character("-")], action: .intervalShorter, scopes: [.settings], help: "sync interval: shorter", hint: nil),
        KeyBinding(keys: [.right, .character("+")], action: .intervalLonger, scopes: [.settings], help: "sync interval: longer", hint: nil),
        KeyBinding(keys: [.enter], action: .confirm, scopes: [.dialog], help: "confirm (a question: only Yes acts)", hint: "confirm"),
        KeyBinding(keys: [.escape], action: .dismiss, scopes: [.dialog], help: "close; nothing is changed", hint: "close"),
        KeyBinding(keys: [.tab, .down], action: .nextField, scopes: [.dialog], help: "next field", hint: "next"),
        KeyBinding(keys: [.backTab, .up], action: .previousField, scopes: [.dialog], help: "previous field", hint: nil),
        KeyBinding(keys: [.left], action: .choosePrevious, scopes: [.dialog], help: "previous choice; one unit less", hint: nil),
        KeyBinding(keys: [.right], action: .chooseNext, scopes: [.dialog], help: "next choice; one unit more", hint: "choose"),
        KeyBinding(keys: [.home, .end, .control("u")], action: .editText, scopes: [.dialog],
                   help: "in a text field: ←/→, Home and End move the cursor, typing goes in at it, ^U clears the field", hint: nil),
    ]

    /// The bindings that work in `scope`, the pane's own first.
    static func active(in scope: Scope) -> [KeyBinding] {
        // A dialog has its own keys only: letters are typing there, not commands.
        let everywhere = scope == .dialog ? [] : all.filter { $0.scopes.contains(.everywhere) }
        return all.filter { $0.scopes.contains(scope) } + everywhere
    }

    /// The action of a key in a scope, if any.
    static func action(for key: Key, in scope: Scope) -> Action? {
        guard let binding = active(in: scope).first(where: { $0.keys.contains(key) }) else { return nil }
        if binding.action == .goToPane(.orders), case .character(let c) = key, let n = Int(String(c)), let pane = Pane(rawValue: n) {
            return .goToPane(pane)
        }
        return binding.action
    }
}

extension ConsoleState {
    /// The scope the keys act in now.
    var scope: Scope {
        if dialog != nil { return .dialog }
        if detail != nil { return .detail }
        switch pane {
        case .orders: return .orders
        case .pending: return .pending
        case .refunds: return .refunds
        case .settings: return .settings
        case .outbox: return .outbox
        case .shop: return .shop
        }
    }

    /// Why an action does nothing here, in a merchant's words; nil when it works.
    func unavailable(_ action: Action) -> String? {
        switch action {
        case .open:
            if let kind = currentList, list(kind).rows.isEmpty { return "there is no order here to open" }
            if pane == .refunds, detail == nil, refunds.selectedItem == nil { return "there is no refund here" }
            if let opened = detail, opened.detail?.importState != .blocked { return "only a blocked order has something to fix" }
        case .toggleSort:
            if orders.search != nil { return "search results are always newest first: Esc clears the search" }
        case .cycleFilter, .filterBlocked, .cycleFilterBack:
            if orders.search != nil { return "filters apply to the list, not to search results: Esc clears the search" }
        case .syncNow:
            if !sync.enabled { return "there is no Amazon connection to sync with here" }
            if sync.running { return "a sync is already running" }
        case .syncProblem:
            return Console.noSyncProblem(self)
        case .back:
            if detail == nil && orders.search == nil && orders.marked.isEmpty { return "nothing to go back to: this is the list" }
        case .ship, .cancelOrder, .mark, .refund:
            return unavailableOrderAction(action)
        case .shipShopOrder, .cancelFulfillment:
            return unavailableShopAction()
        case .intervalShorter, .intervalLonger:
            if overview.settings != nil, SettingsRows.row(self, settings.selected) != .setting(.syncInterval) {
                return "it changes the sync interval: select that row first"
            }
        default: break
        }
        return nil
    }
}
