import Foundation
import MerchantCore
import MerchantStore

/// The console's one state transition: a message in, the next state and the effects to run out.
///
///     var (state, effects) = Console.update(state, .key(.character("2")))
///
/// Pure: no store, no terminal, no clock. Tests feed it messages and read `Console.view`.
public enum Console {
    public static func update(_ state: ConsoleState, _ message: Message) -> (ConsoleState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch message {
        case .key(let key):
            effects = handleKey(&s, key)
        case .resize(let size):
            s.size = size
            // A taller window holds more rows: read windows that fill it.
            effects = reloadVisible(s)
        case .tick(let now):
            s.now = now
            if s.sync.enabled, !s.sync.running, let due = s.sync.nextDue, now >= due {
                s.sync.running = true
                effects.append(.startSync)
            }
        case .dataChanged:
            effects = [.loadOverview] + reloadVisible(s)
        case .overviewLoaded(let overview):
            s.overview = overview
            s.settings.selected = min(s.settings.selected, max(0, SettingsRows.count(s) - 1))
        case .ordersLoaded(let kind, let query, let rows, let count):
            applyLoaded(&s, kind, query, rows, count: count)
        case .detailLoaded(let id, let detail, let refunds):
            if s.detail?.orderId == id {
                s.detail?.detail = detail
                s.detail?.refunds = refunds
            }
        case .outboxLoaded(let messages, let activity):
            s.outbox.messages = messages
            s.outbox.activity = activity
        case .settingSaved(let key, let settings):
            s.overview.settings = settings
            s.flash = Flash(text: "Saved: \(key.title) is \(settings.value(of: key)); it takes effect at the next sync.", kind: .saved)
            effects = [.loadOverview]
        case .productSaved(let product):
            productSaved(&s, product)
            effects = [.loadOverview]
        case .refused(let reason):
            s.flash = Flash(text: "Refused: \(Sentence.end(reason)) Nothing was changed.", kind: .refused)
            dialogRefused(&s, reason)
        case .loadFailed(let reason):
            s.flash = Flash(text: "Could not read the store: \(reason)", kind: .refused)
        case .amazonWaiting(let text):
            s.sync.waiting = text
        case .syncFinished(let report):
            s.sync.running = false
            s.sync.waiting = nil
            s.sync.lastReport = report
            let interval = Double(s.overview.settings?.syncIntervalSeconds ?? 60)
            s.sync.nextDue = s.now.addingTimeInterval(interval)
            syncFinished(&s, report)
            effects = [.loadOverview] + reloadVisible(s)
        case .ordersAboveLoaded(let kind, let query, let rows):
            effects = applyAbove(&s, kind, query, rows)
        case .actionPrepared(let action, let details):
            actionPrepared(&s, action, details)
        case .shipped(let payloads):
            effects = shipped(&s, payloads)
        case .parcelOfOtherOrder(let request, let reason):
            parcelOfOtherOrder(&s, request, reason)
        case .cancelled(let payload):
            effects = cancelled(&s, payload)
        case .refundsLoaded(let window):
            refundsLoaded(&s, window)
        case .refundPrepared(let detail, let refundable, let request):
            refundPrepared(&s, detail, refundable, request)
        case .refunded(let id, let amount, let outcome):
            effects = refunded(&s, id, amount, outcome)
        case .shop(let message):
            effects = shopMessage(&s, message)
        case .mouse(let mouse):
            effects = self.mouse(&s, mouse)
        case .blockedFixed(let id, let request):
            effects = blockedFixed(&s, id, request)
        }
        if case .ordersLoaded = message, effects.isEmpty { effects = wheelAfterLoad(&s) }
        // A dialog that closed takes its typing with it: the next one starts untouched.
        if s.dialog == nil { s.dialogEdited = false }
        return (s, effects)
    }

    /// What the console reads when it opens: everything the first frame shows.
    public static func start(_ state: ConsoleState) -> [Effect] {
        [.loadOverview] + reloadVisible(state)
    }

