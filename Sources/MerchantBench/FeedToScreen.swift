import AmazonSimulator
import ChannelSync
import Foundation
import MerchantStore
import SellingPartnerAPI

/// Feed to screen: with a one-second sync interval, how long from an order placed at the simulator
/// (`merchant sim place` has returned) until the console in tmux shows it. A `merchant sync --watch
/// --unthrottled` daemon brings it into the store; the console notices the outside write (data_version,
/// checked every tick) and reads its window again.
enum FeedToScreen {
    struct Result {
        var samples = Samples()
        var missed = 0
        var note: String?
    }

    /// `merchant sync --watch --unthrottled` with a one-second interval: the real sync, in process with the simulator.
    static func syncLoop(folder: URL) -> Never {
        do {
            let simulator = try AmazonSimulator.open(at: folder.appendingPathComponent("amazon-simulator.sqlite").path, clock: SystemClock())
            let store = try MerchantStore.open(at: folder.appendingPathComponent("merchant.sqlite").path)
            let clock = SimulatorClock(simulator: simulator)
            let sync = ChannelSync(store: store, client: SellingPartnerClient(transport: simulator, clock: clock, rateLimits: .unlimited), clock: clock)
            while true {
                let outcome = DataSet.runSync(sync)
                print("synced: \(outcome.summary)\(outcome.error.map { " error: \($0)" } ?? "")")
                Thread.sleep(forTimeInterval: 1)
            }
        } catch {
            print("sync loop: \(error)")
            exit(1)
        }
    }

    static func measure(_ data: DataSet, merchant: String, tmux: Tmux, repeats: Int) throws -> Result {
        var result = Result()
        let env = ["MERCHANT_HOME": data.folder.path, "LANG": "C.UTF-8"]
        let home = "env LANG=C.UTF-8 MERCHANT_HOME=\(data.folder.path)"
        let (daemon, _) = try tmux.open("\(try ColdStart.selfExecutable()) --sync-loop \(data.folder.path)")
        let (console, _) = try tmux.open("\(home) \(merchant) console")
        defer {
            tmux.send(console, "q")
            Thread.sleep(forTimeInterval: 0.3)
            tmux.close(console)
            tmux.close(daemon)
        }
        guard tmux.wait(console, from: .now, timeout: 30, containsOrderId) != nil else {
            result.note = "the console showed no orders within 30 s"
            return result
        }
        Thread.sleep(forTimeInterval: 2)   // let the first syncs of both settle
        var rng = SystemRandomNumberGenerator()
        for i in 0..<repeats {
            let id = try Shell.run(merchant, ["sim", "place", "--sku", "MUG-BLAU-350", "--buyer", "Feed Probe \(i)"], environment: env)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let start = ContinuousClock.now
            if let ms = tmux.wait(console, from: start, timeout: 10, { $0.contains(id) }) {
                result.samples.add(ms)
            } else {
                result.missed += 1
            }
            // Place the next one at a random point of the sync interval, not in step with it.
            Thread.sleep(forTimeInterval: Double.random(in: 0...1, using: &rng))
        }
        return result
    }
}
