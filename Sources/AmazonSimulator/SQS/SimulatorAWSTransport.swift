import AmazonSQS
import Foundation
import SellingPartnerAPI

/// The simulator answers SQS in process too: an `SQSClient` whose transport is the simulator reads the simulator's queue
/// exactly as it reads Amazon's over HTTP (tests, the demo console, the benchmark).
///
///     let queue = SQSClient(queue: try SQSQueueURL(AmazonSimulator.queueURL(baseURL: "http://localhost")),
///                           settings: AWSSettings(credentials: ..., region: "eu-west-1"), transport: simulator)
extension AmazonSimulator: AWSHTTPTransport {
    public func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        var headers = request.headers
        if !headers.keys.contains(where: { $0.lowercased() == "host" }), let host = request.url.host() {
            headers["Host"] = request.url.port.map { "\(host):\($0)" } ?? host
        }
        let path = request.url.path.isEmpty ? "/" : request.url.path
        let answer: HTTPResponse = try await send(HTTPRequest(method: request.method, path: path, headers: headers, body: request.body))
        return AWSHTTPResponse(status: answer.status, headers: answer.headers, body: answer.body)
    }
}
