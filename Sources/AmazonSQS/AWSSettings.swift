import Foundation

/// What the SQS client needs to reach a queue: credentials, the region that scopes their signature, and the
/// endpoint requests go to. Read from the standard AWS environment variables, as the AWS CLI and SDKs do.
public struct AWSSettings: Sendable, Equatable {
    public var credentials: AWSCredentials
    public var region: String
    /// Where requests go: `AWS_ENDPOINT_URL_SQS`, else `AWS_ENDPOINT_URL`, else `https://sqs.REGION.amazonaws.com`.
    public var endpoint: URL

    public init(credentials: AWSCredentials, region: String, endpoint: URL? = nil) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint ?? Self.awsEndpoint(region: region)
    }

    /// The settings for `queue` from an environment (pass `ProcessInfo.processInfo.environment`).
    ///
    /// Credentials: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` (optional).
    /// Region: `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the region in the queue's host.
    /// Every missing piece is named in one error; a region that contradicts the queue's host is refused,
    /// since AWS would only answer that the queue does not exist.
    public static func fromEnvironment(_ environment: [String: String], queue: SQSQueueURL?) throws(AWSSettingsError) -> AWSSettings {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        let accessKey = value("AWS_ACCESS_KEY_ID")
        let secret = value("AWS_SECRET_ACCESS_KEY")
        let namedRegion = value("AWS_REGION") ?? value("AWS_DEFAULT_REGION")
        let region = namedRegion ?? queue?.region

        var missing: [AWSSettingsError.Piece] = []
        if accessKey == nil { missing.append(.accessKey) }
        if secret == nil { missing.append(.secretKey) }
        if region == nil { missing.append(.region) }
        guard let accessKey, let secret, let region else { throw .missing(missing) }

        if let named = namedRegion, let queueRegion = queue?.region, named != queueRegion {
            throw .regionMismatch(queue: queueRegion, environment: named)
        }
        var endpoint: URL?
        for name in ["AWS_ENDPOINT_URL_SQS", "AWS_ENDPOINT_URL"] {
            guard let text = value(name) else { continue }
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased()), url.host() != nil
            else { throw .badEndpoint(variable: name, value: text) }
            endpoint = url
            break
        }
        let credentials = AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: value("AWS_SESSION_TOKEN"))
        return AWSSettings(credentials: credentials, region: region, endpoint: endpoint)
    }

    /// AWS's own SQS endpoint for a region (China's regions live under amazonaws.com.cn).
    static func awsEndpoint(region: String) -> URL {
        let domain = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        return URL(string: "https://sqs.\(region).\(domain)")!
    }
}

/// Why the AWS settings cannot be used, in words a merchant can act on.
public enum AWSSettingsError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// A piece of the settings the environment does not give.
    public enum Piece: Sendable, Equatable {
        case accessKey, secretKey, region
    }

    case missing([Piece])
    case regionMismatch(queue: String, environment: String)
    case badEndpoint(variable: String, value: String)
    case notAQueueURL(String)

    public var description: String {
        switch self {
        case .missing(let pieces):
            let named = pieces.map { piece in
                switch piece {
                case .accessKey: "the access key id (AWS_ACCESS_KEY_ID)"
                case .secretKey: "the secret access key (AWS_SECRET_ACCESS_KEY)"
                case .region: "the region (AWS_REGION, or a queue URL like https://sqs.eu-west-1.amazonaws.com/123456789012/orders)"
                }
            }
            return "AWS settings are incomplete: set \(named.joined(separator: ", and ")) in the environment"
        case .regionMismatch(let queue, let environment):
            return "the queue is in \(queue) but AWS_REGION says \(environment): set AWS_REGION to \(queue)"
        case .badEndpoint(let variable, let value):
            return "\(variable) is not a web address: \(value) (expected something like http://127.0.0.1:9324)"
        case .notAQueueURL(let text):
            return "\(text.isEmpty ? "an empty text" : text) is not an SQS queue URL: expected one like https://sqs.eu-west-1.amazonaws.com/123456789012/orders"
        }
    }

    public var errorDescription: String? { description }
}
