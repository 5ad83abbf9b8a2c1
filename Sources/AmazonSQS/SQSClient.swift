import Foundation

/// One queue of the merchant's AWS account, spoken to over the AWS JSON protocol that SQS answers:
/// `POST /` to the region's endpoint, `X-Amz-Target: AmazonSQS.<Action>`, a JSON body naming the queue, SigV4-signed.
///
/// ```swift
/// let queue = try SQSQueueURL("https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
/// let client = SQSClient(queue: queue, settings: try AWSSettings.fromEnvironment(environment, queue: queue))
/// for message in try await client.receive() { ...; try await client.delete(message) }
/// ```
public struct SQSClient: Sendable {
    public let queue: SQSQueueURL
    public let settings: AWSSettings
    private let transport: any AWSHTTPTransport
    private let now: @Sendable () -> Date

    public init(queue: SQSQueueURL, settings: AWSSettings, transport: any AWSHTTPTransport = URLSessionAWSTransport(),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.queue = queue
        self.settings = settings
        self.transport = transport
        self.now = now
    }

    /// The queue's ARN (`arn:aws:sqs:REGION:ACCOUNT:NAME`), the destination SP-API's `createDestination` takes.
    /// Asking for it is also the first proof that these credentials may read the queue.
    public func queueArn() async throws(SQSError) -> String {
        guard let arn = try await attributes(["QueueArn"])["QueueArn"] else {
            throw .unreadableAnswer(action: "GetQueueAttributes", status: 200)
        }
        return arn
    }

    /// `GetQueueAttributes`: the named attributes (`QueueArn`, `ApproximateNumberOfMessages`, `All`, ...).
    public func attributes(_ names: [String]) async throws(SQSError) -> [String: String] {
        let output = try await call("GetQueueAttributes", SQSWire.GetQueueAttributesInput(QueueUrl: queue.description, AttributeNames: names),
                                    answer: SQSWire.GetQueueAttributesOutput.self)
        return output.Attributes ?? [:]
    }

    /// `ReceiveMessage`: one long poll; an empty array when the wait ended with the queue empty.
    public func receive(_ options: SQSReceiveOptions = SQSReceiveOptions()) async throws(SQSError) -> [SQSMessage] {
        guard (1...10).contains(options.maxMessages) else {
            throw .invalidArgument("SQS hands out 1 to 10 messages at a time, not \(options.maxMessages)")
        }
        guard (0...20).contains(options.waitSeconds) else {
            throw .invalidArgument("SQS waits 0 to 20 seconds for messages, not \(options.waitSeconds)")
        }
        if let hidden = options.visibilityTimeout, !(0...43_200).contains(hidden) {
            throw .invalidArgument("SQS hides a received message for 0 to 43200 seconds (12 hours), not \(hidden)")
        }
        let input = SQSWire.ReceiveMessageInput(
            QueueUrl: queue.description, MaxNumberOfMessages: options.maxMessages, WaitTimeSeconds: options.waitSeconds,
            VisibilityTimeout: options.visibilityTimeout, MessageSystemAttributeNames: options.systemAttributes)
        return try await call("ReceiveMessage", input, answer: SQSWire.ReceiveMessageOutput.self).Messages ?? []
    }

    /// `DeleteMessage`: the message is done with; without it, SQS hands it out again after its visibility timeout.
    public func delete(_ message: SQSMessage) async throws(SQSError) {
        _ = try await call("DeleteMessage", SQSWire.DeleteMessageInput(QueueUrl: queue.description, ReceiptHandle: message.receiptHandle),
                           answer: SQSWire.Empty.self)
    }

    /// `SendMessage` (tests and tools; Amazon is the one that sends in production): the new message's id.
    @discardableResult
    public func send(_ body: String, delaySeconds: Int? = nil) async throws(SQSError) -> String {
        if let delay = delaySeconds, !(0...900).contains(delay) {
            throw .invalidArgument("SQS delays a message 0 to 900 seconds, not \(delay)")
        }
        return try await call("SendMessage", SQSWire.SendMessageInput(QueueUrl: queue.description, MessageBody: body, DelaySeconds: delaySeconds),
                              answer: SQSWire.SendMessageOutput.self).MessageId
    }

    /// Signs and sends one action, and reads its answer or its error.
    private func call<Input: Encodable, Output: Decodable>(_ action: String, _ input: Input, answer: Output.Type) async throws(SQSError) -> Output {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body: Data
        do { body = try encoder.encode(input) } catch { throw .invalidArgument("the request to \(action) could not be written") }
        let request = AWSHTTPRequest(
            method: "POST", url: settings.endpoint,
            headers: ["Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AmazonSQS.\(action)"], body: body)
        let signer = SigV4Signer(credentials: settings.credentials, region: settings.region, service: "sqs")
        let response: AWSHTTPResponse
        do {
            response = try await transport.send(signer.signed(request, at: now()))
        } catch {
            throw SQSError.noAnswer(error, host: SigV4Signer.host(of: settings.endpoint))
        }
        guard (200..<300).contains(response.status) else { throw failure(response, action: action) }
        let data = response.body.isEmpty ? Data("{}".utf8) : response.body
        do { return try JSONDecoder().decode(Output.self, from: data) } catch {
            throw .unreadableAnswer(action: action, status: response.status)
        }
    }

    /// The error an answer with a failing status stands for.
    private func failure(_ response: AWSHTTPResponse, action: String) -> SQSError {
        let error = try? JSONDecoder().decode(SQSWire.ErrorBody.self, from: response.body)
        // `com.amazonaws.sqs#QueueDoesNotExist` → QueueDoesNotExist; the query-compatible header says `Code;Sender`.
        let queryCode = response.headers["x-amzn-query-error"]?.split(separator: ";").first.map(String.init)
        let typeCode = error?.__type?.split(separator: "#").last.map(String.init)
        guard let code = queryCode ?? typeCode ?? response.headers["x-amzn-errortype"]?.split(separator: ":").first.map(String.init) else {
            if response.status == 403 { return .accessDenied(queue: queue.name, action: action) }
            return .unreadableAnswer(action: action, status: response.status)
        }
        let message = settings.credentials.redacting(error?.message ?? error?.Message ?? "")
        let known = SQSError.from(code: code, message: message, action: action, queue: queue, region: settings.region,
                                  maskedKey: settings.credentials.maskedAccessKeyId)
        // The query code (AWS.SimpleQueueService.NonExistentQueue) may be one we do not know where `__type` is.
        if case .refused = known, let typeCode, typeCode != code {
            return SQSError.from(code: typeCode, message: message, action: action, queue: queue, region: settings.region,
                                 maskedKey: settings.credentials.maskedAccessKeyId)
        }
        return known
    }
}
