import Foundation
import GRDB
import SellingPartnerAPI
import Synchronization

/// The application simulated Amazon issues access tokens to: its Login with Amazon client id and secret,
/// the seller's refresh token, and how long (simulated seconds) an access token lives.
public struct SimulatedLWAClient: Sendable, Equatable {
    public var clientId: String
    public var clientSecret: String
    public var refreshToken: String
    public var tokenLifetime: Double

    public init(clientId: String, clientSecret: String, refreshToken: String, tokenLifetime: Double = 3600) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
        self.tokenLifetime = max(1, tokenLifetime)
    }
}

/// The tokens handed out, kept in memory: a restarted `sim serve` has forgotten them, as if Amazon had
/// withdrawn them (the client then fetches new ones).
struct LWAState {
    var client: SimulatedLWAClient?
    /// Access token → when it expires, in simulated seconds.
    var issued: [String: Double] = [:]
    /// The access tokens bought with client credentials (grantless operations only).
    var grantless: Set<String> = []
    var lastExpiry: Double?
    var count = 0
}

/// Login with Amazon as simulated Amazon plays it, switched on by `acceptLWA`: `POST /auth/o2/token`
/// trades the refresh token for an access token that expires on the simulator's clock, and every SP-API
/// request must then carry a live one (`x-amz-access-token`), else 403 `Unauthorized` as Amazon answers.
/// Switched off (the default, which every older test relies on), requests need no token, and a token request
/// is refused (`invalid_client`: no application registered).
extension AmazonSimulator {
    static let tokenPath = "/auth/o2/token"
    /// The scope grantless Notifications operations are bought with.
    static let notificationsScope = "sellingpartnerapi::notifications"

    /// Issue and check access tokens for `client` from now on; nil stops checking.
    public func acceptLWA(_ client: SimulatedLWAClient?) {
        lwa.withLock { $0 = LWAState(client: client) }
    }

    /// Every access token issued so far expires now (Amazon withdrawing tokens early; tests force the 403 path).
    public func expireAccessTokens() throws {
        let now = try self.now.timeIntervalSince1970
        lwa.withLock { state in
            for key in state.issued.keys { state.issued[key] = min(state.issued[key]!, now) }
            state.lastExpiry = state.lastExpiry.map { min($0, now) }
        }
    }

    /// The answer to a token request, counted in the statistics (`lwa.*`).
    func tokenAnswer(_ db: Database, _ request: HTTPRequest, now: Double) throws -> HTTPResponse {
        let form = Self.formValues(request.body ?? Data())
        let outcome: Result<(LWATokenResponse, renewedEarly: Bool?), LWAErrorAnswer> = lwa.withLock { state in
            guard let client = state.client else {
                return .failure(LWAErrorAnswer(401, "invalid_client", "Simulated Amazon accepts no application: start `merchant sim serve` with --lwa-client-id, --lwa-client-secret and --lwa-refresh-token."))
            }
            let grantless = form["grant_type"] == "client_credentials"
            guard form["grant_type"] == "refresh_token" || grantless else {
                return .failure(LWAErrorAnswer(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server."))
            }
            guard form["client_id"] == client.clientId, form["client_secret"] == client.clientSecret else {
                return .failure(LWAErrorAnswer(401, "invalid_client", "Client authentication failed"))
            }
            if grantless {
                guard form["scope"] == Self.notificationsScope else {
                    return .failure(LWAErrorAnswer(400, "invalid_scope", "An unknown scope was requested"))
                }
            } else {
                guard let refresh = form["refresh_token"], refresh == client.refreshToken else {
                    return .failure(LWAErrorAnswer(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token"))
                }
            }
            state.count += 1
            let token = "Atza|sim-\(state.count)-\(String(UInt64.random(in: .min ... .max), radix: 16))"
            if grantless {
                state.issued[token] = now + client.tokenLifetime
                state.grantless.insert(token)
                return .success((LWATokenResponse(accessToken: token, expiresIn: client.tokenLifetime), nil))
            }
            let renewedEarly = state.lastExpiry.map { now < $0 }
            state.issued[token] = now + client.tokenLifetime
            state.lastExpiry = now + client.tokenLifetime
            // A client that renews before expiry never meets a 403; one that waits does.
            return .success((LWATokenResponse(accessToken: token, expiresIn: client.tokenLifetime), renewedEarly))
        }
        switch outcome {
        case .success(let (answer, renewedEarly)):
            try Statistic.bump(db, form["grant_type"] == "client_credentials" ? "lwa.grantlessIssued" : "lwa.tokensIssued")
            if let renewedEarly { try Statistic.bump(db, renewedEarly ? "lwa.renewedBeforeExpiry" : "lwa.renewedAfterExpiry") }
            return JSONBody.response(status: 200, answer)
        case .failure(let refusal):
            try Statistic.bump(db, "lwa.refused.\(refusal.body.error)")
            return JSONBody.response(status: refusal.status, refusal.body)
        }
    }

    /// Nil when the request may go on: checking is off, or it carries a live token. Otherwise Amazon's 403.
    /// A grantless operation takes only a client-credentials token, any other only the seller's.
    func tokenRefusal(_ db: Database, _ request: HTTPRequest, grantless: Bool = false, now: Double) throws -> HTTPResponse? {
        let token = request.header("x-amz-access-token")
        let verdict: String? = lwa.withLock { state in
            guard state.client != nil else { return nil }
            guard let token, !token.isEmpty else { return "missing" }
            guard let expiry = state.issued[token] else { return "invalid" }
            guard state.grantless.contains(token) == grantless else { return grantless ? "sellerTokenForGrantless" : "grantlessTokenForSeller" }
            return now < expiry ? nil : "expired"
        }
        guard let verdict else { return nil }
        try Statistic.bump(db, "lwa.refused.\(verdict)")
        let details = switch verdict {
        case "expired": "The access token you provided has expired."
        case "invalid": "The access token you provided is revoked, malformed or invalid."
        case "sellerTokenForGrantless": "This is a grantless operation: it needs an access token obtained with grant_type=client_credentials."
        case "grantlessTokenForSeller": "This operation needs the seller's authorization: a grantless access token is not accepted."
        default: "The request has no access token (x-amz-access-token)."
        }
        return APIError(status: 403, code: "Unauthorized", message: "Access to requested resource is denied.", details: details).response
    }

    /// `a=1&b=2` as a dictionary, percent-decoded (`+` is a space, as HTML forms send it).
    static func formValues(_ body: Data) -> [String: String] {
        var values: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let name = parts.first { values[name] = parts.count > 1 ? parts[1] : "" }
        }
        return values
    }
}

/// An OAuth refusal with its HTTP status.
struct LWAErrorAnswer: Error {
    var status: Int
    var body: LWAErrorResponse
    init(_ status: Int, _ error: String, _ description: String) {
        self.status = status
        body = LWAErrorResponse(error: error, description: description)
    }
}

extension AmazonSimulator {
    /// Login with Amazon's counts: `tokensIssued`, `renewedBeforeExpiry`, `renewedAfterExpiry`, and
    /// `refused.<why>` (`expired`, `invalid`, `missing` for SP-API requests; `invalid_grant`, `invalid_client`, ... for token requests).
    public func lwaStatistics() throws -> [String: Int] {
        try db.read { db in
            var result: [String: Int] = [:]
            for (name, value) in try Statistic.all(db) where name.hasPrefix("lwa.") { result[String(name.dropFirst(4))] = value }
            return result
        }
    }
}
