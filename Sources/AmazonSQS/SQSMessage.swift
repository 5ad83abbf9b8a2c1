import Foundation

/// A message received from the queue: what to read (`body`) and what to hand back to delete it.
public struct SQSMessage: Sendable, Equatable, Codable {
    public let messageId: String
    /// The handle of this receipt: `DeleteMessage` needs it, and a later receipt of the same message has another.
    public let receiptHandle: String
    public let body: String
    public let md5OfBody: String?
    /// System attributes asked for (`ApproximateReceiveCount`, `SentTimestamp`, ...), as SQS spells them.
    public let attributes: [String: String]

    public init(messageId: String, receiptHandle: String, body: String, md5OfBody: String? = nil, attributes: [String: String] = [:]) {
        self.messageId = messageId
        self.receiptHandle = receiptHandle
        self.body = body
        self.md5OfBody = md5OfBody
        self.attributes = attributes
    }

    /// How many times SQS has handed this message out, this time included (when asked for).
    public var receiveCount: Int? { attributes["ApproximateReceiveCount"].flatMap { Int($0) } }

    /// When the message was sent to the queue (when asked for).
    public var sentAt: Date? {
        attributes["SentTimestamp"].flatMap { Double($0) }.map { Date(timeIntervalSince1970: $0 / 1000) }
    }

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId", receiptHandle = "ReceiptHandle", body = "Body", md5OfBody = "MD5OfBody", attributes = "Attributes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messageId = try container.decode(String.self, forKey: .messageId)
        receiptHandle = try container.decode(String.self, forKey: .receiptHandle)
        body = try container.decode(String.self, forKey: .body)
        md5OfBody = try container.decodeIfPresent(String.self, forKey: .md5OfBody)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }
}

/// What `ReceiveMessage` asks for: one long poll.
public struct SQSReceiveOptions: Sendable, Equatable {
    /// 1 to 10.
    public var maxMessages: Int
    /// 0 to 20: how long SQS holds the request open while the queue is empty.
    public var waitSeconds: Int
    /// How long the messages stay hidden from other receivers; nil keeps the queue's own setting.
    public var visibilityTimeout: Int?
    public var systemAttributes: [String]

    public init(maxMessages: Int = 10, waitSeconds: Int = 20, visibilityTimeout: Int? = nil,
                systemAttributes: [String] = ["ApproximateReceiveCount", "SentTimestamp"]) {
        self.maxMessages = maxMessages
        self.waitSeconds = waitSeconds
        self.visibilityTimeout = visibilityTimeout
        self.systemAttributes = systemAttributes
    }
}
