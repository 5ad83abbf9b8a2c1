import Foundation
import MerchantStore
import MerchantCore
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
            case .invalidQuery: return tr("sync.problem.invalid-query")
            case .rejected(let status, _):
                return status == 401 || status == 403 ? tr("sync.problem.access-refused") : tr("sync.problem.rejected")
            case .throttled: return tr("sync.problem.throttled")
            case .serverUnavailable: return tr("sync.problem.server-unavailable")
            case .transportFailed: return tr("sync.problem.transport-failed")
            case .outcomeUnknown: return tr("sync.problem.outcome-unknown")
            case .malformedResponse: return tr("sync.problem.unreadable")
            case .pagingLoop: return tr("sync.problem.paging-loop")
            case .unsupportedCompression: return tr("sync.problem.unsupported-compression")
            }
        case is DecodingError:
            return tr("sync.problem.unreadable")
        default:
            // Our own errors (the store's, an order that could not be read) are written for the merchant already.
            let text = "\(error)"
            return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        }
    }
}
