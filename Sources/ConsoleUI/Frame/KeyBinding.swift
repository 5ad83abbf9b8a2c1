import MerchantCore

/// Where a binding works: a pane, an opened order, a dialog, or everywhere.
public enum Scope: Hashable, Sendable, CaseIterable {
    case everywhere, orders, pending, refunds, detail, settings, outbox, shop, pick, dialog
    /// Pack mode: typing goes into its scan line.
    case pack

    var title: String {
        switch self {
        case .everywhere: tr("frame.scope.everywhere")
        case .orders: Pane.orders.title
        case .pending: Pane.pending.title
        case .refunds: Pane.refunds.title
        case .detail: tr("frame.scope.detail")
        case .settings: Pane.settings.title
        case .outbox: Pane.outbox.title
        case .shop: Pane.shop.title
        case .pick: Pane.pick.title
        case .dialog: tr("frame.scope.dialog")
        case .pack: tr("pack.scope")
        }
    }

    /// Where the binding works, as a sentence says it: "in Orders, Pending and an opened order".
    var place: String {
        switch self {
        case .detail: tr("frame.scope.detail.place")
        case .dialog: tr("frame.scope.dialog.place")
        case .pack: tr("pack.scope.place")
        default: title
        }
    }
}

/// One row of a pane's bindings (lazygit's `types.Binding`): the keys, where they work, what the help overlay and
/// the footer say, what pressing them does, and why they do nothing now. Dispatch, `?`, the footer and the
/// "not here, because …" message all read these rows; adding a key to a pane is one row in its bindings.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var scope: Scope
    /// What the help overlay says, in the language of the moment (read when drawn, never kept).
    var helpText: @Sendable () -> String
    /// The footer's short word, when the key is worth a hint there.
    var hintText: @Sendable () -> String?
    /// How the footer writes the keys, when not as its first key ("↑↓" for the moves).
    var hintKey: String?
    /// Kept at the footer's end whatever else fits: `? help` shows what the footer has no room for.
    var pinned = false
    /// The terminal loop acts on the key (redraw, suspend); `update` only lets it through.
    var byTerminal = false
    /// Why the key does nothing here now, in a merchant's words; nil when it acts.
    var whyNot: @Sendable (ConsoleState) -> String? = { _ in nil }
    /// Says `whyNot`'s reason: by default on the message line; an order's refusal gets a box of its own.
    var sayWhyNot: @Sendable (inout ConsoleState, Key, String) -> Void = KeyBinding.flashWhyNot
    /// What the key does (the key itself, for the rows that bind several: the digits, the dialog's editing keys).
    var act: @Sendable (inout ConsoleState, Key) -> [Effect]

    /// What the help overlay says.
    public var help: String { helpText() }
    /// The footer's short word, when the key is worth a hint there.
    public var hint: String? { hintText() }

    /// How the overlay writes the keys ("j/↓").
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }

    /// The same binding shown in several places (its keys and words alike): "works in Orders and Pending (open)".
    func sameBinding(as other: KeyBinding) -> Bool { keys == other.keys && help == other.help && hint == other.hint }

    static func flashWhyNot(_ s: inout ConsoleState, _ key: Key, _ reason: String) {
        s.flash = Flash(text: tr("frame.key.whynot", key.label, reason), kind: .info)
    }
}

extension KeyBinding {
    /// A row; its words are read each time they are shown, so they follow the language (`help: tr("…")`).
    init(keys: [Key], scope: Scope, help: @autoclosure @escaping @Sendable () -> String,
         hint: @autoclosure @escaping @Sendable () -> String? = nil, hintKey: String? = nil, pinned: Bool = false,
         byTerminal: Bool = false, whyNot: @escaping @Sendable (ConsoleState) -> String? = { _ in nil },
         sayWhyNot: @escaping @Sendable (inout ConsoleState, Key, String) -> Void = KeyBinding.flashWhyNot,
         act: @escaping @Sendable (inout ConsoleState, Key) -> [Effect]) {
        self.init(keys: keys, scope: scope, helpText: help, hintText: hint, hintKey: hintKey, pinned: pinned, byTerminal: byTerminal,
                  whyNot: whyNot, sayWhyNot: sayWhyNot, act: act)
    }

    /// A row whose handler ignores which of its keys was pressed.
    init(_ keys: [Key], _ scope: Scope, help: @autoclosure @escaping @Sendable () -> String,
         hint: @autoclosure @escaping @Sendable () -> String? = nil, hintKey: String? = nil,
         whyNot: @escaping @Sendable (ConsoleState) -> String? = { _ in nil }, act: @escaping @Sendable (inout ConsoleState) -> [Effect]) {
        self.init(keys: keys, scope: scope, help: help(), hint: hint(), hintKey: hintKey, whyNot: whyNot, act: { s, _ in act(&s) })
    }
}
