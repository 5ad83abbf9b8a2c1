import AmazonSQS
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization

/// Listens to the merchant's SQS queue of ORDER_CHANGE notifications and brings each changed order home at once:
/// `getOrder` (its own rate, 0.5/s burst 30), the pull's `OrderMapping` and `store.ingest` (every rule of DOMAIN.md
/// unchanged; a notification never moves the watermark), and only then `DeleteMessage`.
///
///     let listener = OrderChangeListener(store: store, client: client, queue: sqs, clock: clock)
///     let listening = Task { await listener.run() }   // until cancelled
///
/// A notification only says "look at this order": the order itself always comes from `getOrder`. The `searchOrders`
/// sweep keeps running beside it, so an order whose notification was lost still arrives.
public final class OrderChangeListener: Sendable {
    public let store: MerchantStore
    let client: SellingPartnerClient
    let queue: SQSClient
    let clock: any ClockSource
    let lastProblem = Mutex<String?>(nil)

    /// How long to wait before asking an unreachable queue again (seconds on the clock).
    static let unreachableRetrySeconds = 30.0
    /// How long to wait after a poll whose orders could not be fetched.
    static let failedFetchPauseSeconds = 5.0

    public init(store: MerchantStore, client: SellingPartnerClient, queue: SQSClient, clock: any ClockSource) {
        self.store = store
        self.client = client
        self.queue = queue
        self.clock = clock
    }

    /// Why the queue could not be read at the last poll; nil while it can.
    public var problem: String? { lastProblem.withLock { $0 } }

    /// Polls until its task is cancelled; `heard` is told of every poll that brought or failed something, and of the
    /// first poll that reached the queue again after it was unreachable.
    public func run(heard: @escaping @Sendable (ListenOutcome) -> Void) async {
        var wasUnreachable = false
        while !Task.isCancelled {
            let outcome = await pollOnce()
            let recovered = wasUnreachable && outcome.unreachable == nil
            wasUnreachable = outcome.unreachable != nil
            if outcome.received > 0 || outcome.headline != nil || recovered { heard(outcome) }
            if Task.isCancelled { return }
            let pause = outcome.unreachable != nil ? Self.unreachableRetrySeconds : outcome.leftInQueue > 0 ? Self.failedFetchPauseSeconds : 0
            if pause > 0 { try? await clock.sleep(seconds: pause) }
            await Task.yield()
        }
    }

    /// Polls until its task is cancelled.
    public func run() async { await run(heard: { _ in }) }

    /// One long poll (up to 10 messages) and the handling of what it brought.
    public func pollOnce(waitSeconds: Int = 20) async -> ListenOutcome {
        var outcome = ListenOutcome()
        let messages: [SQSMessage]
        do {
            messages = try await queue.receive(SQSReceiveOptions(maxMessages: 10, waitSeconds: waitSeconds))
        } catch {
            outcome.unreachable = error.description
            lastProblem.withLock { $0 = error.description }
            try? store.noteNotificationProblem(error.description, at: clock.now)
            return outcome
        }
        lastProblem.withLock { $0 = nil }
        if messages.isEmpty {
            try? store.noteNotificationProblem(nil, at: clock.now)
            return outcome
        }
        outcome.received = messages.count
        try? store.noteNotificationsArrived(at: clock.now)
        await handle(messages, into: &outcome)
        return outcome
    }

