import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SellingPartnerAPI

@Suite struct URLSessionTransportTests {
    let transport = URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:8080/")!, timeout: 12)

    @Test func pathsGoOnTheBaseURLAndQueriesAreEncodedStrictly() throws {
        let request = HTTPRequest(
            method: "GET", path: "/orders/2026-01-01/orders",
            query: [("marketplaceIds", "A,B"), ("paginationToken", "a+b/c= d")],
            headers: ["accept": "application/json"]
        )
        let urlRequest = try transport.makeURLRequest(request)
        #expect(urlRequest.url?.absoluteString == "http://127.0.0.1:8080/orders/2026-01-01/orders?marketplaceIds=A%2CB&paginationToken=a%2Bb%2Fc%3D%20d")
        #expect(urlRequest.httpMethod == "GET")
        #expect(urlRequest.timeoutInterval == 12)
        #expect(urlRequest.value(forHTTPHeaderField: "accept") == "application/json")
    }

    @Test func anAbsoluteURLIsUsedAsIs() throws {
        let request = HTTPRequest(method: "PUT", path: "https://storage.example/doc-1?X-Amz-Signature=ab%2Fc", body: Data("x".utf8))
        let urlRequest = try transport.makeURLRequest(request)
        #expect(urlRequest.url?.absoluteString == "https://storage.example/doc-1?X-Amz-Signature=ab%2Fc")
        #expect(urlRequest.httpBody == Data("x".utf8))
    }

    @Test func anEncodedSkuStaysEncoded() throws {
        let urlRequest = try transport.makeURLRequest(HTTPRequest(method: "PATCH", path: "/listings/2021-08-01/items/S/AB%2F12"))
        #expect(urlRequest.url?.absoluteString == "http://127.0.0.1:8080/listings/2021-08-01/items/S/AB%2F12")
    }

    @Test func urlErrorsBecomeTransportErrors() {
        #expect(URLSessionTransport.transportError(URLError(.timedOut)) as? TransportError == .timedOut)
        guard case .cannotConnect? = URLSessionTransport.transportError(URLError(.cannotConnectToHost)) as? TransportError else {
            Issue.record("connection refused should be cannotConnect")
            return
        }
        #expect(URLSessionTransport.transportError(URLError(.cancelled)) is CancellationError)
    }
}
