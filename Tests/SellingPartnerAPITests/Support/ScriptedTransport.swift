import Foundation
import Synchronization
@testable import SellingPartnerAPI

/// A transport that answers from a script and records what it was sent, and when (on the shared clock).
/// When the script runs out, the last step repeats, so "500 forever" is a script of one.
final class ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(TransportError)
    }

    struct Sent: Sendable {
        var request: HTTPRequest
        var at: Date
    }

    private let clock: ManualClock
    private let state: Mutex<(steps: [Step], sent: [Sent])>

    init(clock: ManualClock, _ steps: [Step]) {
        precondition(!steps.isEmpty)
        self.clock = clock
        state = Mutex((steps, []))
    }

    var sent: [Sent] { state.withLock { $0.sent } }
    var requests: [HTTPRequest] { sent.map(\.request) }

    /// Seconds between one request and the next.
    var gaps: [Double] {
        let times = sent.map(\.at)
        return zip(times, times.dropFirst()).map { $1.timeIntervalSince($0) }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let step = state.withLock { s in
            s.sent.append(Sent(request: request, at: clock.now))
            return s.steps.count > 1 ? s.steps.removeFirst() : s.steps[0]
        }
        switch step {
        case .respond(let response): return response
        case .fail(let error): throw error
        }
    }
}

extension ScriptedTransport.Step {
    static func json(_ body: String, status: Int = 200, headers: [String: String] = [:]) -> Self {
        .respond(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    static func status(_ status: Int) -> Self { .respond(HTTPResponse(status: status)) }
}

/// Small JSON bodies shared by the tests.
enum Fixture {
    static func order(_ id: String) -> String {
        #"{"orderId":"\#(id)","createdTime":"2026-01-05T10:00:00Z","lastUpdatedTime":"2026-01-05T10:30:00Z","salesChannel":{"channelName":"AMAZON","marketplaceId":"A1PA6795UKMFR9"},"orderItems":[]}"#
    }

    static func page(_ ids: [String], next: String? = nil) -> String {
        let pagination = next.map { #","pagination":{"nextToken":"\#($0)"}"# } ?? ""
        return #"{"orders":[\#(ids.map(order).joined(separator: ","))]\#(pagination)}"#
    }

    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let since = Date(timeIntervalSince1970: 1_789_000_000)
}

/// A client on a scripted transport and a manual clock, with a fixed jitter seed.
func makeClient(
    _ steps: [ScriptedTransport.Step], rateLimits: RateLimitPolicy = .documented, accessToken: AccessToken? = nil,
    backoff: BackoffPolicy = BackoffPolicy(seed: 7)
) -> (SellingPartnerClient, ScriptedTransport, ManualClock) {
    let clock = ManualClock(Fixture.start)
    let transport = ScriptedTransport(clock: clock, steps)
    let client = SellingPartnerClient(transport: transport, clock: clock, accessToken: accessToken, rateLimits: rateLimits, backoff: backoff)
    return (client, transport, clock)
}
