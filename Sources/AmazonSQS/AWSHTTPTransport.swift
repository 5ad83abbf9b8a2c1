import Foundation

/// One HTTP request to AWS, as the signer reads it and a transport sends it. Printed, it hides the session
/// token and the signature, so that a logged request gives nothing away.
public struct AWSHTTPRequest: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public var method: String
    public var url: URL
    /// Header names as given; the signer compares them without case.
    public var headers: [String: String]
    public var body: Data

    public init(method: String, url: URL, headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    public var description: String {
        let hidden: Set<String> = ["x-amz-security-token", "authorization"]
        let headers = self.headers.sorted { $0.key < $1.key }
            .map { "\($0.key): \(hidden.contains($0.key.lowercased()) ? "[hidden]" : $0.value)" }
        return "\(method) \(url.absoluteString) [\(headers.joined(separator: ", "))] \(body.count) bytes"
    }

    public var debugDescription: String { description }
}

/// The answer to an `AWSHTTPRequest`: any status, AWS's errors included.
public struct AWSHTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// Sends a signed request and returns whatever status came back; throws only when no answer came
/// (connection refused, timeout, name not found). Real HTTP is `URLSessionAWSTransport`; the simulator's
/// queue and the tests' fakes plug in here.
public protocol AWSHTTPTransport: Sendable {
    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse
}
