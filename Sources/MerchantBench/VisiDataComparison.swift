import Foundation
import MerchantStore

/// Side by side with VisiData: both open a CSV export of the same orders in tmux. Time to the first
/// screen, time until everything is browsable (VisiData: every row loaded; the console: `G` shows the
/// oldest order), resident memory then, and a sort by ship-by date (VisiData: `[` on the ship_by column;
/// the console: `o`, its ship-by urgency order). Ratios are console ÷ VisiData (below 1: the console is faster/smaller).
enum VisiDataComparison {
    struct Side {
        var firstScreen = Samples()
        var browsable = Samples()
        var rss = Samples()
        var sort = Samples()
    }

    struct Result {
        var console = Side()
        var visidata = Side()
        var visidataVersion = ""
        var note: String?
        var csvBytes: Int64 = 0
    }

    static func measure(_ data: DataSet, merchant: String, tmux: Tmux, scratch: URL, repeats: Int) throws -> Result {
        var result = Result()
        guard let vd = findVisiData() else {
            result.note = "VisiData is not installed (pip install visidata); the comparison was skipped"
            return result
        }
        result.visidataVersion = (try? Shell.run(vd, ["--version"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
        let csv = scratch.appendingPathComponent("orders.csv").path
        try Shell.sqlite3(["-readonly", data.storePath, ".headers on", ".mode csv", ".output \(csv)", """
            SELECT amazonOrderId AS order_id, status, strftime('%Y-%m-%d %H:%M', purchaseDate, 'unixepoch') AS purchased,
                   strftime('%Y-%m-%d %H:%M', latestShipDate, 'unixepoch') AS ship_by, buyerName AS buyer, itemCount AS items,
                   printf('%.2f', totalMinor / 100.0) AS total, currency
            FROM amazonOrder ORDER BY purchaseDate DESC, amazonOrderId DESC
            """])
        result.csvBytes = DataSet.fileSize(csv)
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let firstSorted = try Shell.sqlite3(["-readonly", data.storePath, """
            SELECT amazonOrderId FROM amazonOrder
            ORDER BY coalesce(strftime('%Y-%m-%d %H:%M', latestShipDate, 'unixepoch'), ''), purchaseDate DESC, amazonOrderId DESC LIMIT 1
            """]).trimmingCharacters(in: .whitespacesAndNewlines)
        let rowCount = data.meta.orders

        // VisiData: `vd orders.csv`; loaded when the status line counts every row and no progress shows.
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            let (pane, pid) = try tmux.open("env LANG=C.UTF-8 HOME=\(scratch.path) \(vd) --quitguard=False \(csv)")
            defer { tmux.close(pane) }
            guard let first = tmux.wait(pane, from: start, timeout: 60, containsOrderId) else {
                result.note = "VisiData showed no rows within 60 s: \(tmux.capture(pane).suffix(300))"
                return result
            }
            result.visidata.firstScreen.add(first)
            guard let loaded = tmux.wait(pane, from: start, timeout: 600, { loadedAll($0, rows: rowCount) }) else {
                result.note = "VisiData did not finish loading within 10 minutes: \(tmux.capture(pane).suffix(300))"
                return result
            }
            result.visidata.browsable.add(loaded)
            if let rss = residentMB(pid: pid) { result.visidata.rss.add(rss) }
            // ship_by is the fourth column: three steps right, then sort ascending.
            tmux.send(pane, "l", "l", "l")
            Thread.sleep(forTimeInterval: 0.3)
            let sortStart = ContinuousClock.now
            tmux.send(pane, "[")
            guard let sorted = tmux.wait(pane, from: sortStart, timeout: 600, { firstOrderId($0) == firstSorted }) else {
                result.note = "VisiData's sort did not show \(firstSorted) first within 10 minutes: \(tmux.capture(pane).prefix(400))"
                return result
            }
            result.visidata.sort.add(sorted)
            tmux.send(pane, "g", "q")
        }

        // The console on the same orders (its store), the same moves.
        let store = try MerchantStore.open(at: data.storePath)
        let oldest = try store.orders(filter: .all, sort: .newest, before: nil, limit: 1).first?.amazonOrderId ?? ""
        let mostUrgent = try store.orders(filter: .all, sort: .urgency, limit: 1).first?.amazonOrderId ?? ""
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            let (pane, pid) = try tmux.open("env LANG=C.UTF-8 MERCHANT_HOME=\(data.folder.path) \(merchant) console")
            defer { tmux.close(pane) }
            guard let first = tmux.wait(pane, from: start, timeout: 20, containsOrderId) else {
                result.note = "the console showed no orders within 20 s"
                return result
            }
            result.console.firstScreen.add(first)
            tmux.send(pane, "G")
            guard let end = tmux.wait(pane, from: start, timeout: 20, { $0.contains(oldest) }) else {
                result.note = "the console's G did not show the oldest order \(oldest)"
                return result
            }
            result.console.browsable.add(end)
            if let rss = residentMB(pid: pid) { result.console.rss.add(rss) }
            tmux.send(pane, "g")
            Thread.sleep(forTimeInterval: 0.3)
            let sortStart = ContinuousClock.now
            tmux.send(pane, "o")
            guard let sorted = tmux.wait(pane, from: sortStart, timeout: 20, { firstOrderId($0) == mostUrgent }) else {
                result.note = "the console's urgency sort did not show \(mostUrgent) first"
                return result
            }
            result.console.sort.add(sorted)
            tmux.send(pane, "q")
            Thread.sleep(forTimeInterval: 0.3)
        }
        return result
    }

    static func findVisiData() -> String? {
        if let path = try? Shell.which("vd") { return path }
        if let path = try? Shell.which("visidata") { return path }
        return nil
    }

    /// VisiData's status line reads "… 1000000 rows" once loading is done; while loading a percentage shows.
    static func loadedAll(_ screen: String, rows: Int) -> Bool {
        guard let status = screen.split(separator: "\n").last(where: { $0.contains(" rows") }) else { return false }
        return status.contains("\(rows) rows") && !status.contains("%")
    }

    static func firstOrderId(_ screen: String) -> String? {
        screen.range(of: #"\d{3}-\d{7}-\d{7}"#, options: .regularExpression).map { String(screen[$0]) }
    }
}
