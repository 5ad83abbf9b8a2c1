import MerchantCore

/// The rows of every pane, assembled: each pane keeps its own (`OrdersPane.bindings`, `ShopPane.bindings`, …);
/// the frame's are those that work everywhere. The order is the help overlay's and the footer's.
public enum KeyBindings {
    /// Keys that work over every pane (not in a dialog, where letters are typing).
    static let everywhere: [KeyBinding] = [
        KeyBinding([.character("q"), .control("c")], .everywhere, help: tr("frame.key.quit"), hint: tr("frame.key.quit.hint")) { s in
            Console.askOrQuit(&s)
            return []
        },
        KeyBinding(keys: [.character("?"), .function(1)], scope: .everywhere, help: tr("frame.key.help"), hint: tr("frame.key.help.hint"), pinned: true) { s, _ in
            s.showHelp = true
            s.helpScroll = 0
            return []
        },
        KeyBinding([.tab], .everywhere, help: tr("frame.key.tab"), hint: tr("frame.key.tab.hint")) { s in Console.switchPane(&s, by: 1) },
        KeyBinding([.backTab], .everywhere, help: tr("frame.key.backtab")) { s in Console.switchPane(&s, by: Pane.allCases.count - 1) },
        KeyBinding(keys: Pane.allCases.map { .character(Character(String($0.rawValue))) }, scope: .everywhere,
                   help: Pane.allCases.map(\.title).joined(separator: ", ")) { s, key in
            guard case .character(let c) = key, let n = Int(String(c)), let pane = Pane(rawValue: n) else { return [] }
            return Console.switchPane(&s, pane)
        },
        KeyBinding(keys: [.character("R")], scope: .everywhere, help: tr("frame.key.sync"), hint: tr("frame.key.sync.hint"), whyNot: Console.noSyncNow,
                   sayWhyNot: { s, key, reason in s.flash = Flash(text: tr("frame.key.whynot", key.label, reason), kind: .info, aboutSync: true) }) { s, _ in
            s.sync.running = true
            s.flash = Flash(text: tr("frame.sync.started"), kind: .info, aboutSync: true)
            return [.startSync]
        },
        KeyBinding([.character("e")], .everywhere, help: tr("frame.key.problem"), whyNot: Console.noSyncProblem) { s in
            Console.showSyncProblem(&s)
            return []
        },
        KeyBinding(keys: [.control("l")], scope: .everywhere, help: tr("frame.key.redraw"), byTerminal: true) { _, _ in [] },
        KeyBinding(keys: [.control("z")], scope: .everywhere, help: tr("frame.key.suspend"), byTerminal: true) { _, _ in [] },
    ]

    /// Every row, the frame's first, then pane by pane; a row shared by panes stands in each of them.
    public static let all: [KeyBinding] = everywhere + OrdersPane.bindings + PendingPane.bindings + RefundsPane.bindings
        + DetailState.bindings + SettingsPane.bindings + OutboxPane.bindings + ShopPane.bindings + PickPane.bindings
        + Dialog.bindings + LabelDialog.bindings
        + PackMode.bindings

    /// The rows of one scope, in their pane's order.
    static func rows(of scope: Scope) -> [KeyBinding] { all.filter { $0.scope == scope } }

    /// The bindings that work in `scope`, the pane's own first.
    static func active(in scope: Scope) -> [KeyBinding] {
        // A dialog has its own keys only: letters are typing there, not commands.
        rows(of: scope) + (scope == .dialog || scope == .pack ? [] : rows(of: .everywhere))
    }

    /// The row a key answers to in a scope, if any.
    static func binding(for key: Key, in scope: Scope) -> KeyBinding? {
        active(in: scope).first { $0.keys.contains(key) }
    }

    /// The message for a key with no binding in this scope: where it does work, if anywhere.
    static func notHere(_ key: Key) -> String {
        // Every place the key works, each with what it does there: "→ works in Settings (sync interval: longer)
        // and in a dialog (choose), not here." One binding shown in several panes is said once, with its places.
        var uses: [(binding: KeyBinding, scopes: Set<Scope>)] = []
        for binding in all where binding.keys.contains(key) {
            if let i = uses.firstIndex(where: { $0.binding.sameBinding(as: binding) }) {
                uses[i].scopes.insert(binding.scope)
            } else {
                uses.append((binding, [binding.scope]))
            }
        }
        guard !uses.isEmpty else { return tr("frame.key.nothing", key.label) }
        let said = uses.map { use in
            let places = Scope.allCases.filter(use.scopes.contains).map(\.place)
            return (places: places, text: tr("frame.key.works.place", Format.list(places), use.binding.hint ?? use.binding.help))
        }
        let texts = said.map(\.text).joined(separator: " " + tr("frame.key.works.and") + " ")
        return said.count == 1 && said[0].places.count == 1
            ? tr("frame.key.works.only", key.label, texts) : tr("frame.key.works", key.label, texts)
    }

    /// The six moves every pane scrolls with (↑/↓, pages, first and last); the frame sends them to the pane in focus.
    static func scrolling(_ scope: Scope) -> [KeyBinding] {
        [
            KeyBinding([.character("k"), .up], scope, help: tr("frame.key.up")) { s in Console.move(&s, .up) },
            KeyBinding([.character("j"), .down], scope, help: tr("frame.key.down"), hint: tr("frame.key.move.hint"), hintKey: "↑↓") { s in Console.move(&s, .down) },
            KeyBinding([.pageUp, .control("b")], scope, help: tr("frame.key.page.up")) { s in Console.move(&s, .pageUp) },
            KeyBinding([.pageDown, .control("f")], scope, help: tr("frame.key.page.down")) { s in Console.move(&s, .pageDown) },
            KeyBinding([.character("g"), .home], scope, help: tr("frame.key.top")) { s in Console.move(&s, .top) },
            KeyBinding([.character("G"), .end], scope, help: tr("frame.key.bottom")) { s in Console.move(&s, .bottom) },
        ]
    }
}

extension ConsoleState {
    /// The scope the keys act in now.
    var scope: Scope {
        if dialog != nil { return .dialog }
        if pack != nil { return .pack }
        if detail != nil { return .detail }
        switch pane {
        case .orders: return .orders
        case .pending: return .pending
        case .refunds: return .refunds
        case .settings: return .settings
        case .outbox: return .outbox
        case .shop: return .shop
        case .pick: return .pick
        }
    }
}
