import Foundation

/// Everything one run measured, turned into the report.
struct BenchResults {
    let data: DataSet
    let cached: Bool
    var ingest: Ingest.Result?
    var keys: [Keystrokes.Row]?
    var cold: ColdStart.Result?
    var feed: FeedToScreen.Result?
    var visidata: VisiDataComparison.Result?
    var totalSeconds = 0.0

    func report() -> Report {
        var r = Report()
        let m = data.meta
        let date = ISO8601DateFormatter().string(from: Date())
        r.preamble = [
            "Written by `swift run -c release merchant-bench` (\(date); this run took \(Int(totalSeconds)) s). Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Int(ProcessInfo.processInfo.physicalMemory >> 30)) GiB, shared with other builds.",
            "",
            "Data set: \(Format.grouped(m.orders)) orders, a simulated year made by `AmazonSimulator.advance` a week at a time, each week brought home by the real `ChannelSync` (throttling off, `RateLimitPolicy.unlimited`). " +
                (cached ? "**Reused from the cache** `.build/bench-data/\(data.folderName)` (built \(ISO8601DateFormatter().string(from: m.builtAt))): the generation was skipped; the ingest is measured on one more week synced in this run." :
                    "Built in this run (simulator \(Int(m.simulatorSeconds)) s, sync \(Int(m.syncRuns.reduce(0) { $0 + $1.seconds })) s) and cached under `.build/bench-data/\(data.folderName)`."),
            "",
            "Shape: \(String(format: "%.2f", m.itemsPerOrder)) units and \(String(format: "%.2f", m.linesPerOrder)) lines an order; store file \(m.storeBytes >> 20) MB.",
            "Statuses: " + mix(m.statusMix) + ".",
            "Import states: " + mix(m.importMix) + ".",
            "Buyer names: " + mix(m.scriptMix) + ".",
            "Generator: \(m.generatorChange).",
            "",
            "Times are medians and p99 (nearest rank) of repeated runs, taken with `ContinuousClock`. A keystroke is `update` + the store reads it asks for + `view`, headless, on a 120×40 screen.",
        ]
        if let i = ingest {
            let w = i.week
            let shell = i.shellRate
            let built = i.buildRuns.filter { $0.seconds > 0 }
            let builtRate = Double(built.reduce(0) { $0 + $1.new + $1.updated }) / built.reduce(0) { $0 + $1.seconds }
            r.add("Ingest (decode, map, store) at full size", [
                .init(measurement: "one more simulated week synced into the full store (Amazon's answering included)",
                      figure: "\(Format.grouped(w.new)) new and \(Format.grouped(w.updated)) updated orders in \(String(format: "%.1f", w.seconds)) s: \(Format.rate(i.syncRate))",
                      budget: "≥ ½ of the shell: \(Format.rate(shell / 2))", met: i.syncRate >= shell / 2,
                      comparison: "\(Format.ratio(i.syncRate / shell)) of sqlite3's rate; the simulator answered for \(String(format: "%.1f", w.simulatorSeconds)) s of it, while the store wrote"),
                .init(measurement: "sqlite3 shell `.import` of the same rows (CSV, one transaction) into the store as it was before the week",
                      figure: "\(Format.rate(shell)): \(Format.grouped(i.shellOrders)) new orders, \(Format.grouped(i.shellRows)) rows in 10 tables (\(Format.spread(i.shellSeconds)))",
                      budget: "–", met: nil, comparison: "the rows the sync wrote for the week's new orders, read back from the synced store"),
                .init(measurement: "while the data set was built (a sync a week, the store growing from empty)" + (i.fromCache ? ", from the cache" : ""),
                      figure: built.isEmpty ? "–" : "\(Format.rate(builtRate)) overall",
                      budget: "–", met: nil, comparison: "the code of the build that made the data set"),
            ])
        }
        if let c = cold {
            var rows: [Report.Row] = [
                .init(measurement: "process start → first Orders frame, headless", figure: Format.spread(c.headless), budget: "≤ 100 ms",
                      met: c.headless.count > 0 ? c.headless.p99 <= 100 : nil, comparison: "ConsoleProgram over the store, no curses"),
                .init(measurement: "resident memory then, headless", figure: Format.spread(c.headlessRSS, Format.mb), budget: "≤ 64 MB",
                      met: c.headlessRSS.count > 0 ? c.headlessRSS.p99 <= 64 : nil, comparison: "peak RSS of the probe (VmHWM)"),
            ]
            if c.tmux.count > 0 || c.tmuxNote != nil {
                rows += [
                    .init(measurement: "`merchant console` in tmux: process start (exec) → first frame out", figure: Format.spread(c.tmuxFromExec), budget: "≤ 100 ms",
                          met: c.tmuxFromExec.count > 0 ? c.tmuxFromExec.p99 <= 100 : false,
                          comparison: c.tmuxNote ?? "the shell in the window writes the wall clock and execs the console, which writes it again once its first frame is out"),
                    .init(measurement: "the same from asking tmux for the window to orders seen on screen", figure: Format.spread(c.tmux), budget: "–", met: nil,
                          comparison: "tmux's window, the shell and the polls of capture-pane (each a process) included"),
                    .init(measurement: "tmux's own share: a window that only echoes an order id", figure: Format.spread(c.tmuxFloor), budget: "–", met: nil,
                          comparison: "what the row above pays before any program draws"),
                    .init(measurement: "resident memory then, tmux", figure: Format.spread(c.tmuxRSS, Format.mb), budget: "≤ 64 MB",
                          met: c.tmuxRSS.count > 0 ? c.tmuxRSS.p99 <= 64 : nil, comparison: "VmRSS of the console process"),
                ]
            }
            r.add("Cold start", rows)
        }
        if let keys {
            r.add("Keystroke to frame", keys.map { k in
                .init(measurement: k.name, figure: Format.spread(k.samples), budget: "p99 ≤ \(Int(k.budget)) ms", met: k.samples.p99 <= k.budget, comparison: k.note)
            })
        }
        if let f = feed {
            r.add("Feed to screen", [
                .init(measurement: "order placed at the simulator → on the console's screen", figure: Format.spread(f.samples) + (f.missed > 0 ? ", \(f.missed) never shown" : ""),
                      budget: "median ≤ 2 s", met: f.samples.count > 0 && f.missed == 0 ? f.samples.median <= 2_000 : false,
                      comparison: f.note ?? "a sync every second (the real ChannelSync, unthrottled, as `merchant sync --watch --unthrottled` does every 10 s at least) beside `merchant console` in tmux; `merchant sim place` places"),
            ])
        }
        if let v = visidata {
            if let note = v.note { r.notes.append("VisiData: \(note)") }
            func row(_ name: String, _ a: Samples, _ b: Samples, _ unit: @escaping (Double) -> String = Format.ms) -> Report.Row {
                .init(measurement: name, figure: "console \(a.count > 0 ? unit(a.median) : "–"), VisiData \(b.count > 0 ? unit(b.median) : "–")",
                      budget: "–", met: nil, comparison: a.count > 0 && b.count > 0 ? "console ÷ VisiData = \(Format.ratio(a.median / b.median))" : "–")
            }
            r.add("Side by side with VisiData \(v.visidataVersion) (the same \(Format.grouped(m.orders)) orders as CSV, \(v.csvBytes >> 20) MB; medians of \(v.visidata.firstScreen.count))", [
                row("time to first screen", v.console.firstScreen, v.visidata.firstScreen),
                row("time until everything is browsable", v.console.browsable, v.visidata.browsable),
                row("resident memory then", v.console.rss, v.visidata.rss, Format.mb),
                row("sort by ship-by date", v.console.sort, v.visidata.sort),
            ])
            r.notes.append("Side by side: VisiData is browsable when its status line counts every row; the console when `G` shows the oldest order. VisiData sorts every row by the `ship_by` text (`[`); the console's `o` is its ship-by urgency order (open orders, by the `amazonOrder_toShip` index).")
        }
        return r
    }

    private func mix(_ counts: [String: Int]) -> String {
        let total = max(1, counts.values.reduce(0, +))
        return counts.sorted { $0.value > $1.value }
            .map { "\($0.key) \(String(format: "%.1f", Double($0.value) * 100 / Double(total)))%" }.joined(separator: ", ")
    }
}
