import Foundation
import GRDB
import SellingPartnerAPI

/// SQS's AWS JSON 1.0 protocol on the simulator's own server: `POST /` with `X-Amz-Target: AmazonSQS.<Action>`
/// (ReceiveMessage, DeleteMessage, GetQueueAttributes, SendMessage), JSON in and out, SigV4 headers checked
/// for shape. A queue is addressed by its URL `<base>/000000000000/<name>`.
enum SQSEndpoint {
    static let contentType = "application/x-amz-json-1.0"
    static let targetPrefix = "AmazonSQS."
    /// ReceiveMessage's longest long poll, and its largest batch.
    static let longestWait = 20
    static let largestBatch = 10

    static func handles(_ request: HTTPRequest) -> Bool {
        request.method.uppercased() == "POST" && (request.header("X-Amz-Target")?.hasPrefix(targetPrefix) ?? false)
    }

    /// The answer; `longPoll` set when a ReceiveMessage found nothing and may wait that many seconds for a message.
    static func answer(_ db: Database, _ request: HTTPRequest, now: Double, baseURL: String) throws -> SimulatorAnswer {
        let action = String(request.header("X-Amz-Target")!.dropFirst(targetPrefix.count))
        do {
            let region = try SigV4Shape.check(request)
            let input = try parameters(request)
            try Statistic.bump(db, "sqs.\(action)")
            switch action {
            case "ReceiveMessage":
                let queue = try queueName(db, input)
                let max = try number(input, "MaxNumberOfMessages", 1...largestBatch, default: 1)
                let wait = try number(input, "WaitTimeSeconds", 0...longestWait, default: 0)
                let visibility = try number(input, "VisibilityTimeout", 0...43_200, default: try SQSQueue.visibilityTimeout(db, queue: queue))
                var messages = try SQSQueue.receive(db, queue: queue, max: max, visibility: visibility, now: now)
                let wanted = Set((input["AttributeNames"] as? [String] ?? []) + (input["MessageSystemAttributeNames"] as? [String] ?? []))
                for index in messages.indices {
                    messages[index].Attributes = messages[index].Attributes?.filter { wanted.contains("All") || wanted.contains($0.key) }
                    if messages[index].Attributes?.isEmpty == true { messages[index].Attributes = nil }
                }
                var answer = SimulatorAnswer(json(messages.isEmpty ? [String: [SQSQueue.Received]]() : ["Messages": messages]))
                if messages.isEmpty { answer.longPoll = Double(wait) }
                return answer
            case "DeleteMessage":
                let queue = try queueName(db, input)
                guard let receipt = input["ReceiptHandle"] as? String, !receipt.isEmpty else { throw SQSError.missingParameter("ReceiptHandle") }
                try SQSQueue.delete(db, queue: queue, receipt: receipt)
                return SimulatorAnswer(json([String: String]()))
            case "GetQueueAttributes":
                let queue = try queueName(db, input)
                let all = try SQSQueue.attributes(db, queue: queue, arn: arn(region: region, queue: queue), now: now)
                let names = input["AttributeNames"] as? [String] ?? []
                if let unknown = names.first(where: { $0 != "All" && all[$0] == nil }) { throw SQSError.invalidAttributeName(unknown) }
                let chosen = names.contains("All") ? all : all.filter { names.contains($0.key) }
                return SimulatorAnswer(json(chosen.isEmpty ? [String: [String: String]]() : ["Attributes": chosen]))
            case "SendMessage":
                let queue = try queueName(db, input)
                guard let body = input["MessageBody"] as? String, !body.isEmpty else { throw SQSError.missingParameter("MessageBody") }
                let delay = try number(input, "DelaySeconds", 0...900, default: 0)
                let id = try SQSQueue.send(db, queue: queue, body: body, sentAt: now, visibleAt: now + Double(delay))
                return SimulatorAnswer(json(["MD5OfMessageBody": MD5.hex(body), "MessageId": id]))
            default:
                throw SQSError.unknownOperation(action)
            }
        } catch let error as SQSError {
            return SimulatorAnswer(error.response)
        }
    }

    /// The queue URL every simulator serves from the start, on `baseURL`.
    static func queueURL(baseURL: String, queue: String = NotificationTables.defaultQueue) -> String {
        "\(baseURL)/\(NotificationTables.queueAccount)/\(queue)"
    }

    static func arn(region: String, queue: String = NotificationTables.defaultQueue) -> String {
        "arn:aws:sqs:\(region):\(NotificationTables.queueAccount):\(queue)"
    }

    private static func parameters(_ request: HTTPRequest) throws -> [String: Any] {
        guard let body = request.body, !body.isEmpty else { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw SQSError.invalidParameter("The request body is not a JSON object.")
        }
        return object
    }

    /// The queue named by `QueueUrl` (`…/<account>/<name>`), which must exist.
    private static func queueName(_ db: Database, _ input: [String: Any]) throws -> String {
        guard let url = input["QueueUrl"] as? String, !url.isEmpty else { throw SQSError.missingParameter("QueueUrl") }
        let parts = Router.pathPart(url).split(separator: "/").map(String.init)
        guard parts.count == 2, parts[0] == NotificationTables.queueAccount, try NotificationTables.queueExists(db, parts[1]) else {
            throw SQSError.queueDoesNotExist
        }
        return parts[1]
    }

    private static func number(_ input: [String: Any], _ name: String, _ range: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let raw = input[name] else { return value }
        guard let number = raw as? Int ?? (raw as? String).flatMap(Int.init), range.contains(number) else {
            throw SQSError.invalidParameter("Value \(raw) for parameter \(name) is invalid. Reason: Must be between \(range.lowerBound) and \(range.upperBound), if provided.")
        }
        return number
    }

    private static func json(_ value: some Encodable) -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return HTTPResponse(status: 200, headers: ["Content-Type": contentType, "x-amzn-RequestId": UUID().uuidString.lowercased()],
                            body: (try? encoder.encode(value)) ?? Data("{}".utf8))
    }
}
