import Foundation

/// Why Login with Amazon issued no access token, in words a merchant can act on. Never holds a secret:
/// Amazon's own description is shown with any credential in it redacted.
public enum LWAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Amazon refused the credentials: OAuth's `error` (`invalid_grant`, `invalid_client`, ...) and its description.
    case refused(error: String, description: String?)
    /// The token endpoint could not be reached, or kept failing.
    case unreachable(detail: String)
    /// The answer was not a token.
    case malformedAnswer(detail: String)

    public var description: String {
        switch self {
        case .refused(let error, let detail):
            let said = detail.map { " Amazon said: \"\($0)\"." } ?? ""
            switch error {
            case "invalid_grant":
                return "Amazon did not accept the refresh token (invalid_grant): it is mistyped, belongs to another application,"
                    + " or the seller's authorization was withdrawn. Authorize the application again in Seller Central and use the new refresh token.\(said)"
            case "invalid_client":
                return "Amazon did not accept the application's client id or client secret (invalid_client): copy both again"
                    + " from the application's Login with Amazon credentials in Developer Central.\(said)"
            case "unauthorized_client":
                return "Amazon does not let this application use the refresh token (unauthorized_client): check that the"
                    + " refresh token was issued to this application.\(said)"
            default:
                return "Amazon's sign-in refused the credentials (\(error)).\(said)"
            }
        case .unreachable(let detail):
            return "Could not reach Amazon's sign-in (Login with Amazon): \(detail). Check the network connection and try again."
        case .malformedAnswer(let detail):
            return "Amazon's sign-in answered with something that is not an access token (\(detail)). Try again later."
        }
    }
}
