import Foundation

/// Login with Amazon's answer to `grant_type=refresh_token`.
public struct LWATokenResponse: Codable, Sendable, Equatable {
    public var access_token: String
    public var token_type: String?
    public var expires_in: Double
    public var refresh_token: String?

    public init(accessToken: String, tokenType: String = "bearer", expiresIn: Double, refreshToken: String? = nil) {
        access_token = accessToken
        token_type = tokenType
        expires_in = expiresIn
        refresh_token = refreshToken
    }
}

/// Login with Amazon's refusal, as OAuth 2 words it.
public struct LWAErrorResponse: Codable, Sendable, Equatable {
    public var error: String
    public var error_description: String?

    public init(error: String, description: String? = nil) {
        self.error = error
        error_description = description
    }
}
