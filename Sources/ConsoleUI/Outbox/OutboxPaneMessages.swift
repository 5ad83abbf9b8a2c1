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
    case loaded([OutboxMessage], OutboxRefusals, [ActivityEntry])
}

/// How many messages failed lately (as long as they are listed), by who refused them.
public struct OutboxRefusals: Sendable, Equatable {
    public var byAmazon = 0
    public var byConsole = 0
}

extension Console {
    static func outboxMessage(_ s: inout ConsoleState, _ message: OutboxPaneMessage) {
        switch message {
        case .loaded(let messages, let refusals, let activity): outboxLoaded(&s, messages, refusals, activity)
        }
    }
}
