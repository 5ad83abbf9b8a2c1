import ArgumentParser
import ChannelSync
import Foundation
import SellingPartnerAPI

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sync", abstract: "Sync with Amazon once, or keep syncing.")
    @Option(help: "An SP-API endpoint (e.g. `merchant sim serve`'s http://127.0.0.1:PORT); default: the built-in simulator.")
    var endpoint: String?
    @Flag(help: "Keep syncing at the sync interval.") var watch = false
    @Flag(help: "Do not wait for the documented rate limits (benchmarks against an unthrottled simulator).")
    var unthrottled = false

    func run() async throws {
        let context = try Context.open()
        let sync = try context.channelSync(endpoint: endpoint, rateLimits: unthrottled ? .unlimited : .documented)
        repeat {
            let outcome = await sync.runOnce()
            if let headline = outcome.headline {
                // The line a merchant reads first, then each failure as it was told, for whoever digs deeper.
                let details = outcome.problems.map { "  \($0.part): \($0.detail)" }.joined(separator: "\n")
                FileHandle.standardError.write(Data("merchant: sync failed: \(headline)\n\(details)\n".utf8))
                if !watch { throw ExitCode.failure }
            } else {
                print("Synced \(outcome.pages) page\(outcome.pages == 1 ? "" : "s"): \(outcome.summary)")
            }
            if watch {
                let interval = try context.store.settings().syncIntervalSeconds
                try await Task.sleep(nanoseconds: UInt64(interval) * 1_000_000_000)
            }
        } while watch
    }
}
