import AmazonSimulator
import Foundation
import MerchantStore
import SellingPartnerAPI

/// Ingest at full size: Amazon lives one more week, the real sync brings it into the store of a million
/// orders (measured), and then SQLite's own shell loads the same rows, read back from the synced store as
/// CSV, into a copy of the store as it was before the week, in one transaction. Both write the same rows
/// into the same file at the same size: orders, lines, packages, history, search text, local orders and
/// their lines, reservations, acknowledgements owed to Amazon and activity lines.
enum Ingest {
    struct Result {
        var week: DataSet.SyncRun
        var shellSeconds: Samples      // ms of each `.import` run
        var shellOrders: Int           // the new orders whose rows the shell loads
        var shellRows: Int
        /// While the data set was built: the sync after each simulated week, from an empty store to a full one.
        var buildRuns: [DataSet.SyncRun]
        var fromCache: Bool

        var syncRate: Double { Double(week.new + week.updated) / week.seconds }
        var shellRate: Double { Double(shellOrders) / (shellSeconds.median / 1_000) }
    }

    /// The tables the sync writes for a new order, each with the query that reads one week's new rows
    /// back (`newOrder` holds the week's new orders; `b` is the store before the week).
    static let weekRows: [(table: String, select: String)] = [
        ("amazonOrder", "SELECT o.* FROM main.amazonOrder o JOIN newOrder n USING (id)"),
        ("amazonOrderItem", "SELECT i.* FROM main.amazonOrderItem i JOIN newOrder n USING (amazonOrderId)"),
        ("amazonOrderPackage", "SELECT p.* FROM main.amazonOrderPackage p JOIN newOrder n USING (amazonOrderId)"),
        ("amazonOrderHistory", "SELECT h.* FROM main.amazonOrderHistory h JOIN newOrder n USING (amazonOrderId)"),
        ("searchRow", "SELECT s.rowid, s.text FROM main.orderSearch s JOIN newOrder n ON s.rowid = n.searchKey"),
        ("localOrder", "SELECT l.* FROM main.localOrder l JOIN newOrder n USING (amazonOrderId)"),
        ("localOrderLine", "SELECT ll.* FROM main.localOrderLine ll JOIN main.localOrder l ON l.id = ll.localOrderId JOIN newOrder n USING (amazonOrderId)"),
        ("reservation", "SELECT r.* FROM main.reservation r JOIN newOrder n USING (amazonOrderId)"),
        ("outbox", "SELECT x.* FROM main.outbox x WHERE x.id > (SELECT max(id) FROM b.outbox) AND x.kind = 'acknowledgement'"),
        ("activity", "SELECT a.* FROM main.activity a WHERE a.id > (SELECT max(id) FROM b.activity)"),
    ]

