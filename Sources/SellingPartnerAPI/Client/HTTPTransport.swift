import Foundation

/// A request as the SP-API client sends it: method, path with query, headers, body.
///
/// `path` is already percent-encoded (a SKU's `/` is `%2F`), or an absolute `http(s)://` URL (a pre-signed
/// document URL) that a transport uses as is. `query` values are raw; the transport encodes them.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    public var path: String
    public var query: [(String, String)]
    public var headers: [String: String]
    public var body: Data?

    public init(method: String, path: String, query: [(String, String)] = [], headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.path == b.path && a.query.elementsEqual(b.query, by: { $0 == $1 })
            && a.headers == b.headers && a.body == b.body
    }

    /// The value of a query parameter (the first, when repeated).
    public func queryValue(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
}

/// An answer: status code, headers, body.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Whatever carries a request to an SP-API endpoint and brings its answer back:
/// real HTTP (`URLSessionTransport`) or the simulator in process.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
