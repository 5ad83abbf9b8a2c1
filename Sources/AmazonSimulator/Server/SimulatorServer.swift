import FlyingFox
import FlyingSocks
import Foundation
import SellingPartnerAPI

/// The simulator over real HTTP on 127.0.0.1 (`merchant sim serve --port P`): every request goes to
/// the same `AmazonSimulator.send`; document URLs point back at this server through the Host header.
public final class SimulatorServer: Sendable {
    private let simulator: AmazonSimulator
    private let server: FlyingFox.HTTPServer
    private let requestedPort: UInt16

    public init(simulator: AmazonSimulator, port: UInt16 = 0) throws {
        self.simulator = simulator
        self.requestedPort = port
        // Loopback only: the simulator holds buyers' data and has no authentication.
        // FlyingFox answers 500 to a handler still running after `timeout` (15 s by default): an empty SQS long poll
        // waits 20 s, so the server allows it more (35 s stays below the clients' own time-outs).
        server = FlyingFox.HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 35, logger: .disabled,
                                      handler: Handler(simulator: simulator))
    }

    /// Starts listening and returns the port (the one picked when 0 was asked for). Serving continues
    /// in a task until `stop`.
    @discardableResult
    public func start() async throws -> UInt16 {
        let server = self.server
        Task { try await server.run() }
        // Generous: on a busy machine (two cores, a test suite in parallel) the listening task may wait its turn.
        try await server.waitUntilListening(timeout: 60)
        guard case .ip4(_, let port)? = await server.listeningAddress else { return requestedPort }
        return port
    }

    /// Serves until cancelled (for the CLI's foreground `sim serve`).
    public func run() async throws { try await server.run() }

    public func stop() async { await server.stop() }

    private struct Handler: HTTPHandler {
        let simulator: AmazonSimulator

        func handleRequest(_ request: FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse {
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue] = value }
            let body = try await request.bodyData
            // A long poll waits in real time, looking again every tenth of a second.
            let faulted = try await simulator.longPolled(SellingPartnerAPI.HTTPRequest(
                method: request.method.rawValue, path: request.path,
                query: request.query.map { ($0.name, $0.value) }, headers: headers, body: body.isEmpty ? nil : body),
                now: { Date().timeIntervalSince1970 }, sleep: { try await Task.sleep(nanoseconds: UInt64($0 * 1_000_000_000)) }, step: 0.1)
            // Faults in real time: a lost answer holds the connection past the client's time-out.
            let wait = faulted.dropped ? faulted.hang : faulted.realDelay
            if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) }
            let answer = faulted.response
            var responseHeaders = FlyingFox.HTTPHeaders()
            for (name, value) in answer.headers { responseHeaders[FlyingFox.HTTPHeader(name)] = value }
            return FlyingFox.HTTPResponse(statusCode: FlyingFox.HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)),
                                          headers: responseHeaders, body: answer.body)
        }

        static func phrase(_ status: Int) -> String {
            switch status {
            case 200: "OK"
            case 201: "Created"
            case 202: "Accepted"
            case 204: "No Content"
            case 400: "Bad Request"
            case 403: "Forbidden"
            case 404: "Not Found"
            case 429: "Too Many Requests"
            case 500: "Internal Server Error"
            case 502: "Bad Gateway"
            case 503: "Service Unavailable"
            case 504: "Gateway Timeout"
            default: "Status"
            }
        }
    }
}
