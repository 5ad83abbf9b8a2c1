import Foundation
import MerchantCore
import MerchantStore

/// What one poll of the notifications queue brought and what became of it. Never thrown: a problem is a value here.
public struct ListenOutcome: Sendable, Equatable {
    /// Messages the queue handed out.
    public var received = 0
    /// Orders fetched with `getOrder` and stored through the pull's own path.
    public var stored = 0
    /// Messages whose NotificationId was handled before (SQS delivers at least once).
    public var duplicates = 0
    /// Messages that were not a notification the listener could read, kept aside (`merchant notifications failed`).
    public var keptAside = 0
    /// Messages about an order the store already holds as new or newer: nothing fetched.
    public var alreadyCurrent = 0
    /// `getOrder` calls made (several messages for one order in a batch make one).
    public var fetched = 0
    /// Messages left in the queue because their order could not be fetched now; they come back after their visibility timeout.
    public var leftInQueue = 0
    /// What storing the fetched orders did.
    public var orders = IngestReport()
    /// The queue could not be read at all (the sync goes on with the sweep alone).
    public var unreachable: String?
    /// Anything else that went wrong, in one line each.
    public var problems: [String] = []

    public init() {}

    /// Everything that went wrong in one line, or nil.
    public var headline: String? {
        let all = (unreachable.map { [tr("sync.notifications.unreachable", $0)] } ?? []) + problems
        return all.isEmpty ? nil : all.joined(separator: "; ")
    }

    /// What a merchant wants to hear of it, in a sync's words: "2 new orders, 1 order updated", or nil when no order changed.
    public var news: String? {
        var news = NewsParts()
        news.add(orders: orders)
        return news.line
    }

    /// One line for a log: "3 received: 2 orders stored, 1 duplicate".
    public var summary: String {
        var parts = NewsParts()
        parts.add(stored) { tr("sync.notifications.stored", $0) }
        parts.add(alreadyCurrent) { tr("sync.notifications.already-current", $0) }
        parts.add(duplicates) { tr("sync.notifications.duplicates", $0) }
        parts.add(keptAside) { tr("sync.notifications.kept-aside", $0) }
        parts.add(leftInQueue) { tr("sync.notifications.left-in-queue", $0) }
        return parts.line.map { tr("sync.notifications.received-what", received, $0) } ?? tr("sync.notifications.received", received)
    }
}

/// What the status line says while the queue cannot be read: the sweep alone brings orders, at the sync interval.
public enum NotificationHealth {
    public static func fallbackText(problem: String, syncIntervalSeconds: Int) -> String {
        let minutes = max(1, Int((Double(syncIntervalSeconds) / 60).rounded()))
        return tr("sync.notifications.fallback", problem, minutes)
    }
}
