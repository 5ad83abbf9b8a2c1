import ArgumentParser
import ChannelSync
import Foundation
import MerchantCore
import SellingPartnerAPI

struct SyncCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "sync", abstract: tr("help.sync.abstract")) }
    @Option(help: ArgumentHelp(tr("help.sync.endpoint")))
    var endpoint: String?
    @Flag(help: ArgumentHelp(tr("help.sync.watch"))) var watch = false
    @Flag(help: ArgumentHelp(tr("help.sync.unthrottled")))
    var unthrottled = false
    @Flag(help: ArgumentHelp(tr("help.sync.no-wait")))
    var noWait = false

    func run() async throws {
        let context = try Context.open()
        let lock = try SyncLock.take(home: context.home, command: "merchant sync" + (watch ? " --watch" : ""))
        defer { lock.release() }
        let policy: RateLimitPolicy = unthrottled ? .unlimited : noWait ? RateLimitPolicy.documented.withoutLongWaits : .documented
        let sync = try context.channelSync(endpoint: endpoint, rateLimits: policy)
        let telling = Task.detached { await WaitTeller(sync: sync, lock: lock).run() }
        defer { telling.cancel() }
        // Between syncs, what the merchant does (a `merchant ship`, the console) goes out as soon as it is stored.
        let delivering = watch ? Task.detached { await Self.deliverOnChange(sync) } : nil
        defer { delivering?.cancel() }
        // New orders come within seconds through the notifications queue, when one is connected; the sweep goes on beside.
        let listening = watch ? NotificationsQueue.listen(context: context, sync: sync) { line in WaitTeller.clearLine(); print(line) } : nil
        defer { listening?.cancel() }
        repeat {
            let outcome = await sync.runOnce()
            WaitTeller.clearLine()
            print(tr("commands.sync.synced", outcome.pages, outcome.summary))
            for skipped in outcome.skipped {
                FileHandle.standardError.write(Data("merchant: \(tr("commands.sync.skipped", skipped))\n".utf8))
            }
            if let headline = outcome.headline {
                // The line a merchant reads first, then each failure as it was told, for whoever digs deeper.
                let details = outcome.problems.map { "  \($0.part): \($0.detail)" }.joined(separator: "\n")
                FileHandle.standardError.write(Data("merchant: \(tr("commands.sync.failed", headline))\n\(details)\n".utf8))
                if !watch { throw ExitCode.failure }
            }
            if watch {
                let interval = try context.store.settings().syncIntervalSeconds
                try await Task.sleep(nanoseconds: UInt64(interval) * 1_000_000_000)
            }
        } while watch
    }

    /// Delivers the outbox whenever the store changes (the data version moves), twice a second at most.
    static func deliverOnChange(_ sync: ChannelSync) async {
        var version = try? sync.store.dataVersion()
        while !Task.isCancelled {
            do { try await Task.sleep(nanoseconds: 500_000_000) } catch { return }
            let now = try? sync.store.dataVersion()
            guard now != version else { continue }
            version = now
            let delivered = await sync.deliverOutbox()
            if delivered.done + delivered.failed > 0 {
                WaitTeller.clearLine()
                print(delivered.failed > 0 ? tr("commands.sync.sent-refused", delivered.done, delivered.failed) : tr("commands.sync.sent", delivered.done))
            }
            version = try? sync.store.dataVersion()
        }
    }
}

/// Says on stderr what the sync waits for: a countdown rewritten in place on a terminal, one line per wait otherwise;
/// and keeps the lock file saying what the sync is doing.
struct WaitTeller {
    let sync: ChannelSync
    let lock: SyncLock
    static let terminal = isatty(STDERR_FILENO) == 1
    nonisolated(unsafe) static var showing = false

    func run() async {
        var told: String?
        while !Task.isCancelled {
            lock.note(sync.activity)
            let wait = sync.waiting.first
            if let wait {
                if Self.terminal {
                    // \r and erase to the end of the line: the countdown rewrites one line.
                    FileHandle.standardError.write(Data("\r\u{1B}[K\(wait.text)".utf8))
                    Self.showing = true
                } else if told != wait.operation {
                    FileHandle.standardError.write(Data("\(wait.text)\n".utf8))
                }
                told = wait.operation
            } else if told != nil {
                Self.clearLine()
                told = nil
            }
            do { try await Task.sleep(nanoseconds: 250_000_000) } catch { return }
        }
    }

    /// Ends a countdown line, so that what follows starts on a clean line.
    static func clearLine() {
        guard terminal, showing else { return }
        showing = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
