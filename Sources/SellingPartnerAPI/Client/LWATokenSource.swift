import Foundation

/// Where the client gets the access token each SP-API request carries.
public protocol AccessTokenProvider: Sendable {
    /// A token that is good for the next request.
    func accessToken() async throws -> AccessToken
    /// Amazon answered that `token` has expired: the next `accessToken()` must not return it again.
    func expired(_ token: AccessToken) async
}

/// A bare access token (`SPAPI_ACCESS_TOKEN`): used as it is until Amazon stops taking it.
public struct FixedAccessToken: AccessTokenProvider {
    let token: AccessToken
    public init(_ token: AccessToken) { self.token = token }
    public func accessToken() async throws -> AccessToken { token }
    public func expired(_ token: AccessToken) async {}
}

/// Access tokens as Login with Amazon issues them: the refresh token is traded for an access token
/// (`POST grant_type=refresh_token`, form-encoded), which is used until shortly before `expires_in` runs
/// out and then traded again. Grantless operations get a token of their own (`grantless()`:
/// `grant_type=client_credentials`, scope `sellingpartnerapi::notifications`), cached apart from the seller's.
///
///     let tokens = LWATokenSource(credentials: credentials, tokenEndpoint: Region.tokenEndpoint,
///                                 transport: URLSessionTransport(baseURL: Region.tokenEndpoint))
///     let client = SellingPartnerClient(transport: transport, tokens: tokens)
///
/// An actor: requests running at the same time share one token, and when it is due only one of them
/// fetches the next while the others wait for it (no two refreshes race).
public actor LWATokenSource: AccessTokenProvider {
    let credentials: LWACredentials
    let tokenEndpoint: URL
    let transport: any HTTPTransport
    let clock: any ClockSource

    /// Each grant has its own token: the seller's (refresh token) and each grantless scope's (client credentials).
    private var current: [LWAGrant: (token: AccessToken, renewAt: Date)] = [:]
    private var pending: [LWAGrant: Task<(AccessToken, Date), any Error>] = [:]
    /// How many seller tokens were fetched so far.
    public private(set) var fetched = 0
    /// How many grantless tokens were fetched so far.
    public private(set) var fetchedGrantless = 0

    public init(credentials: LWACredentials, tokenEndpoint: URL, transport: any HTTPTransport, clock: any ClockSource = SystemClock()) {
        self.credentials = credentials
        self.tokenEndpoint = tokenEndpoint
        self.transport = transport
        self.clock = clock
    }

    /// How long before `expires_in` runs out a token is replaced: a minute for Amazon's hour, a fifth of
    /// a shorter life (the simulator's few seconds), so that a request under way still arrives in time.
    public static func margin(expiresIn: Double) -> Double { min(60, expiresIn / 5) }

    public func accessToken() async throws -> AccessToken { try await accessToken(for: .seller) }

    public func expired(_ token: AccessToken) async { expired(token, for: .seller) }

    /// The tokens of a grantless scope, as a provider of their own (the client uses it for grantless operations).
    public nonisolated func grantless(_ scope: String = LWAGrant.notificationsScope) -> GrantlessTokens {
        GrantlessTokens(source: self, grant: .clientCredentials(scope: scope))
    }

    /// A token for `grant`, fetched when there is none or it is due; one fetch at a time per grant.
    func accessToken(for grant: LWAGrant) async throws -> AccessToken {
        if let current = current[grant], clock.now < current.renewAt { return current.token }
        if let pending = pending[grant] { return try await pending.value.0 }
        let task = Task { try await self.fetch(grant) }
        pending[grant] = task
        defer { pending[grant] = nil }
        let (token, renewAt) = try await task.value
        current[grant] = (token, renewAt)
        if grant == .seller { fetched += 1 } else { fetchedGrantless += 1 }
        return token
    }

    func expired(_ token: AccessToken, for grant: LWAGrant) {
        if current[grant]?.token == token { current[grant] = nil }
    }

    /// One token request, asked again after a lost connection or a server's trouble (three tries).
    private nonisolated func fetch(_ grant: LWAGrant) async throws -> (AccessToken, Date) {
        var attempt = 0
        while true {
            attempt += 1
            let response: HTTPResponse
            do {
                response = try await transport.send(tokenRequest(grant))
            } catch let error as TransportError {
                guard attempt < 3 else { throw LWAError.unreachable(detail: redact(error.description)) }
                try await clock.sleep(seconds: Double(attempt))
                continue
            }
            switch response.status {
            case 200..<300:
                guard let answer = try? JSONDecoder().decode(LWATokenResponse.self, from: response.body),
                      !answer.access_token.isEmpty, answer.expires_in > 0 else {
                    throw LWAError.malformedAnswer(detail: "HTTP \(response.status) without access_token and expires_in")
                }
                let renewAt = clock.now.addingTimeInterval(answer.expires_in - Self.margin(expiresIn: answer.expires_in))
                return (AccessToken(answer.access_token), renewAt)
            case 429, 500, 502, 503, 504 where attempt < 3:
                try await clock.sleep(seconds: Double(attempt))
            case 400..<500:
                if let refusal = try? JSONDecoder().decode(LWAErrorResponse.self, from: response.body) {
                    throw LWAError.refused(error: redact(refusal.error), description: refusal.error_description.map(redact))
                }
                throw LWAError.refused(error: "HTTP \(response.status)", description: nil)
            default:
                throw LWAError.unreachable(detail: "HTTP \(response.status)")
            }
        }
    }

    private nonisolated func tokenRequest(_ grant: LWAGrant) -> HTTPRequest {
        let fields: [(String, String)] = switch grant {
        case .seller: [("grant_type", "refresh_token"), ("refresh_token", credentials.refreshToken)]
        case .clientCredentials(let scope): [("grant_type", "client_credentials"), ("scope", scope)]
        }
        let form = (fields + [("client_id", credentials.clientId), ("client_secret", credentials.clientSecret)])
            .map { PercentEncoding.component($0.0) + "=" + PercentEncoding.component($0.1) }.joined(separator: "&")
        return HTTPRequest(
            method: "POST", path: tokenEndpoint.absoluteString,
            headers: ["content-type": "application/x-www-form-urlencoded;charset=UTF-8", "accept": "application/json",
                      "user-agent": SellingPartnerClient.userAgent],
            body: Data(form.utf8))
    }

    private nonisolated func redact(_ text: String) -> String { Redaction.redact(text, hiding: credentials.secrets) }
}

/// Which Login with Amazon grant a token is bought with.
public enum LWAGrant: Hashable, Sendable {
    /// The seller's authorization: `grant_type=refresh_token`.
    case seller
    /// The application alone, for grantless operations: `grant_type=client_credentials&scope=...`.
    case clientCredentials(scope: String)

    /// The scope of the Notifications API's grantless operations (destinations, test notifications).
    public static let notificationsScope = "sellingpartnerapi::notifications"
}

/// The grantless tokens of one `LWATokenSource`, cached apart from the seller's.
public struct GrantlessTokens: AccessTokenProvider {
    let source: LWATokenSource
    let grant: LWAGrant
    public func accessToken() async throws -> AccessToken { try await source.accessToken(for: grant) }
    public func expired(_ token: AccessToken) async { await source.expired(token, for: grant) }
}
