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
            effects += watchLabels(s)
        case .dataChanged:
            effects = [.loadOverview] + reloadVisible(s)
        case .overviewLoaded(let overview):
            s.overview = overview
            s.settings.selected = min(s.settings.selected, max(0, SettingsRows.count(s) - 1))
        case .orders(let message):
            if case .shipped(let payloads) = message { packHeard(&s, shipped: payloads.map(\.amazonOrderId)) }
            effects = ordersMessage(&s, message)
        case .detail(let message):
            detailMessage(&s, message)
        case .outbox(let message):
            outboxMessage(&s, message)
        case .settings(let message):
            effects = settingsMessage(&s, message)
        case .refused(let reason):
            s.flash = Flash(text: tr("frame.refused", Sentence.end(reason)), kind: .refused)
            dialogRefused(&s, reason)
        case .loadFailed(let reason):
            s.flash = Flash(text: tr("frame.load.failed", reason), kind: .refused)
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
        case .notified(let news):
            notified(&s, news)
            effects = [.loadOverview] + reloadVisible(s)
        case .refunds(let message):
            effects = refundsMessage(&s, message)
        case .labels(let message):
            // A label bought from the dialog pack mode opened ships that order too: the mode waits for the next one.
            if case .queued(let labels, _) = message { packHeard(&s, shipped: labels.map(\.label.amazonOrderId)) }
            effects = labelsMessage(&s, message)
        case .shop(let message):
            effects = shopMessage(&s, message)
        case .pick(let message):
            pickMessage(&s, message)
        case .mouse(let mouse):
            effects = self.mouse(&s, mouse)
        case .pack(let message):
            effects = packMessage(&s, message)
        }
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
        if s.pack != nil { return packKey(&s, key) }
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
        s.pane.room.reload(s) + (s.detail.map { [.detail(.load($0.orderId))] } ?? [])
    }
}
