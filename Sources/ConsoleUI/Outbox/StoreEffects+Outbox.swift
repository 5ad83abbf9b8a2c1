import Foundation
import MerchantStore

extension StoreEffects {
    /// What Amazon has not confirmed yet, and the activity log: what people did, or the sync's lines too.
    func performOutboxEffect(limit: Int, includeSync: Bool) throws -> Message {
        .outboxLoaded(try store.outbox(includeDone: false, limit: limit), try store.activity(limit: limit, includeSync: includeSync))
    }
}