    /// Sorts a batch into kept aside, duplicates, already current and to fetch; fetches each order once.
    private func handle(_ messages: [SQSMessage], into outcome: inout ListenOutcome) async {
        var readable: [(message: SQSMessage, notification: OrderChangeNotification)] = []
        for message in messages {
            switch OrderChangeNotification.decode(message.body) {
            case .success(let notification): readable.append((message, notification))
            case .failure(let failure): await keepAside(message, reason: failure.reason, into: &outcome)
            }
        }
        let handled: Set<String>
        do { handled = try store.handledNotificationIds(among: readable.map { $0.notification.notificationId }) } catch {
            outcome.problems.append(tr("sync.listener.store-unreadable", "\(error)"))
            outcome.leftInQueue += readable.count
            return
        }
        // One order, one getOrder: the batch's messages grouped by order, duplicates (in the store or in the batch) dropped.
        var seen = handled
        var byOrder: [String: [(message: SQSMessage, notification: OrderChangeNotification)]] = [:]
        var orderIds: [String] = []
        for entry in readable {
            if !seen.insert(entry.notification.notificationId).inserted {
                outcome.duplicates += 1
                await delete(entry.message, into: &outcome)
                continue
            }
            if byOrder[entry.notification.amazonOrderId] == nil { orderIds.append(entry.notification.amazonOrderId) }
            byOrder[entry.notification.amazonOrderId, default: []].append(entry)
        }
        let known = (try? store.lastUpdates(of: orderIds)) ?? [:]
        for orderId in orderIds {
            let entries = byOrder[orderId]!
            let newest = entries.compactMap { SPAPIDate.parse($0.notification.eventTime) }.max()
            if let stored = known[orderId], let newest, newest <= stored {
                outcome.alreadyCurrent += entries.count
                await finish(entries, into: &outcome)
                continue
            }
            await fetchAndStore(orderId, entries, into: &outcome)
        }
    }

    /// `getOrder`, the pull's mapping and `store.ingest`; the messages are deleted only once the order is stored.
    private func fetchAndStore(_ orderId: String, _ entries: [(message: SQSMessage, notification: OrderChangeNotification)],
                               into outcome: inout ListenOutcome) async {
        outcome.fetched += 1
        let wire: SellingPartnerAPI.Order
        do {
            wire = try await client.getOrder(orderId: orderId)
        } catch let error as SPAPIError {
            if case .rejected(let status, _) = error, status == 404 || status == 400 {
                // Amazon knows no such order (a test notification, another account's): asking again would never help.
                for entry in entries {
                    await keepAside(entry.message, reason: "Amazon knows no order \(orderId) (HTTP \(status))", into: &outcome)
                }
                return
            }
            outcome.problems.append(tr("sync.listener.not-fetched", orderId, "\(error)"))
            outcome.leftInQueue += entries.count
            return
        } catch {
            outcome.problems.append(tr("sync.listener.not-fetched", orderId, "\(error)"))
            outcome.leftInQueue += entries.count
            return
        }
        let order: AmazonOrder
        do { order = try OrderMapping.map(wire) } catch {
            for entry in entries { await keepAside(entry.message, reason: "Amazon's order could not be read: \(error)", into: &outcome) }
            return
        }
        do {
            let report = try store.ingest([order], watermark: nil, at: clock.now)
            outcome.orders.add(report)
            outcome.stored += 1
        } catch {
            outcome.problems.append(tr("sync.listener.not-stored", orderId, "\(error)"))
            outcome.leftInQueue += entries.count
            return
        }
        await finish(entries, into: &outcome)
    }

    /// Remembers the NotificationIds, then deletes the messages.
    private func finish(_ entries: [(message: SQSMessage, notification: OrderChangeNotification)], into outcome: inout ListenOutcome) async {
        do { try store.recordHandledNotifications(entries.map { $0.notification.notificationId }, at: clock.now) } catch {
            outcome.problems.append(tr("sync.listener.not-noted", "\(error)"))
        }
        for entry in entries { await delete(entry.message, into: &outcome) }
    }

    private func keepAside(_ message: SQSMessage, reason: String, into outcome: inout ListenOutcome) async {
        do { try store.keepNotificationAside(messageId: message.messageId, reason: reason, body: message.body, at: clock.now) } catch {
            outcome.problems.append(tr("sync.listener.not-kept-aside", "\(error)"))
            outcome.leftInQueue += 1
            return
        }
        outcome.keptAside += 1
        await delete(message, into: &outcome)
    }

    /// A delete that fails costs nothing but a second look: the message comes back and is a duplicate then.
    private func delete(_ message: SQSMessage, into outcome: inout ListenOutcome) async {
        do { try await queue.delete(message) } catch { outcome.problems.append(tr("sync.listener.not-deleted", error.description)) }
    }
}

extension OrderChangeListener {
    /// The queue listened to, as its URL.
    public var queueDescription: String { queue.queue.description }
}
