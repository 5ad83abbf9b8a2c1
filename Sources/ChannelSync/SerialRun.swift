import Synchronization

/// Runs async work one piece at a time, in the order asked: the outbox is delivered by one push at a time,
/// whoever asks (the sync, the outbox watcher, a nudge after the merchant shipped), or a feed could go out twice.
final class SerialRun: Sendable {
    private let last = Mutex<Task<Void, Never>?>(nil)

    func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) async -> T {
        let task: Task<T, Never> = last.withLock { previous in
            let before = previous
            let task = Task<T, Never> {
                await before?.value
                return await work()
            }
            previous = Task { _ = await task.value }
            return task
        }
        return await task.value
    }
}
