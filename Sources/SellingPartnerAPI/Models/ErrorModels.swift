import Foundation

/// An error as every SP-API answers it: `{"errors": [{"code", "message", "details"}]}`.
public struct SPAPIErrorList: Codable, Sendable, Equatable {
    public var errors: [SPAPIErrorItem]
    public init(errors: [SPAPIErrorItem]) { self.errors = errors }
}

/// One entry of an error list.
public struct SPAPIErrorItem: Codable, Sendable, Equatable {
    public var code: String
    public var message: String
    public var details: String?
    public init(code: String, message: String, details: String? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }
}
