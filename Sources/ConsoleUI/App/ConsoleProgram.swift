import ChannelSync
import Foundation
import MerchantCore
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
    /// The outbox is being delivered by a push of its own (`running`), and was asked for again meanwhile (`again`).
    let outboxPush = Mutex((running: false, again: false))

    /// `printText` sends the Pick pane's list to the printer (`merchant` gives it `lp`); without it `p` says it cannot print.
    public init(store: MerchantStore, sync: ChannelSync?, size: Size, now: @escaping @Sendable () -> Date, printText: PrintText? = nil) {
        var effects = StoreEffects(store: store, now: now)
        effects.printText = printText
        self.effects = effects
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
        let (next, effects) = state.speaking { Console.update(state, message) }
        state = next
        run(effects)
    }

    /// Time passes: background results come in, outside writes are noticed, a due sync starts.
    public func tick() {
        for message in inbox.withLock({ queue in defer { queue = [] }; return queue }) { send(message) }
        if let version = try? effects.store.dataVersion(), version != lastDataVersion {
            lastDataVersion = version
            send(.dataChanged)
            // Another process (a `merchant ship`) may have queued something for Amazon: it goes out now, not at the next sync.
            deliverOutboxSoon()
        }
        let waiting = sync?.waiting.first?.text
        if waiting != state.sync.waiting { send(.amazonWaiting(waiting)) }
        send(.tick(now()))
    }

    public var screen: Screen { state.speaking { Console.view(state) } }

    private func run(_ list: [Effect]) {
        for effect in list {
            if effect == .startSync {
                startSync()
            } else if case .labels(.fetchRates(let ids)) = effect {
                fetchRatesSoon(ids)
            } else {
                let answer = effects.perform(effect)
                if Self.queuesForAmazon(effect) { deliverOutboxSoon() }
                if let answer { send(answer) }
            }
        }
    }

    /// Effects that may queue a message for Amazon (a shipment, a cancel, a refund, a stock change).
    static func queuesForAmazon(_ effect: Effect) -> Bool {
        switch effect {
        case .orders(.ship), .orders(.shipAll), .orders(.cancel), .orders(.fixBlocked), .refunds(.refund), .shop, .settings(.setFBA), .labels(.buy): true
        default: false
        }
    }

    /// Delivers the outbox in a task of its own, beside any sync under way: what the merchant just did reaches Amazon
    /// within seconds, not after the orders download or its rate-limit wait. One such task at a time; asked again while
    /// it runs, it pushes once more when done.
    func deliverOutboxSoon() {
        guard let sync else { return }
        let start = outboxPush.withLock { push -> Bool in
            if push.running { push.again = true; return false }
            push.running = true
            return true
        }
        guard start else { return }
        Task.detached { [self] in
            while true {
                _ = await sync.deliverOutbox()
                let more = self.outboxPush.withLock { push -> Bool in
                    if push.again { push.again = false; return true }
                    push.running = false
                    return false
                }
                if !more { return }
            }
        }
    }

    /// Orders the notifications listener stored, from its own task: shown at the next tick.
    public func hear(notified news: String) {
        inbox.withLock { $0.append(.notified(news)) }
    }

    private func startSync() {
        guard let sync else { return }
        let now = self.now
        Task.detached { [self] in
            let outcome = await sync.runOnce()
            let report = SyncReport(summary: outcome.summary, error: outcome.headline, finishedAt: now(), news: outcome.news,
                                    errorDetail: outcome.error, broughtNothing: outcome.broughtNothing)
            self.inbox.withLock { $0.append(.syncFinished(report)) }
        }
    }
}