    static func measure(_ data: DataSet, cached: Bool, scratch: URL, repeats: Int) throws -> Result {
        // The store as it is before the week (migrated to this build's schema), whole in its main file.
        _ = try MerchantStore.open(at: data.storePath)
        try Shell.sqlite3([data.storePath, "PRAGMA wal_checkpoint(TRUNCATE);"])
        let before = scratch.appendingPathComponent("before-week.sqlite").path
        try copy(data.storePath, to: before)
        defer { try? FileManager.default.removeItem(atPath: before) }

        say("ingest: one more simulated week synced into the full store")
        let week = try oneMoreWeek(data)
        say("one more week: \(week.new) new, \(week.updated) updated in \(String(format: "%.1f", week.seconds)) s, the simulator answering \(String(format: "%.1f", week.simulatorSeconds)) s")

        // The week's new rows as CSV, read back from the synced store.
        var export = ["ATTACH '\(before)' AS b;",
                      "CREATE TEMP TABLE newOrder AS SELECT amazonOrderId, id, searchKey FROM main.amazonOrder WHERE id > (SELECT max(id) FROM b.amazonOrder);",
                      ".headers off", ".mode csv"]
        var load = ["BEGIN;", ".mode csv", "CREATE TEMP TABLE searchRow (rowid INTEGER, text TEXT);"]
        var csvs: [String] = []
        for (table, select) in weekRows {
            let csv = scratch.appendingPathComponent("\(table).csv").path
            csvs.append(csv)
            export += [".output \(csv)", "\(select);"]
            load.append(".import \(csv) \(table)")
        }
        defer { for csv in csvs { try? FileManager.default.removeItem(atPath: csv) } }
        load += ["INSERT INTO orderSearch (rowid, text) SELECT rowid, text FROM temp.searchRow;", "COMMIT;"]
        export += [".output stdout", "SELECT count(*) FROM newOrder;",
                   "SELECT " + weekRows.map { "(SELECT count(*) FROM (\($0.select)))" }.joined(separator: " + ") + ";"]
        let counts = try Shell.sqlite3([data.storePath], input: export.joined(separator: "\n") + "\n")
            .split(whereSeparator: \.isNewline).compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard counts.count == 2, counts[0] > 0 else { throw Shell.Failure(description: "the week's rows could not be read back from the store") }
        let (orders, rows) = (counts[0], counts[1])

        var shellSeconds = Samples()
        for attempt in 0..<repeats {
            let db = scratch.appendingPathComponent("shell-import-\(attempt).sqlite").path
            try copy(before, to: db)
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
            let start = ContinuousClock.now
            try Shell.sqlite3([db], input: load.joined(separator: "\n") + "\n")
            let s = seconds(since: start)
            shellSeconds.add(s * 1_000)
            say("sqlite3 .import of the week's \(orders) new orders (\(rows) rows) into the store before the week: \(String(format: "%.1f", s)) s")
        }
        return Result(week: week, shellSeconds: shellSeconds, shellOrders: orders, shellRows: rows,
                      buildRuns: data.meta.syncRuns, fromCache: cached)
    }

    /// Amazon lives one more week, then the real sync brings it into the store of a million orders.
    static func oneMoreWeek(_ data: DataSet, advance: Bool = true, sync syncing: Bool = true) throws -> DataSet.SyncRun {
        let simulator = try AmazonSimulator.open(at: data.simulatorPath, clock: SystemClock())
        try simulator.setThrottling(enabled: false)
        let store = try MerchantStore.open(at: data.storePath)
        let (sync, transport) = DataSet.realSync(store: store, simulator: simulator)
        if advance {
            try simulator.advance(minutes: 7 * 1_440, seed: 9_999, mix: .established(ordersPerHour: Double(data.meta.orders) / (365 * 24)))
        }
        guard syncing else { return DataSet.SyncRun(new: 0, updated: 0, pages: 0, seconds: 0, simulatorSeconds: 0) }
        _ = transport.takeSeconds()
        let start = ContinuousClock.now
        let outcome = DataSet.runSync(sync)
        let elapsed = seconds(since: start)
        if let error = outcome.error { throw Shell.Failure(description: "the sync stopped: \(error)") }
        return DataSet.SyncRun(new: outcome.orders.new, updated: outcome.orders.updated, pages: outcome.pages, seconds: elapsed,
                               simulatorSeconds: transport.takeSeconds())
    }

    /// `merchant-bench --ingest-week FOLDER [advance|sync]`, for profiling one half or both.
    static func oneMoreWeekAndReport(folder: URL, part: String) -> Never {
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let meta = try decoder.decode(DataSet.Meta.self, from: Data(contentsOf: folder.appendingPathComponent("meta.json")))
            let week = try oneMoreWeek(DataSet(folder: folder, meta: meta, folderName: folder.lastPathComponent),
                                       advance: part != "sync", sync: part != "advance")
            guard week.seconds > 0 else { print("advanced a week"); exit(0) }
            print("\(week.new) new, \(week.updated) updated, \(week.pages) pages in \(String(format: "%.1f", week.seconds)) s (the simulator answering \(String(format: "%.1f", week.simulatorSeconds)) s of it): \(Int(Double(week.new + week.updated) / week.seconds)) orders/s")
            exit(0)
        } catch {
            print("ingest week: \(error)")
            exit(1)
        }
    }

    private static func copy(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try Shell.run("cp", ["--reflink=auto", from, to])
    }
}
