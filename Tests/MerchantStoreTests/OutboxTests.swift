import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The durable queue of what the console owes Amazon (R6, R25, R29).
@Suite struct OutboxTests {
    /// A store with one imported MFN order (its acknowledgement) and the new Amazon quantity of its product.
    func storeWithMessages() throws -> (TestStore, ack: OutboxMessage, inventory: OutboxMessage) {
        let t = try TestStore()
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 2)])], watermark: nil, at: Fx.t(1))
        let ack = try #require(try t.store.openOutbox(kind: .acknowledgement).first)
        let inventory = try #require(try t.store.openOutbox(kind: .inventory).first)
        return (t, ack, inventory)
    }

    @Test func messagesMoveThroughTheirStatesAndAreLogged() throws {
        // R29
        let (t, ack, inventory) = try storeWithMessages()
        #expect(try t.store.openOutbox().map(\.id) == [ack.id, inventory.id].sorted())
        #expect(try t.store.outboxCounts() == (open: 2, failed: 0))

        try t.store.updateOutbox(ids: [ack.id], state: .uploaded, feedDocumentId: "doc-1", at: Fx.t(2))
        try t.store.updateOutbox(ids: [ack.id], state: .submitting, at: Fx.t(3))
        try t.store.updateOutbox(ids: [ack.id], state: .submitted, feedId: "feed-1", countAttempt: true, at: Fx.t(4))
        var m = try #require(try t.store.openOutbox(kind: .acknowledgement).first)
        #expect(m.state == .submitted)
        #expect(m.feedDocumentId == "doc-1")   // kept when a later update does not name it
        #expect(m.feedId == "feed-1")
        #expect(m.submittedAt == Fx.t(3))
        #expect(m.attempts == 1)
        #expect(try t.store.knownFeedIds() == ["feed-1"])

        try t.store.updateOutbox(ids: [ack.id], state: .done, at: Fx.t(5))
        #expect(try t.store.openOutbox(kind: .acknowledgement).isEmpty)
        #expect(try t.store.outbox(includeDone: true).count == 2)
        #expect(try t.store.outbox(includeDone: false).map(\.id) == [inventory.id])
        #expect(try t.store.activity().first?.message == "Amazon confirmed the acknowledgement of 302-0000001-0000001")

        try t.store.updateOutbox(ids: [inventory.id], state: .failed, error: "SKU not found", at: Fx.t(6))
        #expect(try t.store.outboxCounts() == (open: 0, failed: 1))
        #expect(try t.store.activity().first?.message == "Amazon refused the inventory of MUG-BLAU-350: SKU not found")
        m = try #require(try t.store.outbox(includeDone: true).first { $0.id == inventory.id })
        #expect(m.lastError == "SKU not found")
        #expect(try t.store.knownFeedIds() == ["feed-1"])
    }

    @Test func aRequeuedMessageForgetsItsFeed() throws {
        // R29: sent again in a new feed, under the same idempotency key.
        let (t, ack, _) = try storeWithMessages()
        try t.store.updateOutbox(ids: [ack.id], state: .submitted, feedDocumentId: "doc-1", feedId: "feed-1", at: Fx.t(2))
        try t.store.noteOutboxAttempt(ids: [ack.id], error: "timeout", at: Fx.t(3))
        try t.store.requeueOutbox(ids: [ack.id], error: "feed fatal", at: Fx.t(4))
        let m = try #require(try t.store.openOutbox(kind: .acknowledgement).first)
        #expect(m.state == .queued)
        #expect(m.feedId == nil && m.feedDocumentId == nil && m.submittedAt == nil)
        #expect(m.attempts == 2)
        #expect(m.lastError == "feed fatal")
        #expect(m.idempotencyKey == ack.idempotencyKey)
        #expect(m.payload == ack.payload)
        #expect(try t.store.knownFeedIds().isEmpty)
    }

    @Test func aQuantityChangeAfterUploadIsANewMessage() throws {
        // R25, R29: a message Amazon may already have is never rewritten; the next change gets its own key.
        let (t, _, inventory) = try storeWithMessages()
        #expect(inventory.idempotencyKey == "inventory:MUG-BLAU-350:1")
        #expect(try inventory.decode(InventoryPayload.self).quantity == 38)
        try t.store.updateOutbox(ids: [inventory.id], state: .uploaded, feedDocumentId: "doc-1", at: Fx.t(2))
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 50), actor: "merchant", at: Fx.t(3))
        let all = try t.store.outbox(includeDone: true).filter { $0.kind == .inventory }.sorted { $0.id < $1.id }
        #expect(all.map(\.idempotencyKey) == ["inventory:MUG-BLAU-350:1", "inventory:MUG-BLAU-350:2"])
        #expect(try all.map { try $0.decode(InventoryPayload.self).quantity } == [38, 48])
        #expect(all.first?.state == .uploaded)

        // While the second is queued, a further change rewrites it in place.
        try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 45), actor: "merchant", at: Fx.t(4))
        let open = try t.store.openOutbox(kind: .inventory)
        #expect(open.count == 2)
        #expect(try open.last?.decode(InventoryPayload.self).quantity == 43)
    }

    @Test("a message Amazon refused says so, and stays listed beside the waiting ones for a week, then only under --all")
    func amazonsRefusalIsListedForAWeek() throws {
        // R29: what Amazon refused is not lost from sight: listed first, with who refused it and why.
        let (t, ack, inventory) = try storeWithMessages()
        try t.store.updateOutbox(ids: [inventory.id], state: .failed, error: "SKU not found", countAttempt: true, at: Fx.t(6))
        let refused = try #require(try t.store.outbox(includeDone: true).first { $0.id == inventory.id })
        #expect(refused.refusedBy == .amazon)
        #expect(OutboxWords.state(of: refused) == "refused")
        #expect(try t.store.outbox(includeDone: false).map(\.id) == [ack.id])  // the open ones alone, as before
        let inAWeek = OutboxMessage.failuresShownSince(Fx.t(6 + 7 * 24 - 1))
        #expect(try t.store.outbox(includeDone: false, failedSince: inAWeek).map(\.id) == [inventory.id, ack.id])
        #expect(try t.store.outboxCounts(failedSince: inAWeek) == (open: 1, failed: 1))
        #expect(try t.store.outboxRefusals(since: inAWeek) == (byAmazon: 1, byConsole: 0))
        let afterAWeek = OutboxMessage.failuresShownSince(Fx.t(6 + 7 * 24 + 1))
        #expect(try t.store.outbox(includeDone: false, failedSince: afterAWeek).map(\.id) == [ack.id])
        #expect(try t.store.outboxCounts(failedSince: afterAWeek) == (open: 1, failed: 0))
        #expect(try t.store.outbox(includeDone: true).contains { $0.id == inventory.id })
    }

    @Test func openOutboxHonoursItsLimit() throws {
        let (t, _, _) = try storeWithMessages()
        #expect(try t.store.openOutbox(limit: 1).count == 1)
        #expect(try t.store.outbox(includeDone: true, limit: 1).count == 1)
    }
}
