import Foundation
import MerchantCore
import MerchantStore

/// The Outbox pane's read, run by `StoreEffects`. (`OutboxMessage` is the store's: one message for Amazon.)
public enum OutboxPaneEffect: Sendable, Equatable {
    /// What Amazon has not confirmed yet and the activity log, with the sync's lines or without.
    case load(limit: Int, includeSync: Bool)
}

/// What the store answered the Outbox pane.
public enum OutboxPaneMessage: Sendable {
    case loaded([OutboxMessage], [ActivityEntry])
}

extension Console {
    static func outboxMessage(_ s: inout ConsoleState, _ message: OutboxPaneMessage) {
        switch message {
        case .loaded(let messages, let activity): outboxLoaded(&s, messages, activity)
        }
    }
}
