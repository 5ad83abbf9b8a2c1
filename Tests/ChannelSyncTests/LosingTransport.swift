import Foundation
import SellingPartnerAPI
import Synchronization

/// Passes requests to Amazon but loses the answers to those that `matches`, the first `times` of them
/// (nil: until `stop()`): Amazon applied the request, the console never hears so, as when the sync is
/// killed or the connection drops between sending and recording.
final class LosingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let matches: @Sendable (HTTPRequest) -> Bool
    let error: TransportError
    let remaining: Mutex<Int?>
    let losing = Mutex(true)

    init(_ inner: any HTTPTransport, times: Int? = 1, error: TransportError = .connectionLost("answer lost after Amazon received the request"),
         matches: @escaping @Sendable (HTTPRequest) -> Bool) {
        self.inner = inner
        self.matches = matches
        self.error = error
        remaining = Mutex(times)
    }

    func stop() { losing.withLock { $0 = false } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await inner.send(request)
        guard matches(request), losing.withLock({ $0 }) else { return response }
        let lose = remaining.withLock { left -> Bool in
            guard let n = left else { return true }
            left = n - 1
            return n > 0
        }
        if lose { throw error }
        return response
    }

    static func createFeed(_ request: HTTPRequest) -> Bool { request.method == "POST" && request.path.hasSuffix("/feeds/2021-06-30/feeds") }
    static func createFulfillmentOrder(_ request: HTTPRequest) -> Bool {
        request.method == "POST" && request.path.hasSuffix("/fba/outbound/2020-07-01/fulfillmentOrders")
    }
    static func patch(sku: String) -> @Sendable (HTTPRequest) -> Bool {
        { $0.method == "PATCH" && $0.path.contains("/listings/2021-08-01/items/") && $0.path.contains("/\(sku)") }
    }
}
