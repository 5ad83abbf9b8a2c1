import Foundation

/// What went wrong talking to Amazon, told in words a merchant can act on.
public enum SPAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The query was not one Amazon accepts; nothing was sent.
    case invalidQuery(String)
    /// Amazon refused the request (a 4xx other than 429) with these errors; sending it again will not help.
    case rejected(status: Int, errors: [SPAPIErrorItem])
    /// Amazon kept answering 429 (QuotaExceeded) through every attempt.
    case throttled(operation: SPAPIOperation, attempts: Int)
    /// Amazon (or its gateway) kept answering 500, 502, 503 or 504 through every attempt.
    case serverUnavailable(operation: SPAPIOperation, status: Int, attempts: Int)
    /// No HTTP answer came back through every attempt.
    case transportFailed(operation: SPAPIOperation, detail: String, attempts: Int)
    /// A request that must not be sent twice may or may not have been received; check before sending again.
    case outcomeUnknown(operation: SPAPIOperation, detail: String)
    /// Amazon answered, but the answer could not be read (truncated or not the expected JSON).
    case malformedResponse(operation: SPAPIOperation, detail: String)
    /// Paging did not end: the same nextToken, or the same page, came back `times` times (see `PagingGuard`).
    case pagingLoop(operation: SPAPIOperation, times: Int)
    /// A document came compressed in a way the client cannot undo.
    case unsupportedCompression(String)

    public var description: String {
        switch self {
        case .invalidQuery(let why):
            return "The request to Amazon was not sent: \(why)."
        case .rejected(let status, let errors):
            let list = errors.map { e in
                "\(e.code): \(e.message)" + (e.details.map { " (\($0))" } ?? "")
            }.joined(separator: "; ")
            return "Amazon refused the request (HTTP \(status))" + (list.isEmpty ? "." : ": \(list).")
                + " Sending it again unchanged will not help."
        case .throttled(let operation, let attempts):
            return "Amazon is limiting requests (\(operation) throttled \(attempts) times in a row). Try again in a few minutes."
        case .serverUnavailable(let operation, let status, let attempts):
            return "Amazon is not answering properly (\(operation): HTTP \(status), \(attempts) attempts). Try again later."
        case .transportFailed(let operation, let detail, let attempts):
            return "Could not reach Amazon for \(operation) after \(attempts) attempts: \(detail). Check the network connection."
        case .outcomeUnknown(let operation, let detail):
            return "It is unknown whether Amazon received \(operation) (\(detail)). Check Amazon's list before sending it again, or it may happen twice."
        case .malformedResponse(let operation, let detail):
            return "Amazon's answer to \(operation) could not be read (\(detail)). Try again later; if it persists, report it."
        case .pagingLoop(let operation, let times):
            return "Amazon kept sending the same page again (\(operation): \(times) times), so this sync stopped paging."
                + " Nothing is lost: the orders read so far are kept, and the next sync asks again from there."
        case .unsupportedCompression(let algorithm):
            return "The document from Amazon is compressed with \(algorithm), which this version cannot open."
        }
    }
}