    static func handleKey(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        if s.quitQuestion != nil {
            quitQuestionKey(&s, key)
            return []
        }
        if s.searchInput != nil { return searchKey(&s, key) }
        if s.dialog != nil { return dialogKey(&s, key) }
        if s.showHelp {
            // The overlay answers only to scrolling, closing it, and quitting.
            switch key {
            case .escape, .character("?"), .character("q"), .function(1): s.showHelp = false
            case .control("c"): askOrQuit(&s)
            case .down, .character("j"), .pageDown, .character(" "): s.helpScroll += key == .pageDown || key == .character(" ") ? 10 : 1
            case .up, .character("k"), .pageUp: s.helpScroll = max(0, s.helpScroll - (key == .pageUp ? 10 : 1))
            default: break
            }
            return []
        }
        s.flash = nil
        guard let action = KeyBindings.action(for: key, in: s.scope) else {
            s.flash = Flash(text: notHere(key, s), kind: .info)
            return []
        }
        if let reason = s.unavailable(action) {
            switch action {
            // The rules' refusal of an order action is a paragraph: a box shows it whole.
            case .ship where s.detail != nil: refuse(&s, .ship, Sentence.end(reason))
            case .cancelOrder where s.detail != nil: refuse(&s, .cancel, Sentence.end(reason))
            case .refund where s.detail != nil: refuse(&s, .refund, Sentence.end(reason))
            default: s.flash = Flash(text: "\(key.label): not here, because \(reason)", kind: .info, aboutSync: action == .syncNow)
            }
            return []
        }
        return perform(&s, action)
    }

    /// The message for a key with no binding in this scope: where it does work, if anywhere.
    static func notHere(_ key: Key, _ s: ConsoleState) -> String {
        // Every place the key works, each with what it does there: "→ works in Settings (sync interval: longer)
        // and in a dialog (choose), not here."
        let uses = KeyBindings.all.filter { $0.keys.contains(key) }.map { binding in
            let places = Scope.allCases.filter { binding.scopes.contains($0) }.map(\.place)
            return (places: places, text: Format.list(places) + " (\(binding.hint ?? binding.help))")
        }
        guard !uses.isEmpty else { return "\(key.label) does nothing here. ? shows every key." }
        let only = uses.count == 1 && uses[0].places.count == 1 ? "only " : ""
        return "\(key.label) works \(only)in \(uses.map(\.text).joined(separator: " and in ")), not here. ? shows every key."
    }

    static func perform(_ s: inout ConsoleState, _ action: Action) -> [Effect] {
        switch action {
        case .quit:
            askOrQuit(&s)
            return []
        case .help:
            s.showHelp = true
            s.helpScroll = 0
            return []
        case .redraw, .suspend:
            return []  // the terminal loop redraws and suspends
        case .syncProblem:
            showSyncProblem(&s)
            return []
        case .toggleSyncActivity:
            s.outbox.showSync.toggle()
            s.outbox.scroll = 0
            return reloadVisible(s)
        case .nextPane, .previousPane:
            let all = Pane.allCases
            let i = all.firstIndex(of: s.pane)!
            return switchPane(&s, all[(i + (action == .nextPane ? 1 : all.count - 1)) % all.count])
        case .goToPane(let pane):
            return switchPane(&s, pane)
        case .syncNow:
            s.sync.running = true
            s.flash = Flash(text: "Syncing with Amazon…", kind: .info, aboutSync: true)
            return [.startSync]
        case .back:
            if s.detail != nil {
                s.detail = nil
                return []
            }
            if s.orders.search == nil {
                s.flash = Flash(text: "Unmarked \(Format.plural(s.orders.marked.count, "order")).", kind: .info)
                s.orders.marked = []
                return []
            }
            s.orders.search = nil
            return resetList(&s, .orders)
        case .search:
            s.searchInput = ""
            return []
        case .cycleFilter:
            s.orders.filter = OrderFilters.next(after: s.orders.filter)
            return resetList(&s, .orders)
        case .cycleFilterBack:
            s.orders.filter = OrderFilters.previous(before: s.orders.filter)
            return resetList(&s, .orders)
        case .filterBlocked:
            s.orders.filter = .importState(.blocked)
            return resetList(&s, .orders)
        case .toggleSort:
            s.orders.sort = s.orders.sort == .newest ? .urgency : .newest
            return resetList(&s, .orders)
        case .open where s.detail != nil:
            // Enter in an opened order: the fix of what blocks it.
            guard let d = s.detail?.detail, d.importState == .blocked else { return [] }
            openBlockedFix(&s, orderId: d.order.amazonOrderId, blockers: d.blockers)
            return []
        case .open where s.pane == .refunds:
            return openRefund(&s)
        case .open:
            guard let kind = s.currentList, let order = s.list(kind).selectedOrder else { return [] }
            s.detail = DetailState(orderId: order.amazonOrderId)
            // A blocked order opens with its fix over it (Esc leaves the order open).
            if order.importState == .blocked { openBlockedFix(&s, orderId: order.amazonOrderId, blockers: order.blockers) }
            return [.loadDetail(order.amazonOrderId)]
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            return move(&s, action)
        case .toggle, .intervalShorter, .intervalLonger:
            return settingsAction(&s, action)
        case .ship, .cancelOrder, .mark, .refund:
            return orderAction(&s, action)
        case .shipShopOrder, .cancelFulfillment:
            return shopAction(&s, action)
        case .confirm, .dismiss, .nextField, .previousField, .choosePrevious, .chooseNext, .editText:
            return []  // dialog keys: `dialogKey` answers them
        }
    }

