import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// A key press reads a window of the list, never all of it: every window's statement walks an index in the
/// list's order and stops at its limit. A plan that sorts ("USE TEMP B-TREE") costs all matching orders,
/// which at a million orders missed the 10 ms budget (BENCHMARKS.md). SQLite without statistics picks its
/// plan from the schema alone, so a small store shows the plan a large one gets.
@Suite struct WindowPlanTests {
    static let filters: [OrderFilter] = [.all, .status(.unshipped), .status(.pending), .importState(.blocked), .awaitingPayment, .buyerCancelRequest]

    func plan(_ sql: String, _ arguments: StatementArguments, in t: TestStore) throws -> String {
        try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test(arguments: OrderSort.allCases)
    func everyWindowReadsInIndexOrder(sort: OrderSort) throws {
        let t = try TestStore()
        let cursor = OrderCursor(key: 1_800_000_000, amazonOrderId: "302-0000000-0000000")
        for filter in Self.filters {
            for after in [nil, cursor] {
                for backwards in [false, true] {
                    let (sql, arguments) = MerchantStore.windowSQL(filter: filter, sort: sort, cursor: after, backwards: backwards, limit: 42)
                    let plan = try plan(sql, arguments, in: t)
                    #expect(!plan.contains("TEMP B-TREE"), "\(filter) \(sort) cursor: \(after != nil) backwards: \(backwards):\n\(plan)")
                    // And it really runs.
                    _ = try t.store.pool.read { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
                }
            }
        }
    }
}
