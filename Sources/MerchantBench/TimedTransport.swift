import Foundation
import Synchronization
import SellingPartnerAPI

/// The in-process simulator behind a stopwatch: the time Amazon's side takes to answer (reading its own
/// store, encoding JSON) is reported beside the sync's, of which it is a part (the store writes meanwhile).
final class TimedTransport: HTTPTransport {
    let inner: any HTTPTransport
    private let total = Mutex<Double>(0)

    init(_ inner: any HTTPTransport) { self.inner = inner }

    /// Seconds spent inside the simulator since the last call.
    func takeSeconds() -> Double { total.withLock { t in defer { t = 0 }; return t } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let start = ContinuousClock.now
        defer { let s = seconds(since: start); total.withLock { $0 += s } }
        return try await inner.send(request)
    }
}
