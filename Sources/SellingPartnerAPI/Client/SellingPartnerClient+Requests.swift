import Foundation

// Building requests and reading JSON answers: the headers every SP-API call carries.
extension SellingPartnerClient {
    /// A request to an SP-API path, with the standard headers; `execute` adds the access token to each attempt.
    func request(_ method: String, _ path: String, query: [(String, String)] = [], idempotencyKey: String? = nil) -> HTTPRequest {
        var headers = ["user-agent": Self.userAgent, "accept": "application/json"]
        if let idempotencyKey { headers["Idempotency-Key"] = idempotencyKey }
        return HTTPRequest(method: method, path: path, query: query, headers: headers)
    }

    /// The same, carrying `body` as JSON.
    func request(_ method: String, _ path: String, query: [(String, String)] = [], json body: some Encodable, idempotencyKey: String? = nil) throws -> HTTPRequest {
        var request = request(method, path, query: query, idempotencyKey: idempotencyKey)
        request.headers["content-type"] = "application/json"
        request.body = try Self.encoder.encode(body)
        return request
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A decoder for `T` over the body of an answer.
    func json<T: Decodable>(_ type: T.Type) -> (HTTPResponse) throws -> T {
        { response in try JSONDecoder().decode(T.self, from: response.body) }
    }
}
