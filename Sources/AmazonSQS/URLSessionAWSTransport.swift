import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `AWSHTTPTransport` over URLSession. Its timeout outlasts a 20-second long poll (`ReceiveMessage` with
/// `WaitTimeSeconds` 20 answers only after 20 s when the queue is empty), with room for a slow network.
public struct URLSessionAWSTransport: AWSHTTPTransport {
    /// Seconds a request may take before it is given up: 20 s of long poll and 20 s to spare.
    public static let defaultTimeout: TimeInterval = 40

    private let session: URLSession
    private let timeout: TimeInterval

    public init(timeout: TimeInterval = URLSessionAWSTransport.defaultTimeout) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        self.session = URLSession(configuration: configuration)
        self.timeout = timeout
    }

    public func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if !request.body.isEmpty { urlRequest.httpBody = request.body }
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return AWSHTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}
