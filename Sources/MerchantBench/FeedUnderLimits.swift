import ChannelSync
import Foundation

/// Issue 15's rows: order placed at the simulator → on the console's screen, with simulated Amazon's throttling on,
/// the client at Amazon's documented rates (searchOrders 0.0056/s burst 20, getOrder 0.5/s burst 30) and the burst
/// already spent, as after a morning of syncing. Row A polls alone: the console's own background sync at the normal
/// sync interval (the same `ChannelSync.runOnce` loop as `merchant sync --watch`; the two beside each other would be
/// two clients sharing one bucket). Row B has ORDER_CHANGE notifications on the simulator's queue, default delivery.
///
/// Each row runs on a fresh data folder of its own, so that one row's spent tokens and queued messages are not the other's.
enum FeedUnderLimits {
    enum Row: String {
        case polling, notifications
    }

    struct Result {
        var polling: FeedToScreen.Result?
        var notifications: FeedToScreen.Result?
        var pollingTimeout = 0.0
    }

    /// How long one sample may take before it counts as never shown: a searchOrders token every 179 s, plus
    /// the sync interval, plus slack.
    static func timeout(_ row: Row) -> Double { row == .polling ? 420 : 30 }

    static func measure(_ row: Row, merchant: String, tmux: Tmux, root: URL, samples: Int) throws -> FeedToScreen.Result {
        var result = FeedToScreen.Result()
        let folder = root.appendingPathComponent("feed-limits-\(row.rawValue)")
        try? FileManager.default.removeItem(at: folder)
        let env = ["MERCHANT_HOME": folder.path, "LANG": "C.UTF-8"]
        func merchantSays(_ arguments: String) throws -> String {
            try Shell.run("sh", ["-c", "exec \(merchant) \(arguments) 2>&1"], environment: env, allowFailure: true)
        }
        // A shop with an hour of orders, synced; then syncs in a row until searchOrders' burst of 20 is spent
        // at simulated Amazon (whose buckets are kept in its file, so a new process gets no fresh burst).
        try Shell.run(merchant, ["sim", "advance", "--minutes", "60"], environment: env)
        var spent = false
        for _ in 0..<30 where !spent {
            spent = try merchantSays("sync --no-wait").contains("skipped \(SyncPart.orders)")
        }
        guard spent else {
            result.note = "searchOrders' burst was never spent: 30 syncs in a row all read orders"
            return result
        }
        if row == .notifications {
            guard let setup = try notificationSetup(merchant: merchant, env: env) else {
                result.note = "not measured: this build has no `merchant notifications connect` (the listener of issue 15 is not on this branch yet)"
                return result
            }
            say("notifications: \(setup)")
        }
        // The console's listener reads the queue with the AWS settings of its environment, as `connect` did.
        let aws = row == .notifications ? awsEnvironment.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() : ""
        let home = "env LANG=C.UTF-8 MERCHANT_HOME=\(folder.path)\(aws)"
        let (console, _) = try tmux.open("\(home) \(merchant) console")
        defer {
            tmux.send(console, "q")
            Thread.sleep(forTimeInterval: 0.3)
            tmux.close(console)
        }
        guard tmux.wait(console, from: .now, timeout: 30, containsOrderId) != nil else {
            result.note = "the console showed no orders within 30 s"
            return result
        }
        var rng = SystemRandomNumberGenerator()
        for i in 0..<samples {
            let id = try Shell.run(merchant, ["sim", "place", "--sku", "MUG-BLAU-350", "--buyer", "Limits Probe \(i)"], environment: env)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let start = ContinuousClock.now
            if let ms = tmux.wait(console, from: start, timeout: timeout(row), { $0.contains(id) }) {
                result.samples.add(ms)
                say("\(row.rawValue) \(i + 1)/\(samples): \(Format.ms(ms))")
            } else {
                result.missed += 1
                say("\(row.rawValue) \(i + 1)/\(samples): not on screen after \(Int(timeout(row))) s")
            }
            // The next order at a random point of the sweep's cycle, not in step with it.
            Thread.sleep(forTimeInterval: Double.random(in: 0...(row == .polling ? 30 : 2), using: &rng))
        }
        return result
    }

    /// Made-up AWS settings: the simulator checks a signature's shape, not the key.
    static let awsEnvironment = ["AWS_ACCESS_KEY_ID": "AKIDBENCH", "AWS_SECRET_ACCESS_KEY": "bench-secret", "AWS_REGION": "eu-west-1"]

    /// The seam for row B: connects the folder's account to the simulator's ORDER_CHANGE queue with the command the
    /// listener brings (`merchant notifications connect --queue-url URL`); nil when this build has no such command.
    /// The console then runs the listener beside its sweep. In process the simulator answers SQS at `http://localhost`.
    static func notificationSetup(merchant: String, env: [String: String]) throws -> String? {
        let help = (try? Shell.run(merchant, ["notifications", "connect", "--help"], environment: env, allowFailure: true)) ?? ""
        guard help.contains("--queue-url") else { return nil }
        let queue = "http://localhost/000000000000/merchant-order-changes"
        return try Shell.run(merchant, ["notifications", "connect", "--queue-url", queue], environment: env.merging(awsEnvironment) { $1 })
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
