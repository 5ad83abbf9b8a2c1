import Foundation

/// An AWS access key pair, and the session token that temporary credentials carry.
///
/// Printing it (`description`, `debugDescription`, string interpolation) shows the access key id's last four
/// characters and never the secret or the token: a log line or an error message that mentions credentials
/// cannot leak them.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public let accessKeyId: String
    public let secretAccessKey: String
    public let sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    public var description: String {
        "AWS access key \(maskedAccessKeyId) (secret hidden\(sessionToken == nil ? "" : ", session token hidden"))"
    }

    /// The access key id as the AWS CLI lists it: its last four characters, enough to tell two keys apart.
    public var maskedAccessKeyId: String { "…" + accessKeyId.suffix(4) }

    public var debugDescription: String { description }

    /// `text` with every secret of these credentials blanked out: for messages that come from elsewhere
    /// (an AWS error message, a server's body) before they reach a merchant's screen or a log.
    func redacting(_ text: String) -> String {
        var text = text
        for secret in [secretAccessKey, sessionToken ?? "", accessKeyId] where !secret.isEmpty {
            text = text.replacingOccurrences(of: secret, with: "[hidden]")
        }
        return text
    }
}
