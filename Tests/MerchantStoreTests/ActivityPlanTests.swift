import GRDB
@testable import MerchantStore
import Testing

/// The Outbox pane's "what you did" reads the merchant's lines through an index of their own: at a million orders
/// the log is nearly all the sync's, and walking past those lines would cost a key press seconds.
@Suite struct ActivityPlanTests {
    @Test("the merchant's lines come through the partial index, in its order, with no sort")
    func merchantLinesUseTheirIndex() throws {
        let t = try TestStore()
        let plan = try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ActivityLog.newestSQL(includeSync: false), arguments: [50])
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("activity_notSync"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }
}
