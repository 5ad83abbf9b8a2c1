import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import AmazonSQS

/// The client's requests as SQS's AWS JSON protocol wants them, and AWS's errors said in a merchant's words.
@Suite struct SQSClientTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    static let token = "FwoGZXIvYXdzEXAMPLETOKEN"
    let queue = try! SQSQueueURL("https://sqs.eu-west-1.amazonaws.com/123456789012/orders")

    func client(answering response: AWSHTTPResponse) -> (SQSClient, RecordingTransport) {
        let transport = RecordingTransport(answer: .success(response))
        let credentials = AWSCredentials(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: Self.secret, sessionToken: Self.token)
        let client = SQSClient(queue: queue, settings: AWSSettings(credentials: credentials, region: "eu-west-1"), transport: transport,
                               now: { Date(timeIntervalSince1970: 1_764_633_600) })
        return (client, transport)
    }

    static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> AWSHTTPResponse {
        AWSHTTPResponse(status: status, headers: headers.merging(["Content-Type": "application/x-amz-json-1.0"]) { a, _ in a }, body: Data(text.utf8))
    }

    @Test func receiveIsASignedLongPollOfTheQueue() async throws {
        let (client, transport) = client(answering: Self.json("""
            {"Messages":[{"MessageId":"m-1","ReceiptHandle":"rh-1","MD5OfBody":"x","Body":"{\\"NotificationType\\":\\"ORDER_CHANGE\\"}",
              "Attributes":{"ApproximateReceiveCount":"2","SentTimestamp":"1764633600123"}}]}
            """))
        let messages = try await client.receive(SQSReceiveOptions(visibilityTimeout: 60))
        #expect(messages.map(\.messageId) == ["m-1"])
        #expect(messages.first?.body == #"{"NotificationType":"ORDER_CHANGE"}"#)
        #expect(messages.first?.receiveCount == 2)
        #expect(messages.first?.sentAt == Date(timeIntervalSince1970: 1_764_633_600.123))

        let sent = try #require(transport.requests.first)
        #expect(sent.method == "POST")
        #expect(sent.url.absoluteString == "https://sqs.eu-west-1.amazonaws.com")
        #expect(sent.headers["Content-Type"] == "application/x-amz-json-1.0")
        #expect(sent.headers["X-Amz-Target"] == "AmazonSQS.ReceiveMessage")
        #expect(sent.headers["X-Amz-Date"] == "20251202T000000Z")
        #expect(sent.headers["X-Amz-Security-Token"] == Self.token)
        let authorization = try #require(sent.headers["Authorization"])
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20251202/eu-west-1/sqs/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature="))
        for printed in ["\(sent)", String(reflecting: sent)] {
            #expect(!printed.contains(Self.token) && !printed.contains("Signature="), "a logged request shows no secret: \(printed)")
        }
        let body = try #require(JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
        #expect(body["QueueUrl"] as? String == "https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
        #expect(body["WaitTimeSeconds"] as? Int == 20)
        #expect(body["MaxNumberOfMessages"] as? Int == 10)
        #expect(body["VisibilityTimeout"] as? Int == 60)
        #expect(body["MessageSystemAttributeNames"] as? [String] == ["ApproximateReceiveCount", "SentTimestamp"])
    }

    @Test func theHTTPTimeoutOutlastsTheLongestLongPoll() {
        #expect(URLSessionAWSTransport.defaultTimeout > 20)
    }

    @Test func anEmptyQueueAnswersNoMessages() async throws {
        let (client, _) = client(answering: Self.json("{}"))
        #expect(try await client.receive().isEmpty)
    }

    @Test func deleteHandsBackTheReceipt() async throws {
        let (client, transport) = client(answering: AWSHTTPResponse(status: 200))
        try await client.delete(SQSMessage(messageId: "m-1", receiptHandle: "rh-1/+=", body: "{}"))
        let sent = try #require(transport.requests.first)
        #expect(sent.headers["X-Amz-Target"] == "AmazonSQS.DeleteMessage")
        let body = try #require(JSONSerialization.jsonObject(with: sent.body) as? [String: String])
        #expect(body == ["QueueUrl": queue.description, "ReceiptHandle": "rh-1/+="])
    }

    @Test func theQueueArnComesFromGetQueueAttributes() async throws {
        let (client, transport) = client(answering: Self.json(#"{"Attributes":{"QueueArn":"arn:aws:sqs:eu-west-1:123456789012:orders"}}"#))
        #expect(try await client.queueArn() == "arn:aws:sqs:eu-west-1:123456789012:orders")
        let sent = try #require(transport.requests.first)
        let body = try #require(JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
        #expect(body["AttributeNames"] as? [String] == ["QueueArn"])
    }

    @Test func limitsAreCheckedBeforeAnythingIsSent() async throws {
        let (client, transport) = client(answering: Self.json("{}"))
        await #expect(throws: SQSError.invalidArgument("SQS waits 0 to 20 seconds for messages, not 21")) {
            try await client.receive(SQSReceiveOptions(waitSeconds: 21))
        }
        await #expect(throws: SQSError.invalidArgument("SQS hands out 1 to 10 messages at a time, not 11")) {
            try await client.receive(SQSReceiveOptions(maxMessages: 11))
        }
        #expect(transport.requests.isEmpty)
    }

    /// AWS's error answers (`__type` and `message`, and the query-compatible header), and what the merchant reads.
    @Test(arguments: [
        (400, "com.amazonaws.sqs#QueueDoesNotExist", "The specified queue does not exist.", nil,
         "no such queue in eu-west-1: check the queue URL (https://sqs.eu-west-1.amazonaws.com/123456789012/orders) and AWS_REGION"),
        (400, "com.amazonaws.sqs#QueueDoesNotExist", "", "AWS.SimpleQueueService.NonExistentQueue;Sender",
         "no such queue in eu-west-1: check the queue URL (https://sqs.eu-west-1.amazonaws.com/123456789012/orders) and AWS_REGION"),
        (403, "com.amazon.coral.service#AccessDeniedException", "User: arn:aws:iam::1:user/x is not authorized to perform: sqs:receivemessage", nil,
         "AWS refused to let these credentials read the queue orders: check the queue policy"),
        (400, "com.amazon.coral.service#UnrecognizedClientException", "The security token included in the request is invalid.", nil,
         "AWS does not know the access key …MPLE: check AWS_ACCESS_KEY_ID (and AWS_SESSION_TOKEN for temporary credentials)"),
        (403, "InvalidClientTokenId", "The security token included in the request is invalid.", nil,
         "AWS does not know the access key …MPLE: check AWS_ACCESS_KEY_ID (and AWS_SESSION_TOKEN for temporary credentials)"),
        (403, "com.amazon.coral.service#SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.", nil,
         "AWS did not accept the request's signature: check AWS_SECRET_ACCESS_KEY"),
        (403, "com.amazon.coral.service#SignatureDoesNotMatch", "Credential should be scoped to a valid region.", nil,
         "the queue is not in eu-west-1: set AWS_REGION to the queue's region"),
        (403, "com.amazon.coral.service#ExpiredTokenException", "The security token included in the request is expired", nil,
         "the temporary AWS credentials have expired: get new ones (AWS_SESSION_TOKEN)"),
    ] as [(Int, String, String, String?, String)])
    func awsErrorsAreSaidInPlainWords(status: Int, type: String, message: String, queryError: String?, said: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["__type": type, "message": message])
        let (client, _) = client(answering: AWSHTTPResponse(status: status, headers: queryError.map { ["x-amzn-query-error": $0] } ?? [:], body: body))
        do {
            _ = try await client.receive()
            Issue.record("no error")
        } catch {
            #expect(error.description == said)
        }
    }

    @Test func anUnknownErrorKeepsAwsWordsButNeverTheSecrets() async throws {
        let message = "Odd: key \(Self.secret) token \(Self.token) id AKIAIOSFODNN7EXAMPLE"
        let body = try JSONSerialization.data(withJSONObject: ["__type": "com.amazonaws.sqs#KmsThrottled", "message": message])
        let (client, _) = client(answering: AWSHTTPResponse(status: 400, body: body))
        await #expect(throws: SQSError.refused(action: "ReceiveMessage", code: "KmsThrottled", message: "Odd: key [hidden] token [hidden] id [hidden]")) {
            try await client.receive()
        }
    }

    @Test func noAnswerIsSaidAsSuch() async throws {
        let transport = RecordingTransport(answer: .failure(URLError(.cannotConnectToHost)))
        let credentials = AWSCredentials(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: Self.secret)
        let settings = AWSSettings(credentials: credentials, region: "eu-west-1", endpoint: URL(string: "http://127.0.0.1:9")!)
        let client = SQSClient(queue: queue, settings: settings, transport: transport)
        await #expect(throws: SQSError.unreachable(host: "127.0.0.1:9", reason: "nothing answered (connection refused): check the address")) {
            try await client.queueArn()
        }
        #expect(SQSError.unreachable(host: "127.0.0.1:9", reason: "nothing answered (connection refused): check the address").description
            == "could not reach the queue at 127.0.0.1:9: nothing answered (connection refused): check the address")
    }

    @Test func aBodyThatIsNoAnswerIsSaidAsSuch() async throws {
        let (client, _) = client(answering: AWSHTTPResponse(status: 502, body: Data("<html>Bad Gateway</html>".utf8)))
        await #expect(throws: SQSError.unreadableAnswer(action: "ReceiveMessage", status: 502)) { try await client.receive() }
    }
}

/// A transport that records what it is asked and answers the same each time.
final class RecordingTransport: AWSHTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [AWSHTTPRequest] = []
    private let answer: Result<AWSHTTPResponse, any Error>

    init(answer: Result<AWSHTTPResponse, any Error>) { self.answer = answer }

    var requests: [AWSHTTPRequest] { lock.withLock { sent } }

    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        lock.withLock { sent.append(request) }
        return try answer.get()
    }
}
