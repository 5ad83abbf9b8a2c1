import Foundation

/// The SP-API region an account lives in: its endpoint and AWS region (SPAPI.md, "Connecting a real account").
///
///     Region(name: "eu")?.endpoint   // https://sellingpartnerapi-eu.amazon.com
///
/// Login with Amazon issues tokens at one address for every region.
public enum Region: String, Sendable, CaseIterable, Codable {
    case na, eu, fe

    /// `eu`, `EU` or `Eu`; nil for anything else.
    public init?(name: String) { self.init(rawValue: name.lowercased()) }

    /// Amazon's SP-API host for the region.
    public var endpoint: URL {
        URL(string: "https://sellingpartnerapi-\(rawValue).amazon.com")!
    }

    /// The same host with `sandbox.` in front: Amazon's static sandbox.
    public var sandboxEndpoint: URL {
        URL(string: "https://sandbox.sellingpartnerapi-\(rawValue).amazon.com")!
    }

    /// The AWS region behind the endpoint.
    public var awsRegion: String {
        switch self {
        case .na: "us-east-1"
        case .eu: "eu-west-1"
        case .fe: "us-west-2"
        }
    }

    /// Where a merchant reads which region is theirs.
    public var title: String {
        switch self {
        case .na: "North America"
        case .eu: "Europe"
        case .fe: "Far East"
        }
    }

    /// Login with Amazon's token endpoint: `grant_type=refresh_token` is posted here.
    public static let tokenEndpoint = URL(string: "https://api.amazon.com/auth/o2/token")!
}
