import Foundation
import Testing

// A copy of EndToEndTests' `.ownThread` trait, for the suites that wait on python3 and moto_server: the shared
// test-support target being made will hold one copy for all, and this file then goes.

/// A task executor with one thread that runs its jobs in turn.
final class OwnThreadExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    init() {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once the jobs already given are done.
    func finish() {
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
struct OwnThreadTrait: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // The suite's own scope runs nothing itself: each test case gets its thread.
        guard testCase != nil else { return try await function() }
        let executor = OwnThreadExecutor()
        defer { executor.finish() }
        try await withTaskExecutorPreference(executor) { try await function() }
    }
}

extension Trait where Self == OwnThreadTrait {
    /// Each test of the suite on a thread of its own (see `OwnThreadTrait`).
    static var ownThread: Self { OwnThreadTrait() }
}
