import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct SimulatorServerTests {
    @Test func theServerAnswersLikeTheInProcessSimulator() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 120, seed: 31)
        let server = try SimulatorServer(simulator: fixture.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        #expect(port > 0)
        let query = [("lastUpdatedAfter", "2020-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9,A1F83G8C2ARO7P"),
                     ("includedData", "BUYER,FULFILLMENT")]
        var components = URLComponents(string: "http://127.0.0.1:\(port)/orders/2026-01-01/orders")!
        components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        let (data, response) = try await URLSession.shared.data(from: components.url!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let inProcess = try await fixture.get("/orders/2026-01-01/orders", query)
        #expect(try JSONDecoder().decode(SearchOrdersResponse.self, from: data) == JSONDecoder().decode(SearchOrdersResponse.self, from: inProcess.body))

        // Document URLs point back at the server.
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/feeds/2021-06-30/documents")!)
        request.httpMethod = "POST"
        request.httpBody = Data(#"{"contentType":"text/xml"}"#.utf8)
        let (created, _) = try await URLSession.shared.data(for: request)
        let document = try JSONDecoder().decode(CreateFeedDocumentResponse.self, from: created)
        #expect(document.url == "http://127.0.0.1:\(port)/sim-documents/\(document.feedDocumentId)")
        var upload = URLRequest(url: URL(string: document.url)!)
        upload.httpMethod = "PUT"
        upload.httpBody = Data("<AmazonEnvelope/>".utf8)
        let (_, uploaded) = try await URLSession.shared.data(for: upload)
        #expect((uploaded as? HTTPURLResponse)?.statusCode == 200)
        let (downloaded, _) = try await URLSession.shared.data(from: URL(string: document.url)!)
        #expect(String(decoding: downloaded, as: UTF8.self) == "<AmazonEnvelope/>")
    }
}

/// `merchant sim advance` in one process makes the messages, `merchant sim serve` in another delivers them over HTTP.
@Suite struct SimulatedQueueOverHTTPTests {
    @Test func messagesMadeByAnotherProcessAreDeliveredOverHTTP() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-duplicate=0"))
        _ = try await NotificationsFlowTests.subscribed(fixture)
        let advancer = try AmazonSimulator.open(at: fixture.simulator.path, clock: fixture.clock)
        let lived = try advancer.advance(minutes: 60, seed: 8)
        fixture.clock.advance(seconds: 60)   // every delivery delay has passed
        let server = try SimulatorServer(simulator: fixture.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let base = "http://127.0.0.1:\(port)"
        let sqs = SQSCaller(transport: URLSessionTransport(baseURL: URL(string: base)!), queueURL: AmazonSimulator.queueURL(baseURL: base))
        let messages = try await sqs.drain(wait: 1)
        let orders = Set(try messages.map { try OrderChangeNotification.decode($0.body).get().amazonOrderId })
        #expect(orders.count >= lived.ordersPlaced && lived.ordersPlaced > 0)
        var unsigned = SQSCaller.signedHeaders(target: "ReceiveMessage")
        unsigned["Authorization"] = nil
        let (status, refusal) = try await sqs.call("ReceiveMessage", ["QueueUrl": sqs.queueURL], headers: unsigned)
        #expect(status == 400 && refusal["__type"] as? String == "com.amazon.coral.service#MissingAuthenticationTokenException")
    }
}
