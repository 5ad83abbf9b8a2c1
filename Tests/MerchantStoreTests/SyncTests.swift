import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Storing what Amazon reports: every order, once, never rewound (R1, R2, R3).
@Suite struct SyncTests {
    @Test func everyOrderIsStoredAndListedWithMarketplaceAndChannel() throws {
        // R1
        let t = try TestStore()
        let known = Fx.order("302-0000001-0000001", .unshipped, marketplace: Fx.de)
        let unknownSku = Fx.order("302-0000002-0000002", .unshipped, marketplace: Fx.uk, purchased: Fx.t(2),
                                  items: [Fx.item("NOT-IN-CATALOG", asin: "B0UNKNOWN1")])
        let fba = Fx.order("302-0000003-0000003", .shipped, channel: .amazon, marketplace: Fx.jp, purchased: Fx.t(3),
                           items: [Fx.fullyShipped(Fx.order("x", .shipped)).items[0]])
        let report = try t.store.ingest([known, unknownSku, fba], watermark: Fx.t(3), at: Fx.t(4))
        #expect(report.received == 3)
        #expect(report.new == 3)

        let listed = try t.store.orders()
        #expect(Set(listed.map(\.amazonOrderId)) == [known.amazonOrderId, unknownSku.amazonOrderId, fba.amazonOrderId])
        let byId = Dictionary(uniqueKeysWithValues: listed.map { ($0.amazonOrderId, $0) })
        #expect(byId[known.amazonOrderId]?.marketplaceId == Fx.de)
        #expect(byId[known.amazonOrderId]?.fulfillmentChannel.code == "MFN")
        #expect(byId[unknownSku.amazonOrderId]?.marketplaceId == Fx.uk)
        #expect(byId[unknownSku.amazonOrderId]?.importState == .blocked)
        #expect(byId[fba.amazonOrderId]?.marketplaceId == Fx.jp)
        #expect(byId[fba.amazonOrderId]?.fulfillmentChannel.code == "AFN")

        // The detail holds the order as received.
        #expect(try t.detail(unknownSku.amazonOrderId).order == unknownSku)
    }

    @Test func ordersBeforeConnectionAreShownButNeverImported() throws {
        // R2
        let t = try TestStore()
        let old = Fx.order("302-0000009-0000009", .unshipped, purchased: Fx.connectedAt.addingTimeInterval(-1), updated: Fx.t(1))
        let report = try t.store.ingest([old], watermark: Fx.t(1), at: Fx.t(2))
        #expect(report.imported == 0)
        #expect(try t.store.orders().map(\.amazonOrderId) == [old.amazonOrderId])
        #expect(try t.detail(old.amazonOrderId).importState == .beforeConnection)
        #expect(try t.detail(old.amazonOrderId).local == nil)

        try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        // Even a later update of it stays out.
        try t.store.ingest([Fx.later(old, .shipped) { $0.items[0].quantityShipped = 1 }], watermark: Fx.t(3), at: Fx.t(4))
        try t.store.reconsiderWaitingOrders(at: Fx.t(5))
        let detail = try t.detail(old.amazonOrderId)
        #expect(detail.importState == .beforeConnection)
        #expect(detail.local == nil)
        #expect(try t.entry("MUG-BLAU-350").product.stockOnHand == 40)
        #expect(try t.acks().isEmpty)
        #expect(try t.store.orderCounts().byImportState[.beforeConnection] == 1)
    }

    @Test func ingestingTheSamePageTwiceChangesNothing() throws {
        // R3, R6
        let t = try TestStore()
        let page = [
            Fx.order("302-0000001-0000001", .unshipped, buyer: "Jürgen Groß", address: Fx.address, total: Fx.eur(1290)),
            Fx.order("302-0000002-0000002", .pending, purchased: Fx.t(2), items: [Fx.item("MUG-ROT-350", qty: 2)]),
            Fx.order("302-0000003-0000003", .unshipped, purchased: Fx.t(3), items: [Fx.item("NOT-IN-CATALOG")]),
        ]
        let first = try t.store.ingest(page, watermark: Fx.t(3), at: Fx.t(4))
        #expect(first.new == 3)
        let historyBefore = try page.map { try t.detail($0.amazonOrderId).history.map(\.event) }
        let outboxBefore = try t.store.outbox(includeDone: true)
        let activityBefore = try t.store.activity(limit: 1_000)
        let catalogBefore = try t.store.catalog()

        let second = try t.store.ingest(page, watermark: Fx.t(3), at: Fx.t(5))
        #expect(second.received == page.count)
        #expect(second.unchanged == page.count)
        #expect(second.new == 0 && second.updated == 0 && second.imported == 0 && second.blocked == 0 && second.reserved == 0)
        #expect(try page.map { try t.detail($0.amazonOrderId).history.map(\.event) } == historyBefore)
        #expect(try t.store.outbox(includeDone: true) == outboxBefore)
        #expect(try t.acks().count == 1)
        #expect(try t.store.activity(limit: 1_000) == activityBefore)
        #expect(try t.store.catalog() == catalogBefore)
        #expect(try t.store.orders().count == 3)
    }

