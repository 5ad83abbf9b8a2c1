import Foundation
import Synchronization

/// Where time comes from: the wall clock in production, a manual clock in tests and benchmarks,
/// so that throttling, back-off and the simulator's day can be driven without waiting.
public protocol ClockSource: Sendable {
    var now: Date { get }
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemClock: ClockSource {
    public init() {}
    public var now: Date { Date() }
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}

/// A clock that moves only when told to; `sleep` moves it at once. Shared by a client and the
/// simulator in tests, a sleeping client lets simulated Amazon's time pass.
public final class ManualClock: ClockSource {
    private let current: Mutex<Date>
    private let slept: Mutex<Double>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_790_000_000)) {
        current = Mutex(start)
        slept = Mutex(0)
    }

    public var now: Date { current.withLock { $0 } }

    /// The total of all sleeps so far.
    public var totalSlept: Double { slept.withLock { $0 } }

    public func advance(seconds: Double) { current.withLock { $0 += seconds } }

    public func set(_ date: Date) { current.withLock { $0 = date } }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        slept.withLock { $0 += seconds }
        advance(seconds: seconds)
    }
}
