import Foundation
import MerchantTestSupport
import Testing
@testable import AmazonSQS

/// The client against an SQS we did not write: moto's server on loopback, reached over real HTTP through
/// `URLSessionAWSTransport`, with the settings read from the environment variables a merchant sets.
@Suite(.ownThread, .enabled(if: MotoServer.isInstalled && Python.has("boto3"),
                             "moto_server (PyPI moto[server]) is not installed here; .ci/run installs it"))
struct SQSMotoEndToEndTests {
    @Test func sendReceiveAndDeleteThroughMoto() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        try await moto.waitUntilAnswering()
        let queueURL = try moto.createQueue(named: "merchant-orders", region: "eu-west-1")
        let environment = moto.environment()
        let queue = try SQSQueueURL(queueURL)
        let client = SQSClient(queue: queue, settings: try AWSSettings.fromEnvironment(environment, queue: queue))

        #expect(try await client.queueArn() == "arn:aws:sqs:eu-west-1:123456789012:merchant-orders")

        let bodies = [
            #"{"NotificationType":"ORDER_CHANGE","Payload":{"OrderChangeNotification":{"AmazonOrderId":"302-1234567-1234567"}}}"#,
            #"{"buyer":"ที่ น้ำ สมชาย","note":"🎉📦👍🏽 Jürgen Groß, 山田太郎"}"#,
            "plain text / with + and & and = and %20",
        ]
        var sentIds: [String] = []
        for body in bodies { sentIds.append(try await client.send(body)) }

        var received: [SQSMessage] = []
        for _ in 0..<5 where received.count < bodies.count {
            received += try await client.receive(SQSReceiveOptions(maxMessages: 10, waitSeconds: 20))
        }
        #expect(Set(received.map(\.body)) == Set(bodies), "every body comes back byte for byte, Thai and emoji included")
        #expect(Set(received.map(\.messageId)) == Set(sentIds))
        #expect(received.allSatisfy { $0.receiveCount == 1 && $0.sentAt != nil })

        for message in received { try await client.delete(message) }
        #expect(try await client.receive(SQSReceiveOptions(waitSeconds: 1)).isEmpty)
        let counts = try await client.attributes(["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
        #expect(counts == ["ApproximateNumberOfMessages": "0", "ApproximateNumberOfMessagesNotVisible": "0"],
                "deleted, not merely hidden by their visibility timeout")

        let missing = try SQSQueueURL(moto.endpoint.absoluteString + "/123456789012/no-such-queue")
        let lost = SQSClient(queue: missing, settings: try AWSSettings.fromEnvironment(environment, queue: missing))
        do {
            _ = try await lost.queueArn()
            Issue.record("an unknown queue was answered")
        } catch {
            #expect(error == .noSuchQueue(queue: missing.description, region: "eu-west-1"))
            #expect(error.description.hasPrefix("no such queue in eu-west-1: check the queue URL"))
        }

        moto.stop()
        do {
            _ = try await client.receive(SQSReceiveOptions(waitSeconds: 0))
            Issue.record("a stopped server was answered")
        } catch {
            #expect(error.description.hasPrefix("could not reach the queue at 127.0.0.1:\(moto.port)"))
        }
    }
}
