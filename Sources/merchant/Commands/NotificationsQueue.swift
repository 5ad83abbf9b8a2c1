import AmazonSQS
import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization

/// Where the merchant's queue of ORDER_CHANGE notifications is read from: the AWS settings of the environment
/// (the keys are never kept), and the transport that reaches the queue.
enum NotificationsQueue {
    /// A client for the queue at `url`. A queue that is not on AWS (moto, `merchant sim serve`) is spoken to at its own
    /// address unless AWS_ENDPOINT_URL_SQS or AWS_ENDPOINT_URL says otherwise; `http://localhost/...` (no port) is the
    /// built-in simulator's queue, read in process.
    static func client(url: String, context: Context, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SQSClient {
        let queue: SQSQueueURL
        var settings: AWSSettings
        do {
            queue = try SQSQueueURL(url)
            settings = try AWSSettings.fromEnvironment(environment, queue: queue)
        } catch { throw Refusal(error.description) }
        let overridden = ["AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL"].contains { !(environment[$0] ?? "").isEmpty }
        if queue.region == nil, !overridden, let origin = origin(of: queue.url) { settings.endpoint = origin }
        if queue.url.host() == "localhost", queue.url.port == nil {
            return SQSClient(queue: queue, settings: settings, transport: context.simulator, now: { Date() })
        }
        return SQSClient(queue: queue, settings: settings)
    }

    /// `http://127.0.0.1:9324/000000000000/orders` → `http://127.0.0.1:9324`.
    static func origin(of url: URL) -> URL? {
        var parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
        parts?.path = ""
        parts?.query = nil
        return parts?.url
    }

    /// The listener for the connected queue, or why there is none (nil and nil: notifications are not connected).
    static func makeListener(context: Context, sync: ChannelSync) -> (listener: OrderChangeListener?, problem: String?) {
        guard let connection = try? context.store.notificationConnection() else { return (nil, nil) }
        do {
            let queue = try client(url: connection.queueUrl, context: context)
            return (OrderChangeListener(store: context.store, client: sync.client, queue: queue, clock: SimulatedTimeClock(simulator: context.simulator)), nil)
        } catch {
            return (nil, String(describing: error))
        }
    }
}

extension NotificationsQueue {
    /// Starts listening to the connected queue beside the sync, in a task of its own; nil when nothing is connected
    /// or the queue cannot be used (then `say` tells why, and the sweep alone reads orders). `say` hears what the
    /// listener stored and each change of its health, in a merchant's words.
    /// `news` hears the orders each poll stored, in a merchant's words ("2 new orders").
    static func listen(context: Context, sync: ChannelSync, say: @escaping @Sendable (String) -> Void,
                       news: @escaping @Sendable (String) -> Void = { _ in }) -> Task<Void, Never>? {
        let interval = (try? context.store.settings().syncIntervalSeconds) ?? 300
        let (listener, problem) = makeListener(context: context, sync: sync)
        if let problem {
            try? context.store.noteNotificationProblem(problem, at: context.now)
            say(NotificationHealth.fallbackText(problem: problem, syncIntervalSeconds: interval))
        }
        guard let listener else { return nil }
        say(tr("commands.listen.listening", listener.queueDescription))
        let troubled = Troubled()
        return Task.detached {
            await listener.run { outcome in
                if let unreachable = outcome.unreachable {
                    if !troubled.set(true) {
                        say(NotificationHealth.fallbackText(problem: unreachable, syncIntervalSeconds: interval))
                    }
                    return
                }
                if troubled.set(false) { say(tr("commands.listen.again")) }
                if outcome.received > 0 { say(tr("commands.listen.news", outcome.summary)) }
                if let stored = outcome.news { news(stored) }
                for problem in outcome.problems { say(tr("commands.listen.news", "\(problem)")) }
            }
        }
    }
}

/// Whether the listener's last poll found the queue unreachable, so that each change is said once.
final class Troubled: Sendable {
    private let value = Mutex(false)
    /// Sets the flag and returns what it was.
    func set(_ new: Bool) -> Bool { value.withLock { old in defer { old = new }; return old } }
}
