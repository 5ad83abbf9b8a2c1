import MerchantCore

/// The question a Settings switch asks before it changes who fulfils a product (FBA, either way) or stops importing
/// Amazon orders: a stray Space (which marks rows in Orders) must not change either. No is chosen until the
/// merchant moves to Yes; only Yes sends the change to the store.
public struct SwitchQuestion: Sendable, Equatable {
    /// The store operation Yes sends.
    public var change: SettingsEffect
    /// The product's title, named beside its SKU.
    public var title: String?
    public var yes = false
    public var problem: String?

    /// The switches that ask first: FBA either way, and import switched off (R4: from then on orders are only kept).
    static func needed(for change: SettingsEffect) -> Bool {
        switch change {
        case .setFBA: true
        case .save(let key, let value): key == .importOrders && value == "off"
        }
    }
}

extension SwitchQuestion: DialogForm {
    mutating func focus(by step: Int) {}
    mutating func choose(by step: Int) { yes.toggle() }
    var focusedText: WritableKeyPath<SwitchQuestion, TextInput>? { nil }

    /// y/n (and j in German) answer; nothing is typed into a question.
    mutating func type(_ key: Key) {
        if let answer = YesNo.answer(key) { yes = answer }
    }
}

extension Console {
    /// A switch that asks first opens its question; the others go to the store at once (R28).
    static func switchOrAsk(_ s: inout ConsoleState, _ change: SettingsEffect, title: String? = nil) -> [Effect] {
        guard SwitchQuestion.needed(for: change) else { return [.settings(change)] }
        s.dialog = .switchQuestion(SwitchQuestion(change: change, title: title))
        return []
    }

    /// Enter on the question: Yes sends the change; No closes it and nothing changes.
    static func confirmSwitch(_ s: inout ConsoleState, _ q: SwitchQuestion) -> [Effect] {
        guard q.yes else { return closeUnchanged(&s, tr("dialog.closed")) }
        s.dialog = nil
        return [.settings(q.change)]
    }
}
