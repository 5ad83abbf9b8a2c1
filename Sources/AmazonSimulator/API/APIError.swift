import Foundation
import SellingPartnerAPI

/// An SP-API error answer: a status and `{"errors":[{"code","message","details"}]}`.
struct APIError: Error {
    var status: Int
    var code: String
    var message: String
    var details: String?

    static func invalidInput(_ message: String, details: String? = nil) -> APIError {
        APIError(status: 400, code: "InvalidInput", message: message, details: details)
    }

    static func notFound(_ message: String) -> APIError { APIError(status: 404, code: "NotFound", message: message) }

    static let quotaExceeded = APIError(status: 429, code: "QuotaExceeded", message: "You exceeded your quota for the requested resource.")

    var response: HTTPResponse {
        JSONBody.response(status: status, SPAPIErrorList(errors: [SPAPIErrorItem(code: code, message: message, details: details)]))
    }
}

/// JSON in and out, the same way for every endpoint.
enum JSONBody {
    static func response(status: Int, _ value: some Encodable) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)) ?? Data()
        return HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: body)
    }

    static func decode<T: Decodable>(_ type: T.Type, from request: HTTPRequest) throws -> T {
        guard let body = request.body, !body.isEmpty else { throw APIError.invalidInput("The request has no body.") }
        do { return try JSONDecoder().decode(T.self, from: body) } catch {
            throw APIError.invalidInput("The request body is not a valid \(T.self).", details: "\(error)")
        }
    }
}

extension HTTPRequest {
    /// A header, looked up without regard to case as HTTP demands.
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// A single query parameter's value.
    func value(_ name: String) -> String? {
        query.first { $0.0 == name }?.1
    }

    /// Every value of a list parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`).
    func listValues(_ name: String) -> [String] {
        query.filter { $0.0 == name }.flatMap { $0.1.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }
}