    @Test func anOlderUpdateOfAKnownOrderIsIgnored() throws {
        // R3: an update that went backwards in time never rewinds the status.
        let t = try TestStore()
        let pending = Fx.order("302-0000001-0000001", .pending, updated: Fx.t(1))
        let paid = Fx.later(pending, .unshipped, by: 2)
        try t.store.ingest([paid], watermark: Fx.t(3), at: Fx.t(3))
        let report = try t.store.ingest([pending], watermark: Fx.t(1), at: Fx.t(4))
        #expect(report.unchanged == 1)
        #expect(report.updated == 0)
        let detail = try t.detail(pending.amazonOrderId)
        #expect(detail.order.status == .unshipped)
        #expect(detail.order.lastUpdateDate == paid.lastUpdateDate)
        #expect(detail.local?.status == .processing)
        #expect(detail.reservations.isEmpty)
    }

    @Test func aNewerUpdateIsStoredWithItsHistory() throws {
        // R3: a later status is stored in place (no second row) and written to the order's history.
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped)
        try t.store.ingest([o], watermark: Fx.t(1), at: Fx.t(1))
        let report = try t.store.ingest([Fx.fullyShipped(Fx.later(o, .shipped))], watermark: Fx.t(2), at: Fx.t(2))
        #expect(report.updated == 1)
        #expect(report.new == 0)
        #expect(try t.store.orders().count == 1)
        let events = try t.detail(o.amazonOrderId).history.map(\.event)
        #expect(events.first == "received as UNSHIPPED")
        #expect(events.last == "UNSHIPPED → SHIPPED")
    }

    @Test func theWatermarkNeverMovesBackwards() throws {
        // R3
        let t = try TestStore()
        #expect(try t.store.syncState().watermark == nil)
        try t.store.ingest([], watermark: Fx.t(10), at: Fx.t(10))
        #expect(try t.store.syncState().watermark == Fx.t(10))
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: Fx.t(5), at: Fx.t(11))
        #expect(try t.store.syncState().watermark == Fx.t(10))
        try t.store.ingest([], watermark: nil, at: Fx.t(12))
        #expect(try t.store.syncState().watermark == Fx.t(10))
        try t.store.ingest([], watermark: Fx.t(12), at: Fx.t(12))
        #expect(try t.store.syncState().watermark == Fx.t(12))
    }

    @Test func aSyncIsRecorded() throws {
        // R3: the console shows when the last sync succeeded and what it did; a failure keeps the last success.
        let t = try TestStore()
        try t.store.recordSync(at: Fx.t(1), success: true, report: "3 new", error: nil)
        try t.store.recordSync(at: Fx.t(2), success: false, report: nil, error: "throttled")
        let state = try t.store.syncState()
        #expect(state.lastSuccessAt == Fx.t(1))
        #expect(state.lastAttemptAt == Fx.t(2))
        #expect(state.lastReport == "3 new")
        #expect(state.lastError == "throttled")
        try t.store.recordSync(at: Fx.t(3), success: true, report: "0 new", error: nil)
        #expect(try t.store.syncState().lastError == nil)
    }

    @Test func pendingOrderIdsAndItemsAreLookedUpInBulk() throws {
        // R12: the sync refetches the orders it holds as pending.
        let t = try TestStore()
        let pending = Fx.order("302-0000001-0000001", .pending)
        let unshipped = Fx.order("302-0000002-0000002", .unshipped, items: [Fx.item("MUG-ROT-350", qty: 2)])
        try t.store.ingest([pending, unshipped], watermark: nil, at: Fx.t(2))
        #expect(try t.store.pendingOrderIds(among: [pending.amazonOrderId, unshipped.amazonOrderId, "302-9999999-9999999"]) == [pending.amazonOrderId])
        #expect(try t.store.pendingOrderIds(among: []) == [])
        let items = try t.store.orderItems(for: [unshipped.amazonOrderId])
        #expect(items[unshipped.amazonOrderId] == unshipped.items)
    }
}

/// Times with fractions of a second (SPAPIDate parses fractional seconds) survive the round trip through the store.
@Suite struct FractionalTimeTests {
    @Test func aRepeatedPageWithMillisecondsIsUnchanged() throws {
        // R3
        let t = try TestStore()
        let page = (0..<20).map { n in
            Fx.order(String(format: "302-0000000-%07d", n), .unshipped, purchased: Fx.t(1).addingTimeInterval(Double(n) * 0.123 + 0.001),
                     updated: Fx.t(2).addingTimeInterval(Double(n) * 0.377 + 0.007), items: [Fx.item("NOT-IN-CATALOG")])
        }
        try t.store.ingest(page, watermark: nil, at: Fx.t(3))
        let again = try t.store.ingest(page, watermark: nil, at: Fx.t(4))
        #expect(again.unchanged == page.count)
        #expect(again.updated == 0)
    }

    @Test func keysetPagesWithMillisecondsAndTies() throws {
        // R1
        let t = try TestStore()
        let orders = (0..<60).map { n in
            Fx.order(String(format: "302-0000000-%07d", n), .unshipped, purchased: Fx.t(1).addingTimeInterval(Double(n / 4) * 0.1 + 0.013),
                     items: [Fx.item("NOT-IN-CATALOG")])
        }
        try t.store.ingest(orders, watermark: nil, at: Fx.t(3))
        var seen: [String] = []
        var cursor: OrderCursor?
        for _ in 0..<20 {
            let page = try t.store.orders(after: cursor, limit: 7)
            guard let last = page.last else { break }
            seen += page.map(\.amazonOrderId)
            cursor = MerchantStore.cursor(after: last, sort: .newest)
        }
        #expect(seen.count == 60)
        #expect(Set(seen).count == 60)
    }
}
