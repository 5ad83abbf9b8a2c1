import AmazonSimulator
import Foundation
import MerchantCore
import MerchantStore

/// The demo shop's simulated Amazon trading while the console is open: a buyer every minute or two, with
/// Amazon's usual plans (payment within minutes, now and then a failed fraud check), so that a newcomer sees
/// orders arrive by the console's own sync. On a thread of its own: a key never waits for it.
///
/// Only the demo shop trades (its `demo-trading` setting, read before every order, so `merchant settings set
/// demo-trading off` stops it at once); a console on a real endpoint never starts it.
enum DemoTrading {
    /// Mean seconds between two buyers; `MERCHANT_DEMO_TRADING_PACE` (seconds) sets another, for tests.
    static func meanGap(environment: [String: String] = ProcessInfo.processInfo.environment) -> Double {
        if let text = environment["MERCHANT_DEMO_TRADING_PACE"], let seconds = Double(text), seconds >= 0.5 { return seconds }
        return 90
    }

    /// Whether the next buyer may come: only in the demo shop, with its switch on.
    static func trades(_ settings: ChannelSettings?) -> Bool { settings?.demoTrading == true }

    static func start(store: MerchantStore, simulator: AmazonSimulator) {
        guard trades(try? store.settings()) else { return }
        let mean = meanGap()
        Thread.detachNewThread {
            // Between two thirds and four thirds of the mean: 60 to 120 seconds by default.
            func gap() -> Double { mean * Double.random(in: 2.0 / 3.0...4.0 / 3.0) }
            // The first buyer comes sooner, so the console's first minute already shows one arriving.
            var next = Date().addingTimeInterval(mean * 0.4)
            while true {
                Thread.sleep(forTimeInterval: min(1, mean / 4))
                guard Date() >= next else { continue }
                next = Date().addingTimeInterval(gap())
                if trades(try? store.settings()) { _ = try? simulator.placeRandomOrder() }
            }
        }
    }
}
