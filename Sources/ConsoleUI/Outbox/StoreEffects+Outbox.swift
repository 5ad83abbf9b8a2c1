import Foundation
import MerchantStore

extension StoreEffects {
    /// What Amazon has not confirmed yet and what failed lately, how many of those by whom, and the activity log:
    /// what people did, or the sync's lines too.
    func performOutboxEffect(_ effect: OutboxPaneEffect) throws -> Message {
        switch effect {
        case .load(let limit, let includeSync):
            let since = OutboxMessage.failuresShownSince(now())
            let refusals = try store.outboxRefusals(since: since)
            return .outbox(.loaded(try store.outbox(includeDone: false, failedSince: since, limit: limit),
                                   OutboxRefusals(byAmazon: refusals.byAmazon, byConsole: refusals.byConsole),
                                   try store.activity(limit: limit, includeSync: includeSync)))
        }
    }
}
