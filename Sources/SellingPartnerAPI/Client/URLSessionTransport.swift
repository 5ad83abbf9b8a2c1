import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Real HTTP for the client: an `HTTPRequest` on a base URL (the simulator's loopback server or an
/// SP-API endpoint) sent with URLSession. A `path` that is already an absolute `http(s)://` URL
/// (a pre-signed document URL) is used as is.
public struct URLSessionTransport: HTTPTransport {
    public let baseURL: URL
    /// Seconds without an answer before the request fails with `TransportError.timedOut`.
    public let timeout: TimeInterval
    private let session: URLSession

    public init(baseURL: URL, timeout: TimeInterval = 30, session: URLSession = .shared) {
        self.baseURL = baseURL
        self.timeout = timeout
        self.session = session
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = try makeURLRequest(request)
        // A continuation around dataTask rather than `data(for:)`: the async API is missing or
        // incomplete in older FoundationNetworking releases on Linux.
        let (data, response): (Data, URLResponse) = try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: urlRequest) { data, response, error in
                if let error {
                    continuation.resume(throwing: Self.transportError(error))
                } else if let response {
                    continuation.resume(returning: (data ?? Data(), response))
                } else {
                    continuation.resume(throwing: TransportError.other("no response and no error"))
                }
            }.resume()
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError.other("not an HTTP response")
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            headers[String(describing: key)] = String(describing: value)
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }

    /// The URLRequest for `request`: the path on the base URL (or as is when absolute), the query
    /// percent-encoded strictly, so that `+`, `/` and `=` in a pagination token survive the trip.
    func makeURLRequest(_ request: HTTPRequest) throws -> URLRequest {
        var text: String
        if request.path.hasPrefix("http://") || request.path.hasPrefix("https://") {
            text = request.path
        } else {
            var base = baseURL.absoluteString
            while base.hasSuffix("/") { base.removeLast() }
            text = base + (request.path.hasPrefix("/") ? "" : "/") + request.path
        }
        if !request.query.isEmpty {
            let pairs = request.query.map { PercentEncoding.component($0.0) + "=" + PercentEncoding.component($0.1) }
            text += (text.contains("?") ? "&" : "?") + pairs.joined(separator: "&")
        }
        guard let url = URL(string: text) else { throw TransportError.invalidURL(text) }
        var urlRequest = URLRequest(url: url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.httpBody = request.body
        return urlRequest
    }

    /// URLSession's errors in the terms the client retries by.
    static func transportError(_ error: any Error) -> any Error {
        guard let urlError = error as? URLError else { return TransportError.other(error.localizedDescription) }
        switch urlError.code {
        case .timedOut:
            return TransportError.timedOut
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return TransportError.cannotConnect(urlError.localizedDescription)
        case .networkConnectionLost:
            return TransportError.connectionLost(urlError.localizedDescription)
        case .cancelled:
            return CancellationError()
        case .badURL, .unsupportedURL:
            return TransportError.invalidURL(urlError.failingURL?.absoluteString ?? "")
        default:
            return TransportError.other(urlError.localizedDescription)
        }
    }
}
