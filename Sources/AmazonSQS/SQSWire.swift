import Foundation

/// The JSON bodies of the SQS actions this client uses, with AWS's field names (AWS JSON protocol 1.0).
enum SQSWire {
    struct ReceiveMessageInput: Encodable {
        let QueueUrl: String
        let MaxNumberOfMessages: Int
        let WaitTimeSeconds: Int
        let VisibilityTimeout: Int?
        let MessageSystemAttributeNames: [String]
    }

    struct ReceiveMessageOutput: Decodable {
        let Messages: [SQSMessage]?
    }

    struct DeleteMessageInput: Encodable {
        let QueueUrl: String
        let ReceiptHandle: String
    }

    struct GetQueueAttributesInput: Encodable {
        let QueueUrl: String
        let AttributeNames: [String]
    }

    struct GetQueueAttributesOutput: Decodable {
        let Attributes: [String: String]?
    }

    struct SendMessageInput: Encodable {
        let QueueUrl: String
        let MessageBody: String
        let DelaySeconds: Int?
    }

    struct SendMessageOutput: Decodable {
        let MessageId: String
    }

    /// An action whose answer carries nothing (`DeleteMessage` answers `{}` or nothing at all).
    struct Empty: Decodable {}

    /// AWS's error body: `{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "..."}`
    /// (some services spell it `Message`).
    struct ErrorBody: Decodable {
        let __type: String?
        let message: String?
        let Message: String?
    }
}
