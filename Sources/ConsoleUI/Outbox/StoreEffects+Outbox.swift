import Foundation
import MerchantStore

extension StoreEffects {
    /// What Amazon has not confirmed yet, and the activity log: what people did, or the sync's lines too.
    func performOutboxEffect(_ effect: OutboxPaneEffect) throws -> Message {
        switch effect {
        case .load(let limit, let includeSync):
            return .outbox(.loaded(try store.outbox(includeDone: false, limit: limit), try store.activity(limit: limit, includeSync: includeSync)))
        }
    }
}
