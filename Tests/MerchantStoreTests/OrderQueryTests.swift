import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The orders list: keyset pages, urgency, filters and counts (R1, R15).
@Suite struct OrderQueryTests {
    /// 250 orders, several sharing a purchase time (ties are broken by the order id), in random insertion order.
    static func manyOrders() -> [AmazonOrder] {
        let statuses: [AmazonOrderStatus] = [.unshipped, .shipped, .pending, .cancelled, .partiallyShipped]
        var orders: [AmazonOrder] = []
        for n in 0..<250 {
            let id = String(format: "302-%07d-%07d", n * 7919 % 10_000_000, n)
            let status = statuses[n % statuses.count]
            var o = Fx.order(id, status, purchased: Fx.t(Double(n / 3)), latestShip: Fx.t(Double(48 + (n * 37) % 100)),
                             items: [Fx.item("UNKNOWN-\(n % 4)", qty: 1 + n % 3)])
            if status == .shipped { o = Fx.fullyShipped(o) }
            if status == .partiallyShipped { o.items[0].quantityShipped = 0 }
            orders.append(o)
        }
        var rng = SystemRandomNumberGenerator()
        return orders.shuffled(using: &rng)
    }

    @Test func keysetPagesReturnEveryOrderOnceNewestFirst() throws {
        // R1
        let t = try TestStore()
        let orders = Self.manyOrders()
        try t.store.ingest(Array(orders[..<120]), watermark: nil, at: Fx.t(100))
        try t.store.ingest(Array(orders[120...]), watermark: nil, at: Fx.t(100))

        var seen: [OrderSummary] = []
        var cursor: OrderCursor?
        var pages = 0
        while true {
            let page = try t.store.orders(sort: .newest, after: cursor, limit: 50)
            if page.isEmpty { break }
            #expect(page.count <= 50)
            seen += page
            cursor = MerchantStore.cursor(after: try #require(page.last), sort: .newest)
            pages += 1
            if pages > 10 { break }
        }
        #expect(pages == 5)
        #expect(seen.count == 250)
        #expect(Set(seen.map(\.amazonOrderId)).count == 250)
        let expected = orders.sorted { ($0.purchaseDate, $0.amazonOrderId) > ($1.purchaseDate, $1.amazonOrderId) }.map(\.amazonOrderId)
        #expect(seen.map(\.amazonOrderId) == expected)
    }

    @Test func urgencyListsOnlyOrdersToShipByDeadline() throws {
        // R15
        let t = try TestStore()
        let orders = Self.manyOrders()
        try t.store.ingest(orders, watermark: nil, at: Fx.t(100))
        let open = orders.filter { $0.status == .unshipped || $0.status == .partiallyShipped }
        var seen: [OrderSummary] = []
        var cursor: OrderCursor?
        for _ in 0..<10 {
            let page = try t.store.orders(sort: .urgency, after: cursor, limit: 30)
            if page.isEmpty { break }
            seen += page
            cursor = MerchantStore.cursor(after: try #require(page.last), sort: .urgency)
        }
        #expect(seen.allSatisfy { $0.status == .unshipped || $0.status == .partiallyShipped })
        let expected = open.sorted { ($0.latestShipDate!, $0.amazonOrderId) < ($1.latestShipDate!, $1.amazonOrderId) }.map(\.amazonOrderId)
        #expect(seen.map(\.amazonOrderId) == expected)
        #expect(seen.map(\.latestShipDate) == seen.map(\.latestShipDate).sorted { $0! < $1! })
    }

    @Test func aStatusFilterShowsOnlyThatStatus() throws {
        let t = try TestStore()
        let orders = Self.manyOrders()
        try t.store.ingest(orders, watermark: nil, at: Fx.t(100))
        let shipped = try t.store.orders(filter: .status(.shipped), limit: 500)
        #expect(shipped.count == orders.filter { $0.status == .shipped }.count)
        #expect(shipped.allSatisfy { $0.status == .shipped })
        #expect(OrderFilter.parse("unshipped") == .status(.unshipped))
        #expect(OrderFilter.parse("blocked") == .importState(.blocked))
        #expect(OrderFilter.parse("read-only") == .importState(.readOnly))
        #expect(try t.store.orders(filter: .importState(.readOnly)).isEmpty)
    }

    @Test func countsFollowTheData() throws {
        // R5: the banner counts come from triggers; they must agree with the rows after status changes.
        let t = try TestStore()
        let a = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        let b = Fx.order("302-0000002-0000002", .unshipped, purchased: Fx.t(2), items: [Fx.item("UNKNOWN-1")])
        let c = Fx.order("302-0000003-0000003", .unshipped, purchased: Fx.t(3), items: [Fx.item("MUG-ROT-350")])
        try t.store.ingest([a, b, c], watermark: nil, at: Fx.t(4))
        try t.store.ingest([Fx.later(a, .unshipped), Fx.later(b, .cancelled), Fx.fullyShipped(Fx.later(c, .shipped))], watermark: nil, at: Fx.t(5))
        try t.store.ingest([Fx.later(Fx.later(a, .unshipped), .partiallyShipped) { $0.items[0].quantityShipped = 1 }], watermark: nil, at: Fx.t(6))
        try t.store.reconsiderWaitingOrders(at: Fx.t(7))

        let counts = try t.store.orderCounts()
        let all = try t.store.orders(limit: 100)
        let byStatus = Dictionary(grouping: all, by: \.status).mapValues(\.count)
        let byImport = Dictionary(grouping: all, by: \.importState).mapValues(\.count)
        #expect(counts.byStatus == byStatus)
        #expect(counts.byImportState == byImport)
        #expect(counts.byStatus == [.partiallyShipped: 1, .cancelled: 1, .shipped: 1])
        #expect(counts.byImportState[.blocked] == nil)
    }

    @Test func countsOverManyOrders() throws {
        let t = try TestStore()
        let orders = Self.manyOrders()
        try t.store.ingest(orders, watermark: nil, at: Fx.t(100))
        let counts = try t.store.orderCounts()
        #expect(counts.byStatus == Dictionary(grouping: orders, by: \.status).mapValues(\.count))
        let all = try t.store.orders(limit: 1_000)
        #expect(counts.byImportState == Dictionary(grouping: all, by: \.importState).mapValues(\.count))
        #expect(counts.byImportState[.blocked] == orders.filter { !$0.status.isPending && $0.status != .cancelled }.count)
    }

    @Test func anUnknownOrderIsRefused() throws {
        let t = try TestStore()
        #expect(throws: StoreError.unknownOrder("302-9999999-9999999")) { try t.store.orderDetail("302-9999999-9999999") }
    }
}
