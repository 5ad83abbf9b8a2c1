import MerchantStore

extension Console {
    /// The Outbox pane's window: the messages Amazon has not confirmed and those failed lately, and the activity.
    static func outboxLoaded(_ s: inout ConsoleState, _ messages: [OutboxMessage], _ refusals: OutboxRefusals, _ activity: [ActivityEntry]) {
        s.outbox.messages = messages
        s.outbox.refusals = refusals
        s.outbox.activity = activity
    }

    /// Scrolls the activity log: a line, half a screen a page, g and G to its newest and its oldest line.
    static func moveOutbox(_ s: inout ConsoleState, _ action: Move) {
        let last = max(0, s.outbox.activity.count - 1)
        s.outbox.scroll = action.selection(from: s.outbox.scroll, last: last, page: max(1, Layout.bodyHeight(s) / 2))
    }
}
