import AmazonSimulator
import Foundation
import SellingPartnerAPI

// merchant-bench: builds (or reuses) a store of a million orders and times it against the budgets of issue 7.
//
//     swift run -c release merchant-bench [--orders N] [--skip ingest,cold,keys,feed,visidata] [--repeats N] [--out FILE]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--probe-first-frame", arguments.count == 3, let now = Double(arguments[2]) {
    ColdStart.probe(storePath: arguments[1], now: now)
}
if arguments.first == "--ingest-week", arguments.count >= 2 {
    // For profiling: one more simulated week synced into the data set in FOLDER (which it changes);
    // `advance` or `sync` alone does one half, so that a profile of the sync holds nothing else.
    Ingest.oneMoreWeekAndReport(folder: URL(fileURLWithPath: arguments[1]), part: arguments.count > 2 ? arguments[2] : "both")
}
if arguments.first == "--sync-loop", arguments.count == 2 {
    FeedToScreen.syncLoop(folder: URL(fileURLWithPath: arguments[1]))
}

func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
if arguments.first == "--feed-limits" {
    FeedUnderLimits.runAlone(samples: option("--samples").flatMap(Int.init) ?? 4, notifySamples: option("--notify-samples").flatMap(Int.init) ?? 20,
                             outPath: option("--out") ?? "BENCHMARKS.md")
}
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
        usage: merchant-bench [--orders N] [--skip LIST] [--repeats N] [--out FILE]
          --orders N     orders in the data set (default 1000000); cached under .build/bench-data
          --skip LIST    comma-separated: ingest, cold, keys, feed, visidata
          --repeats N    samples per keystroke kind (default 200; tmux runs use fewer)
          --out FILE     where the report goes (default BENCHMARKS.md)
        merchant-bench --feed-limits [--samples N] [--notify-samples N] [--out FILE]
          issue 15's rows alone: order placed → on screen with Amazon's rate limits, polling alone (N orders,
          default 4, minutes each) and with notifications (default 20); replaces their section in FILE
        """)
    exit(0)
}
let orderCount = option("--orders").flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } ?? 1_000_000
let skip = Set((option("--skip") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
let repeats = option("--repeats").flatMap(Int.init) ?? 200
let outPath = option("--out") ?? "BENCHMARKS.md"

do {
    let started = ContinuousClock.now
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let root = cwd.appendingPathComponent(".build/bench-data")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let binDir = URL(fileURLWithPath: try ColdStart.selfExecutable()).deletingLastPathComponent()
    say("building the merchant binary (release) next to this one")
    try Shell.run("swift", ["build", "-c", "release", "--product", "merchant"])
    let merchant = binDir.appendingPathComponent("merchant").path
    guard FileManager.default.isExecutableFile(atPath: merchant) else { throw Shell.Failure(description: "no merchant binary at \(merchant)") }

    say("data set: \(orderCount) orders (\(DataSet.version)) under \(root.path)")
    let (cachedSet, cached) = try DataSet.prepare(orders: orderCount, root: root)
    say(cached ? "reusing the cached data set built \(cachedSet.meta.builtAt) (generation skipped)" : "data set built and cached")
    let data = try cachedSet.workingCopy(in: root)
    let scratch = root.appendingPathComponent("scratch")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let now = try AmazonSimulator.open(at: data.simulatorPath, clock: SystemClock()).now

    var results = BenchResults(data: data, cached: cached)
    if !skip.contains("keys") {
        say("keystrokes: \(repeats) of each, headless")
        results.keys = try Keystrokes.measure(data, now: now, repeats: repeats)
    }
    var cold = ColdStart.Result()
    if !skip.contains("cold") {
        say("cold start: headless probe, 20 runs")
        try ColdStart.measureHeadless(data, now: now, repeats: 20, into: &cold)
        results.cold = cold
    }
    let needsTmux = !skip.contains("cold") || !skip.contains("feed") || !skip.contains("visidata")
    if needsTmux {
        let tmux = try Tmux()
        defer { tmux.shutDown() }
        if !skip.contains("cold") {
            say("cold start: merchant console in tmux, 10 runs")
            try ColdStart.measureTmux(data, merchant: merchant, tmux: tmux, repeats: 10, into: &cold)
            try ColdStart.measureTmuxFloor(tmux: tmux, repeats: 10, into: &cold)
            results.cold = cold
        }
        if !skip.contains("visidata") {
            say("side by side with VisiData (3 runs each)")
            results.visidata = try VisiDataComparison.measure(data, merchant: merchant, tmux: tmux, scratch: scratch, repeats: 3)
        }
        if !skip.contains("feed") {
            say("feed to screen: 20 orders placed at the simulator")
            results.feed = try FeedToScreen.measure(data, merchant: merchant, tmux: tmux, repeats: 20)
        }
    }
    if !skip.contains("ingest") {
        // Last: it adds a week of orders to the working copy the other measurements read.
        results.ingest = try Ingest.measure(data, cached: cached, scratch: scratch, repeats: 3)
    }
    results.totalSeconds = seconds(since: started)
    let report = results.report()
    let previous = try? String(contentsOfFile: outPath, encoding: .utf8)
    try report.markdown.write(toFile: outPath, atomically: true, encoding: .utf8)
    try FeedUnderLimits.carryOver(from: previous, into: outPath)
    print(report.text)
    print("\nWritten to \(outPath).")
} catch {
    FileHandle.standardError.write(Data("merchant-bench: \(error)\n".utf8))
    exit(1)
}
