import Foundation
import MerchantStore
import SellingPartnerAPI

/// A part of a sync that failed: one line in a merchant's words for the status line, and the whole story
/// (Amazon's own error texts, what could not be read) for when the merchant asks.
public struct SyncProblem: Sendable, Equatable {
    /// What the sync was doing: "reading orders", "sending to Amazon".
    public var part: String
    /// One line, no internals: "reading orders: Amazon's answer could not be read; the next sync tries again".
    public var headline: String
    /// Everything known, as the error told it.
    public var detail: String

    public init(part: String, error: any Error) {
        self.part = part
        detail = "\(error)"
        headline = "\(part): \(Self.plain(error))"
    }

    /// The error in a few plain words: never a decoder's message, never more than one line.
    static func plain(_ error: any Error) -> String {
        switch error {
        case let error as SPAPIError:
            switch error {
            case .invalidQuery: return "the request was not sent (see the details)"
            case .rejected(let status, _):
                return status == 401 || status == 403 ? "Amazon refused access: check the connection's credentials"
                    : "Amazon refused the request; sending it again unchanged will not help"
            case .throttled: return "Amazon is limiting requests; the next sync tries again"
            case .serverUnavailable: return "Amazon is not answering properly; the next sync tries again"
            case .transportFailed: return "Amazon could not be reached; check the network connection"
            case .outcomeUnknown: return "it is unknown whether Amazon received a request; the next sync checks before sending again"
            case .malformedResponse: return "Amazon's answer could not be read; the next sync tries again"
            case .pagingLoop: return "Amazon kept sending the same page again; the next sync goes on from there"
            case .unsupportedCompression: return "a document from Amazon could not be opened"
            }
        case is DecodingError:
            return "Amazon's answer could not be read; the next sync tries again"
        default:
            // Our own errors (the store's, an order that could not be read) are written for the merchant already.
            let text = "\(error)"
            return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        }
    }
}
