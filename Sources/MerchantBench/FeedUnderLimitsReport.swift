import Foundation

/// The rows of `FeedUnderLimits` as BENCHMARKS.md shows them, and `--feed-limits` alone: a run of only these rows
/// that replaces their section in an existing report, leaving the million-order figures of the last full run as they are.
extension FeedUnderLimits {
    static let sectionTitle = "Feed to screen under Amazon's rate limits (issue 15)"

    static func rows(_ r: Result) -> [Report.Row] {
        var rows: [Report.Row] = []
        if let a = r.polling {
            rows.append(.init(
                measurement: "A: polling alone: order placed at the simulator → on the console's screen",
                figure: Format.spread(a.samples, secondsText) + (a.missed > 0 ? ", \(a.missed) not shown within \(Int(timeout(.polling))) s" : ""),
                budget: "– (minutes expected)", met: nil,
                comparison: a.note ?? "simulator throttling on, documented rates, searchOrders' burst spent first; the console's own sync every 60 s (the sync interval) waits for searchOrders' next token (one per 179 s); each order placed 0–30 s after the one before showed, so late in that cycle"))
        }
        if let b = r.notifications {
            rows.append(.init(
                measurement: "B: with ORDER_CHANGE notifications: the same",
                figure: b.samples.count > 0 ? Format.spread(b.samples, secondsText) + (b.missed > 0 ? ", \(b.missed) never shown" : "") : "not measured",
                budget: "median ≤ 2 s, p99 ≤ 5 s",
                met: b.samples.count > 0 ? b.missed == 0 && b.samples.median <= 2_000 && b.samples.p99 <= 5_000 : nil,
                comparison: b.note ?? "the same, plus the listener on the simulator's queue (default delivery: up to 3 s late, 2 % twice)"))
        }
        return rows
    }

    static func secondsText(_ ms: Double) -> String { ms.isNaN ? "–" : ms < 10_000 ? String(format: "%.2f s", ms / 1_000) : String(format: "%.0f s", ms / 1_000) }

    /// Puts the section into the Markdown report at `path` (replacing an older one, else before the notes).
    static func splice(_ r: Result, into path: String, tookSeconds: Double) throws {
        var section = Report()
        section.add(sectionTitle, rows(r))
        let date = ISO8601DateFormatter().string(from: Date())
        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(Int(ProcessInfo.processInfo.physicalMemory >> 30)) GiB, shared with other builds"
        var lines = section.markdown.components(separatedBy: "\n").drop { !$0.hasPrefix("## ") }.map { $0 }
        lines.insert(contentsOf: ["", "Measured by `merchant-bench --feed-limits` (\(date); \(Int(tookSeconds)) s). Machine: \(machine)."], at: 1)
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        var doc = old.components(separatedBy: "\n")
        if let start = doc.firstIndex(of: "## \(sectionTitle)") {
            let end = doc[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? doc.count
            doc.replaceSubrange(start..<end, with: lines)
        } else {
            let at = doc.firstIndex(of: "## Notes") ?? doc.count
            doc.insert(contentsOf: lines, at: at)
        }
        try doc.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The soak's figures, written by hand from `MERCHANT_NOTIFY_SOAK=1 swift test --filter NotificationSoakTests`.
    static let soakTitle = "Notification soak (issue 15)"

    /// A full run rewrites the report without these rows (they take minutes of their own) and without the soak's:
    /// it carries over those sections of the `previous` report as they were.
    static func carryOver(from previous: String?, into path: String) throws {
        guard let previous else { return }
        let lines = previous.components(separatedBy: "\n")
        var doc = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        for title in [sectionTitle, soakTitle] {
            guard let start = lines.firstIndex(of: "## \(title)") else { continue }
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
            doc.insert(contentsOf: lines[start..<end], at: doc.firstIndex(of: "## Notes") ?? doc.count)
        }
        try doc.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `merchant-bench --feed-limits [--samples N] [--notify-samples N] [--out FILE]`: both rows, then the section into the report.
    static func runAlone(samples: Int, notifySamples: Int, outPath: String) -> Never {
        do {
            let started = ContinuousClock.now
            let result = try measureBoth(samples: samples, notifySamples: notifySamples)
            try splice(result, into: outPath, tookSeconds: seconds(since: started))
            var report = Report()
            report.add(sectionTitle, rows(result))
            print(report.text)
            print("\nSection written into \(outPath).")
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("merchant-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func measureBoth(samples: Int, notifySamples: Int) throws -> Result {
        let binDir = URL(fileURLWithPath: try ColdStart.selfExecutable()).deletingLastPathComponent()
        // Minutes are measured here, not milliseconds: a debug merchant-bench uses the debug merchant beside it.
        let configuration = binDir.lastPathComponent.contains("debug") ? "debug" : "release"
        say("building the merchant binary (\(configuration)) next to this one")
        try Shell.run("swift", ["build", "-c", configuration, "--product", "merchant"])
        let merchant = binDir.appendingPathComponent("merchant").path
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/bench-data")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let tmux = try Tmux()
        defer { tmux.shutDown() }
        var result = Result()
        say("feed under limits, row B (notifications): \(notifySamples) orders")
        result.notifications = try measure(.notifications, merchant: merchant, tmux: tmux, root: root, samples: notifySamples)
        say("feed under limits, row A (polling alone): \(samples) orders, up to \(Int(timeout(.polling))) s each")
        result.polling = try measure(.polling, merchant: merchant, tmux: tmux, root: root, samples: samples)
        return result
    }
}
