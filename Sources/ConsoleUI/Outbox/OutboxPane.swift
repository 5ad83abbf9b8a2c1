import MerchantStore

/// The Outbox pane: what Amazon has not confirmed yet and what failed lately, and the activity log.
public struct OutboxPane: Sendable, Equatable {
    /// The failed ones first, newest failure first, then those waiting.
    public var messages: [OutboxMessage] = []
    public var refusals = OutboxRefusals()
    public var activity: [ActivityEntry] = []
    public var scroll = 0
    /// The sync's housekeeping lines too (`a`); by default the list is what people did.
    public var showSync = false
}
