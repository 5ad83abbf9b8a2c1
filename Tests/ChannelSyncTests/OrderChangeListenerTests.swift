import AmazonSQS
import AmazonSimulator
import ChannelSync
import Foundation
import MerchantStore
import SellingPartnerAPI
import Testing

/// The listener against the simulator's own queue, in process: each message handled once, through the pull's path.
@Suite struct OrderChangeListenerTests {
    @Test func aNewOrderArrivesThroughTheQueueAndTheWatermarkStays() async throws {
        let f = try await ListenerFixture()
        _ = await f.harness.sync.runOnce()
        _ = try await f.takeBodies()  // whatever the sync's own feeds changed at Amazon
        let watermark = try #require(try f.store.syncState().watermark)
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)

        let outcome = await f.listener.pollOnce(waitSeconds: 0)

        #expect(outcome.received == 1 && outcome.stored == 1 && outcome.fetched == 1 && outcome.headline == nil)
        #expect(outcome.news == "1 new order", "what the console says of it")
        #expect(f.holds(id), "R1: the order is stored and shown")
        #expect(try f.store.syncState().watermark == watermark, "R3: a notification never moves the watermark")
        #expect(try f.queued() == 0, "deleted once stored")
        #expect(try f.store.notificationConnection()?.firstArrivedAt != nil)
    }

    @Test func aDuplicateIsDroppedByItsNotificationIdAndDeleted() async throws {
        let f = try await ListenerFixture()
        _ = try f.simulator.placeOrder(sku: "TEE-GRUEN-500")
        let body = try #require(try await f.takeBodies().first)
        try await f.send(body)
        try await f.send(body)

        let first = await f.listener.pollOnce(waitSeconds: 0)
        #expect(first.received == 2 && first.duplicates == 1 && first.stored == 1 && first.fetched == 1, "one getOrder for the batch")

        try await f.send(body)  // SQS delivers at least once: the same notification again, later
        let before = f.getOrders
        let again = await f.listener.pollOnce(waitSeconds: 0)
        #expect(again.duplicates == 1 && again.fetched == 0 && f.getOrders == before)
        #expect(try f.queued() == 0)
    }

    @Test func aNotificationNotNewerThanTheStoreCostsNoGetOrder() async throws {
        let f = try await ListenerFixture()
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350")
        let body = try #require(try await f.takeBodies().first)
        _ = await f.harness.sync.runOnce()  // the sweep brought the order first
        _ = try await f.takeBodies()
        #expect(f.holds(id))
        let stored = try #require(try f.store.lastUpdates(of: [id])[id])
        try await f.send(body)
        let before = f.getOrders

        let outcome = await f.listener.pollOnce(waitSeconds: 0)

        #expect(outcome.alreadyCurrent == 1 && outcome.fetched == 0 && f.getOrders == before)
        #expect(outcome.news == nil, "no order changed: nothing to say")
        #expect(try f.store.lastUpdates(of: [id])[id] == stored, "nothing changed")
        #expect(try f.queued() == 0)
    }

    @Test func anUndecodableMessageIsKeptAsideAndBlocksNoOther() async throws {
        let f = try await ListenerFixture()
        try await f.send(#"{"NotificationType":"ORDER_CHANGE","Payload":{}}"#)
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350")

        let outcome = await f.listener.pollOnce(waitSeconds: 0)

        #expect(outcome.keptAside == 1 && outcome.stored == 1)
        #expect(f.holds(id))
        let kept = try f.store.keptAsideNotifications()
        #expect(kept.count == 1 && kept[0].body.contains("\"Payload\":{}") && !kept[0].reason.isEmpty)
        #expect(try f.queued() == 0, "kept aside means deleted from the queue, never handed out again")
    }

    @Test func aGetOrderThatFailsLeavesTheMessageInTheQueue() async throws {
        let f = try await ListenerFixture(failingGetOrder: true)
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350")

        let outcome = await f.listener.pollOnce(waitSeconds: 0)

        #expect(outcome.leftInQueue == 1 && outcome.stored == 0 && !outcome.problems.isEmpty)
        #expect(!f.holds(id))
        #expect(try f.queued() == 1, "not deleted: it comes back after its visibility timeout")

        // Amazon answers again; the message comes back and the order is stored (its NotificationId was not recorded).
        let healthy = OrderChangeListener(store: f.store, client: f.harness.client, queue: f.queue, clock: f.harness.clock)
        f.harness.clock.advance(seconds: 31)
        let later = await healthy.pollOnce(waitSeconds: 0)
        #expect(later.stored == 1 && later.duplicates == 0)
        #expect(f.holds(id))
        #expect(try f.queued() == 0)
    }

    @Test func anUnreachableQueueIsSaidInPlainWordsAndRecoversByItself() async throws {
        let f = try await ListenerFixture()
        f.line.down.withLock { $0 = true }

        let outcome = await f.listener.pollOnce(waitSeconds: 0)

        let problem = try #require(outcome.unreachable)
        #expect(problem.contains("could not reach the queue") && f.listener.problem == problem)
        #expect(try f.store.notificationConnection()?.problem == problem, "the console's status line reads it from the store")
        let line = NotificationHealth.fallbackText(problem: problem, syncIntervalSeconds: try f.store.settings().syncIntervalSeconds)
        #expect(line.hasPrefix("order notifications unreachable: could not reach the queue") && line.contains("; reading orders every "))

        f.line.down.withLock { $0 = false }
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350")
        let recovered = await f.listener.pollOnce(waitSeconds: 0)
        #expect(recovered.unreachable == nil && recovered.stored == 1 && f.listener.problem == nil)
        #expect(try f.store.notificationConnection()?.problem == nil)
        #expect(f.holds(id))
    }
}
