import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// The simulated SQS endpoint answers and refuses as SQS's AWS JSON protocol does.
@Suite("Simulated SQS endpoint")
struct SQSEndpointTests {
    static func refusal(_ fixture: SimulatorFixture, _ target: String, _ body: [String: Any], headers: [String: String]? = nil) async throws
        -> (status: Int, type: String?, message: String?, queryError: String?) {
        let request = HTTPRequest(method: "POST", path: "/", headers: headers ?? SQSCaller.signedHeaders(target: target),
                                  body: try JSONSerialization.data(withJSONObject: body))
        let response = try await fixture.simulator.send(request)
        let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return (response.status, object?["__type"] as? String, object?["message"] as? String,
                response.headers.first { $0.key.lowercased() == "x-amzn-query-error" }?.value)
    }

    @Test func aRequestWithoutASignatureIsRefused() async throws {
        let fixture = try SimulatorFixture()
        var headers = SQSCaller.signedHeaders(target: "ReceiveMessage")
        headers["Authorization"] = nil
        let answer = try await Self.refusal(fixture, "ReceiveMessage", ["QueueUrl": SQSCaller(transport: fixture.simulator).queueURL], headers: headers)
        #expect(answer.status == 400)
        #expect(answer.type == "com.amazon.coral.service#MissingAuthenticationTokenException")
    }

    @Test(arguments: [
        ("Signature=abc", "Signature must be 64 lower-case hexadecimal characters."),
        ("/sqs/aws4_request", "Credential should be scoped to correct service: 'sqs'."),
        ("X-Amz-Date", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."),
        ("Credential=", "Authorization header requires 'Credential' parameter."),
    ])
    func aMalformedSignatureIsRefused(broken: String, said: String) async throws {
        let fixture = try SimulatorFixture()
        var headers = SQSCaller.signedHeaders(target: "ReceiveMessage")
        let authorization = headers["Authorization"]!
        switch broken {
        case "Signature=abc": headers["Authorization"] = authorization.replacingOccurrences(of: #"Signature=[0-9a-f]+"#, with: "Signature=abc", options: .regularExpression)
        case "/sqs/aws4_request": headers["Authorization"] = authorization.replacingOccurrences(of: "/sqs/", with: "/s3/")
        case "X-Amz-Date": headers["X-Amz-Date"] = nil
        default: headers["Authorization"] = authorization.replacingOccurrences(of: "Credential=", with: "Credentail=")
        }
        let answer = try await Self.refusal(fixture, "ReceiveMessage", ["QueueUrl": SQSCaller(transport: fixture.simulator).queueURL], headers: headers)
        #expect(answer.status == 400)
        #expect(answer.type == "com.amazon.coral.service#IncompleteSignatureException")
        #expect(answer.message?.hasPrefix(said) == true, "\(answer.message ?? "")")
    }

    @Test func anUnknownQueueABadParameterAndAnUnknownActionAreRefusedAsSQSDoes() async throws {
        let fixture = try SimulatorFixture()
        let url = SQSCaller(transport: fixture.simulator).queueURL
        let missing = try await Self.refusal(fixture, "ReceiveMessage", ["QueueUrl": "http://localhost/000000000000/nobody"])
        #expect(missing.status == 400 && missing.type == "com.amazonaws.sqs#QueueDoesNotExist")
        #expect(missing.queryError == "AWS.SimpleQueueService.NonExistentQueue;Sender")
        let tooMany = try await Self.refusal(fixture, "ReceiveMessage", ["QueueUrl": url, "MaxNumberOfMessages": 11])
        #expect(tooMany.type == "com.amazonaws.sqs#InvalidParameterValueException")
        #expect(tooMany.message?.contains("MaxNumberOfMessages") == true)
        let tooLong = try await Self.refusal(fixture, "ReceiveMessage", ["QueueUrl": url, "WaitTimeSeconds": 21])
        #expect(tooLong.message?.contains("WaitTimeSeconds") == true)
        let badHandle = try await Self.refusal(fixture, "DeleteMessage", ["QueueUrl": url, "ReceiptHandle": "not a handle!"])
        #expect(badHandle.type == "com.amazonaws.sqs#ReceiptHandleIsInvalid")
        let unknown = try await Self.refusal(fixture, "PurgeQueue", ["QueueUrl": url])
        #expect(unknown.type == "com.amazon.coral.service#UnknownOperationException")
        let attribute = try await Self.refusal(fixture, "GetQueueAttributes", ["QueueUrl": url, "AttributeNames": ["Colour"]])
        #expect(attribute.type == "com.amazonaws.sqs#InvalidAttributeName")
    }

    @Test func atMostTenMessagesComeInOneReceiveAndTheCountsSayWhatIsLeft() async throws {
        let fixture = try SimulatorFixture()
        let sqs = SQSCaller(transport: fixture.simulator)
        for n in 1...12 { #expect(try await sqs.call("SendMessage", ["QueueUrl": sqs.queueURL, "MessageBody": "m\(n)"]).0 == 200) }
        let first = try await sqs.receive(max: 10)
        #expect(first.count == 10)
        let (status, answer) = try await sqs.call("GetQueueAttributes", ["QueueUrl": sqs.queueURL, "AttributeNames": ["All"]])
        #expect(status == 200)
        let attributes = try #require(answer["Attributes"] as? [String: String])
        #expect(attributes["ApproximateNumberOfMessages"] == "2" && attributes["ApproximateNumberOfMessagesNotVisible"] == "10")
        #expect(attributes["QueueArn"] == "arn:aws:sqs:eu-west-1:000000000000:merchant-order-changes")
        #expect(attributes["VisibilityTimeout"] == "30")
    }
}
