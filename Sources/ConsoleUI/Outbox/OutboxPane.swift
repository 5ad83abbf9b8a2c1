import MerchantStore

/// The Outbox pane: what Amazon has not confirmed yet, and the activity log.
public struct OutboxPane: Sendable, Equatable {
    public var messages: [OutboxMessage] = []
    public var activity: [ActivityEntry] = []
    public var scroll = 0
    /// The sync's housekeeping lines too (`a`); by default the list is what people did.
    public var showSync = false
}
