import Foundation

/// What Login with Amazon needs to issue access tokens for one seller: the application's client id and
/// secret, and the refresh token the seller's authorization gave. Printing, debug-printing or dumping it
/// shows "<redacted>", so it cannot slip into a log, an error message or a test failure.
public struct LWACredentials: Sendable, Equatable, Codable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `amzn1.application-oa2-client....`
    public var clientId: String
    public var clientSecret: String
    /// `Atzr|...`: long-lived, the key to the seller's account.
    public var refreshToken: String

    public init(clientId: String, clientSecret: String, refreshToken: String) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
    }

    public var description: String { "LWACredentials(<redacted>)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The secrets these credentials hold, for `Redaction` (the client id is not secret, but is kept out of output too).
    public var secrets: [String] { [clientSecret, refreshToken, clientId] }
}

/// Hides secrets in text that came from a request or an answer (an error body, a description from Amazon)
/// before it is shown anywhere.
public enum Redaction {
    public static func redact(_ text: String, hiding secrets: [String]) -> String {
        var result = text
        for secret in secrets where secret.count >= 4 {
            result = result.replacingOccurrences(of: secret, with: "<redacted>")
        }
        return result
    }
}