    static func switchPane(_ s: inout ConsoleState, _ pane: Pane) -> [Effect] {
        s.pane = pane
        s.detail = nil
        return reloadVisible(s)
    }

    /// The reads that refresh what the current pane shows.
    static func reloadVisible(_ s: ConsoleState) -> [Effect] {
        var effects: [Effect] = []
        if let kind = s.currentList {
            effects.append(.loadOrders(kind, s.list(kind).query(limit: Layout.windowLimit(s, kind))))
        }
        if s.pane == .outbox { effects.append(.loadOutbox(limit: max(50, s.size.rows * 2), includeSync: s.outbox.showSync)) }
        if s.pane == .refunds { effects.append(.loadRefunds(limit: RefundsPane.windowLimit)) }
        if s.pane == .shop { effects.append(.shop(.load(limit: ShopPane.windowLimit))) }
        if let id = s.detail?.orderId { effects.append(.loadDetail(id)) }
        return effects
    }

    static func searchKey(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            s.searchInput = nil
        case .enter:
            let text = s.searchInput!.trimmingCharacters(in: .whitespaces)
            s.searchInput = nil
            s.orders.search = text.isEmpty ? nil : text
            return resetList(&s, .orders)
        case .backspace, .delete:
            if !s.searchInput!.isEmpty { s.searchInput!.removeLast() }
        case .control("u"):
            s.searchInput = ""
        case .character(let c):
            s.searchInput!.append(c)
        default:
            break
        }
        return []
    }
}

/// The status filters `f` steps through, in the order a merchant works.
enum OrderFilters {
    static let cycle: [OrderFilter] = [
        .all, .status(.unshipped), .awaitingPayment, .importState(.blocked), .status(.partiallyShipped),
        .status(.shipped), .status(.cancelled), .importState(.readOnly),
    ]

    static func next(after filter: OrderFilter) -> OrderFilter {
        let i = cycle.firstIndex(of: filter) ?? 0
        return cycle[(i + 1) % cycle.count]
    }

    /// `F`: the filter before, from the first round to the last.
    static func previous(before filter: OrderFilter) -> OrderFilter {
        let i = cycle.firstIndex(of: filter) ?? 0
        return cycle[(i + cycle.count - 1) % cycle.count]
    }

    /// The filter's name: the word `merchant orders --status` takes for the same list (`OrderFilterName`).
    static func label(_ filter: OrderFilter) -> String {
        if let name = filter.name { return name.rawValue }
        switch filter {
        case .status(let s): return s.label
        case .importState(let s): return s.rawValue
        case .all, .awaitingPayment: return "all"
        }
    }
}
