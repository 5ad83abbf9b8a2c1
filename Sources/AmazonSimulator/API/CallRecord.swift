import Foundation
import Synchronization

/// One SP-API request as simulated Amazon saw it arrive: which operation, when on the simulated clock, for which
/// order (getOrder), and whether the rate limit refused it.
public struct SimulatedCall: Sendable, Equatable {
    public var operation: String
    public var at: Double
    public var orderId: String?
    public var throttled: Bool

    public init(operation: String, at: Double, orderId: String?, throttled: Bool) {
        self.operation = operation
        self.at = at
        self.orderId = orderId
        self.throttled = throttled
    }
}

/// The simulator's own record of the requests it answered, kept in memory once `recordCalls` asks for it: a soak
/// judges the client's pace from it (a token bucket with the documented rate), not from the client's word.
final class CallRecord: Sendable {
    private let calls = Mutex<[SimulatedCall]?>(nil)

    func start() { calls.withLock { if $0 == nil { $0 = [] } } }

    func add(_ operation: Operation, at: Double, parameters: [String], throttled: Bool) {
        calls.withLock {
            $0?.append(SimulatedCall(operation: operation.rawValue, at: at, orderId: operation == .getOrder ? parameters.first : nil, throttled: throttled))
        }
    }

    var all: [SimulatedCall] { calls.withLock { $0 ?? [] } }
}

extension AmazonSimulator {
    /// From now on, every SP-API request is recorded (in this process only), refused ones included.
    public func recordCalls() { callRecord.start() }

    /// The requests recorded since `recordCalls`, in the order they arrived.
    public var recordedCalls: [SimulatedCall] { callRecord.all }
}
