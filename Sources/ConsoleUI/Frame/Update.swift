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
            detailLoaded(&s, id, detail, refunds)
        case .outboxLoaded(let messages, let activity):
            outboxLoaded(&s, messages, activity)
        case .settings(let message):
            effects = settingsMessage(&s, message)
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
            askShipAnyway(&s, request, reason, why: .parcel)
        case .buyerAsksToCancel(let request, let reason):
            askShipAnyway(&s, request, reason, why: .buyerAsksToCancel)
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
        guard let binding = KeyBindings.binding(for: key, in: s.scope) else {
            s.flash = Flash(text: KeyBindings.notHere(key), kind: .info)
            return []
        }
        if let reason = binding.whyNot(s) {
            binding.sayWhyNot(&s, key, reason)
            return []
        }
        return binding.act(&s, key)
    }

    /// Tab and Shift-Tab: the pane `step` places on, round the tabs.
    static func switchPane(_ s: inout ConsoleState, by step: Int) -> [Effect] {
        let all = Pane.allCases
        return switchPane(&s, all[(all.firstIndex(of: s.pane)! + step) % all.count])
    }

    static func switchPane(_ s: inout ConsoleState, _ pane: Pane) -> [Effect] {
        s.pane = pane
        s.detail = nil
        return reloadVisible(s)
    }

    /// The reads that refresh what the current pane shows.
    static func reloadVisible(_ s: ConsoleState) -> [Effect] {
        s.pane.room.reload(s) + (s.detail.map { [.loadDetail($0.orderId)] } ?? [])
    }
}
