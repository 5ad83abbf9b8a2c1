import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a call to the queue failed, said so that a merchant knows what to change. Never holds a secret:
/// AWS's own messages are cleared of the credentials before they get here.
public enum SQSError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// AWS knows no such queue in the region the request was signed for.
    case noSuchQueue(queue: String, region: String)
    /// The credentials are valid but the queue's policy (or the user's) does not allow the action.
    case accessDenied(queue: String, action: String)
    /// AWS does not know the access key, or the session token does not belong to it.
    case unknownAccessKey(maskedKey: String)
    /// The signature did not match: most often a wrong secret access key.
    case signatureRejected
    /// The request was signed for a region other than the queue's.
    case wrongRegion(region: String)
    /// Temporary credentials whose session token has run out.
    case expiredToken
    /// AWS asked to slow down.
    case throttled
    /// No answer came: nothing listens there, no such host, or no answer in time.
    case unreachable(host: String, reason: String)
    /// A value the client refuses before asking AWS.
    case invalidArgument(String)
    /// Any other error AWS answered with: its code and its message.
    case refused(action: String, code: String, message: String)
    /// An answer that is neither the action's result nor an AWS error.
    case unreadableAnswer(action: String, status: Int)

    public var description: String {
        switch self {
        case .noSuchQueue(let queue, let region):
            "no such queue in \(region): check the queue URL (\(queue)) and AWS_REGION"
        case .accessDenied(let queue, let action):
            "AWS refused to let these credentials \(action == "SendMessage" ? "send to" : "read") the queue \(queue): check the queue policy"
        case .unknownAccessKey(let maskedKey):
            "AWS does not know the access key \(maskedKey): check AWS_ACCESS_KEY_ID (and AWS_SESSION_TOKEN for temporary credentials)"
        case .signatureRejected:
            "AWS did not accept the request's signature: check AWS_SECRET_ACCESS_KEY"
        case .wrongRegion(let region):
            "the queue is not in \(region): set AWS_REGION to the queue's region"
        case .expiredToken:
            "the temporary AWS credentials have expired: get new ones (AWS_SESSION_TOKEN)"
        case .throttled:
            "AWS is slowing down requests to the queue: try again in a moment"
        case .unreachable(let host, let reason):
            "could not reach the queue at \(host): \(reason)"
        case .invalidArgument(let text):
            text
        case .refused(let action, let code, let message):
            "AWS refused \(action) (\(code))\(message.isEmpty ? "" : ": \(message)")"
        case .unreadableAnswer(let action, let status):
            "the queue's answer to \(action) could not be read (HTTP status \(status))"
        }
    }

    public var errorDescription: String? { description }

    /// The error for AWS's answer `code` (`__type` without its namespace, or the query-compatible code) and
    /// `message`, already cleared of secrets.
    static func from(code: String, message: String, action: String, queue: SQSQueueURL, region: String, maskedKey: String) -> SQSError {
        let lowered = message.lowercased()
        switch code {
        case "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue":
            return .noSuchQueue(queue: queue.description, region: region)
        case "AccessDenied", "AccessDeniedException", "KMSAccessDenied":
            return .accessDenied(queue: queue.name, action: action)
        case "InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId":
            return .unknownAccessKey(maskedKey: maskedKey)
        case "SignatureDoesNotMatch", "InvalidSignatureException", "IncompleteSignature", "IncompleteSignatureException",
             "AuthorizationHeaderMalformed":
            // A signature scoped to the wrong region is refused with this code and says so in its message.
            return lowered.contains("region") ? .wrongRegion(region: region) : .signatureRejected
        case "ExpiredToken", "ExpiredTokenException", "RequestExpired":
            return .expiredToken
        case "RequestThrottled", "ThrottlingException", "Throttling", "AWS.SimpleQueueService.RequestThrottled":
            return .throttled
        default:
            return .refused(action: action, code: code, message: message)
        }
    }

    /// The error for a request that got no answer.
    static func noAnswer(_ error: any Error, host: String) -> SQSError {
        guard let urlError = error as? URLError else { return .unreachable(host: host, reason: "the connection failed") }
        let reason = switch urlError.code {
        case .cannotConnectToHost: "nothing answered (connection refused): check the address"
        case .cannotFindHost, .dnsLookupFailed: "no such host: check the address"
        case .timedOut: "no answer in time"
        case .notConnectedToInternet, .networkConnectionLost: "the network is down"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid:
            "the secure connection failed"
        default: "the connection failed (network error \(urlError.code.rawValue))"
        }
        return .unreachable(host: host, reason: reason)
    }
}
