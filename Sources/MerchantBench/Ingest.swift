import AmazonSimulator
import Foundation
import MerchantStore
import SellingPartnerAPI

/// Ingest: orders per second through the real sync from the in-process simulator (measured while the
/// data set was built, one sync per simulated week), beside SQLite's own shell loading the same rows
/// from CSV into tables of the same shape, in one transaction.
enum Ingest {
    struct Result {
        var syncRate: Samples          // orders/s of each weekly sync (new + updated orders it stored)
        var syncOverall: Double        // all orders brought, over all sync time
        var syncSeconds: Double
        var ownRate: Samples           // the same without the time the simulator took to answer
        var ownOverall: Double
        var simulatorShare: Double
        var shellRate: Samples         // orders/s of each `.import` run
        var shellSeconds: Samples
        var fromCache: Bool
        /// One more simulated week brought home into the full store, measured in this run.
        var lastWeek: DataSet.SyncRun?
    }

    /// Amazon lives one more week, then the real sync brings it into the store of a million orders:
    /// the ingest rate at full size, measured now rather than while the data set was built.
    static func oneMoreWeek(_ data: DataSet) throws -> DataSet.SyncRun {
        let simulator = try AmazonSimulator.open(at: data.simulatorPath, clock: SystemClock())
        try simulator.setThrottling(enabled: false)
        let store = try MerchantStore.open(at: data.storePath)
        let (sync, transport) = DataSet.realSync(store: store, simulator: simulator)
        try simulator.advance(minutes: 7 * 1_440, seed: 9_999, mix: .established(ordersPerHour: Double(data.meta.orders) / (365 * 24)))
        _ = transport.takeSeconds()
        let start = ContinuousClock.now
        let outcome = DataSet.runSync(sync)
        let elapsed = seconds(since: start)
        if let error = outcome.error { throw Shell.Failure(description: "the sync stopped: \(error)") }
        return DataSet.SyncRun(new: outcome.orders.new, updated: outcome.orders.updated, pages: outcome.pages, seconds: elapsed,
                               simulatorSeconds: transport.takeSeconds())
    }

    static func measure(_ data: DataSet, cached: Bool, scratch: URL, repeats: Int) throws -> Result {
        var rates = Samples(), own = Samples()
        for run in data.meta.syncRuns where run.seconds > 0 && run.new > 0 {
            rates.add(Double(run.new + run.updated) / run.seconds)
            own.add(Double(run.new + run.updated) / (run.seconds - run.simulatorSeconds))
        }
        let syncSeconds = data.meta.syncRuns.reduce(0) { $0 + $1.seconds }
        let answering = data.meta.syncRuns.reduce(0) { $0 + $1.simulatorSeconds }
        let synced = data.meta.syncRuns.reduce(0) { $0 + $1.new + $1.updated }

        // The same rows as CSV: every order and every order line, as the store holds them.
        let orders = scratch.appendingPathComponent("amazonOrder.csv").path
        let items = scratch.appendingPathComponent("amazonOrderItem.csv").path
        try Shell.run("sqlite3", ["-readonly", data.storePath, ".headers off", ".mode csv", ".output \(orders)", "SELECT * FROM amazonOrder",
                                  ".output \(items)", "SELECT * FROM amazonOrderItem"])
        let schema = try Shell.run("sqlite3", ["-readonly", data.storePath, """
            SELECT sql || ';' FROM sqlite_master WHERE tbl_name IN ('amazonOrder', 'amazonOrderItem') AND type IN ('table', 'index') AND sql IS NOT NULL
            ORDER BY type = 'index', name
            """])
        var shellRate = Samples(), shellSeconds = Samples()
        for attempt in 0..<repeats {
            let db = scratch.appendingPathComponent("shell-import-\(attempt).sqlite").path
            try? FileManager.default.removeItem(atPath: db)
            try Shell.run("sqlite3", [db, "PRAGMA journal_mode=WAL;"])
            let script = """
                \(schema)
                BEGIN;
                .mode csv
                .import \(orders) amazonOrder
                .import \(items) amazonOrderItem
                COMMIT;
                """
            let start = ContinuousClock.now
            try Shell.run("sqlite3", [db], input: script)
            let s = seconds(since: start)
            shellSeconds.add(s * 1_000)
            shellRate.add(Double(data.meta.orders) / s)
            try? FileManager.default.removeItem(atPath: db)
            say("sqlite3 .import of \(data.meta.orders) orders: \(String(format: "%.1f", s)) s")
        }
        try? FileManager.default.removeItem(atPath: orders)
        try? FileManager.default.removeItem(atPath: items)
        return Result(syncRate: rates, syncOverall: Double(synced) / syncSeconds, syncSeconds: syncSeconds,
                      ownRate: own, ownOverall: Double(synced) / (syncSeconds - answering), simulatorShare: answering / syncSeconds,
                      shellRate: shellRate, shellSeconds: shellSeconds, fromCache: cached)
    }
}
