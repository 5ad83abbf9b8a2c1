import Foundation

/// Why a request got no HTTP answer at all. Transports throw it so the client can tell
/// a request that never left (safe to send again) from one whose fate is unknown.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection was made (refused, host unknown, offline): the request surely never arrived.
    case cannotConnect(String)
    /// The connection broke after the request may have been sent.
    case connectionLost(String)
    /// No answer within the time-out; the server may still have acted on the request.
    case timedOut
    /// The request could not be turned into a URL.
    case invalidURL(String)
    /// Anything else the network layer reported.
    case other(String)

    public var description: String {
        switch self {
        case .cannotConnect(let why): "could not connect (\(why))"
        case .connectionLost(let why): "the connection was lost (\(why))"
        case .timedOut: "no answer in time"
        case .invalidURL(let url): "not a valid URL: \(url)"
        case .other(let why): why
        }
    }

    /// Worth trying again after a pause.
    var isTransient: Bool {
        switch self {
        case .cannotConnect, .connectionLost, .timedOut: true
        case .invalidURL, .other: false
        }
    }

    /// The request surely did not reach the server.
    var requestNeverArrived: Bool {
        if case .cannotConnect = self { return true }
        return false
    }
}
