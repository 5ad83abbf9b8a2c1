import Foundation
import Testing

/// Runs a long, blocking harness (processes started and waited for, sleeps between kills) on a thread of its own.
/// A synchronous test holds one of Swift's cooperative threads for all its minutes, and there are as many of
/// those as cores (two here): two such harnesses at once starved every test that needs the pool, such as the
/// simulator's HTTP server, whose requests then timed out. The harness stays in its test's task (a task executor
/// preference, not a bare thread), so its expectations are still its test's.
public func onOwnThread<T>(_ body: () throws -> T) async throws -> T {
    let executor = OwnThreadExecutor()
    defer { executor.finish() }
    return try await withTaskExecutorPreference(executor) { try await onPreferredExecutor(body) }
}

/// `@concurrent`: a nonisolated function that leaves its caller's executor for the task's preferred one.
@concurrent private func onPreferredExecutor<T>(_ body: () throws -> T) async throws -> T { try body() }

/// A task executor with one thread that runs its jobs in turn.
public final class OwnThreadExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    public init() {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once the jobs already given are done.
    public func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty { condition.unlock(); return }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

/// `.ownThread` on a suite: each of its tests runs on a thread of its own. These tests block (they wait for the
/// binary, for tmux's screen), and a blocked cooperative thread is one of only two on this machine's two cores:
/// two such suites at once starved the simulator's HTTP server in other suites, whose requests then timed out.
public struct OwnThreadTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // The suite's own scope runs nothing itself: each test case gets its thread.
        guard testCase != nil else { return try await function() }
        let executor = OwnThreadExecutor()
        defer { executor.finish() }
        try await withTaskExecutorPreference(executor) { try await function() }
    }
}

extension Trait where Self == OwnThreadTrait {
    /// Each test of the suite on a thread of its own (see `OwnThreadTrait`).
    public static var ownThread: Self { OwnThreadTrait() }
}
