import Foundation

/// A message body that is not an ORDER_CHANGE notification the schema allows, with a short reason in plain
/// words; the listener keeps it aside (with its body) instead of letting it block the queue.
public struct NotificationDecodeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why, e.g. "the message has no Payload.OrderChangeNotification.AmazonOrderId".
    public var reason: String
    /// The body as it came.
    public var body: String

    public var description: String { reason }
}

extension OrderChangeNotification {
    /// Decodes an SQS message body strictly: a failure is a value, never a crash or a thrown error.
    public static func decode(_ body: String) -> Result<OrderChangeNotification, NotificationDecodeFailure> {
        decode(Data(body.utf8))
    }

    public static func decode(_ body: Data) -> Result<OrderChangeNotification, NotificationDecodeFailure> {
        let text = String(decoding: body, as: UTF8.self)
        do {
            let notification = try JSONDecoder().decode(OrderChangeNotification.self, from: body)
            if notification.notificationId.isEmpty {
                return .failure(NotificationDecodeFailure(reason: "the message has an empty NotificationMetadata.NotificationId", body: text))
            }
            if notification.amazonOrderId.isEmpty {
                return .failure(NotificationDecodeFailure(reason: "the message has an empty AmazonOrderId", body: text))
            }
            return .success(notification)
        } catch let error as DecodingError {
            return .failure(NotificationDecodeFailure(reason: reason(error), body: text))
        } catch {
            return .failure(NotificationDecodeFailure(reason: "the message could not be read", body: text))
        }
    }

    /// Encodes a notification as Amazon sends it (the simulator's messages, the tests' own).
    public func body() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Where decoding stopped, in the message's own field names.
    static func reason(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let c):
            return "the message has no \(path(c.codingPath + [key]))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return "\(path(c.codingPath)) has a value of the wrong kind"
        case .dataCorrupted(let c):
            if c.codingPath.isEmpty { return "the message is not JSON" }
            if c.debugDescription.hasPrefix("it is a ") { return c.debugDescription }
            return "\(path(c.codingPath)) has a value Amazon does not define"
        @unknown default:
            return "the message could not be read"
        }
    }
}
