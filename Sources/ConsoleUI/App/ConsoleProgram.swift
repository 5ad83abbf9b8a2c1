import ChannelSync
import Foundation
import MerchantStore
import Synchronization

/// The console running: state, the store's effects, the background sync, and outside changes.
///
///     let program = ConsoleProgram(store: store, sync: sync, size: Size(rows: 24, columns: 80), now: { Date() })
///     program.start()
///     program.send(.key(.character("4")))
///     print(program.screen.text)
///
/// The terminal loop feeds it keys and ticks and draws `screen`; tests do the same without a terminal.
/// Store reads run inline (a window of rows is a millisecond); the sync runs in a task of its own,
/// so the UI never waits on the network.
public final class ConsoleProgram: @unchecked Sendable {
    public private(set) var state: ConsoleState
    let effects: StoreEffects
    let sync: ChannelSync?
    let now: @Sendable () -> Date
    /// Messages from the background (a finished sync), taken at the next tick.
    let inbox = Mutex<[Message]>([])
    var lastDataVersion: Int?

    public init(store: MerchantStore, sync: ChannelSync?, size: Size, now: @escaping @Sendable () -> Date) {
        self.effects = StoreEffects(store: store, now: now)
        self.sync = sync
        self.now = now
        state = ConsoleState(size: size, now: now(), syncEnabled: sync != nil)
    }

    /// Reads what the first frame shows.
    public func start() {
        lastDataVersion = try? effects.store.dataVersion()
        run(Console.start(state))
    }

    public func send(_ message: Message) {
        let (next, effects) = Console.update(state, message)
        state = next
        run(effects)
    }

    /// Time passes: background results come in, outside writes are noticed, a due sync starts.
    public func tick() {
        for message in inbox.withLock({ queue in defer { queue = [] }; return queue }) { send(message) }
        if let version = try? effects.store.dataVersion(), version != lastDataVersion {
            lastDataVersion = version
            send(.dataChanged)
        }
        send(.tick(now()))
    }

    public var screen: Screen { Console.view(state) }

    private func run(_ list: [Effect]) {
        for effect in list {
            if effect == .startSync {
                startSync()
            } else if let answer = effects.perform(effect) {
                send(answer)
            }
        }
    }

    private func startSync() {
        guard let sync else { return }
        let now = self.now
        Task.detached { [self] in
            let outcome = await sync.runOnce()
            let report = SyncReport(summary: outcome.summary, error: outcome.headline, finishedAt: now(), news: outcome.news,
                                    errorDetail: outcome.error)
            self.inbox.withLock { $0.append(.syncFinished(report)) }
        }
    }
}
