import Foundation

/// What an HTTP status tells the client to do next; `execute` acts on it.
///
/// Amazon's gateways answer 502 Bad Gateway and 504 Gateway Timeout when the service behind them did not
/// answer properly or in time. Like a 500 or 503 that is passing trouble, and like them it may come after
/// the service acted on the request (a 504 usually does: the gateway gave up waiting, the service went on).
/// So all four are retried with the same back-off, and all four make a request that must not be sent twice
/// (createFeed) `.outcomeUnknown` rather than resent.
enum ResponseClass: Equatable, Sendable {
    /// 2xx: read the answer.
    case success
    /// 429 QuotaExceeded: Amazon's bucket is empty; back off and ask again.
    case throttled
    /// 500, 502, 503, 504: the service or its gateway failed, perhaps after acting; back off and ask again
    /// when resending is harmless.
    case serverTrouble
    /// Anything else (a 4xx, a 501, a 3xx we do not follow): sending it again unchanged will not help.
    case refused

    init(status: Int) {
        switch status {
        case 200..<300: self = .success
        case 429: self = .throttled
        case 500, 502, 503, 504: self = .serverTrouble
        default: self = .refused
        }
    }
}
