import Foundation
import MerchantStore
import SellingPartnerAPI

/// Delivers feeds exactly once (R29): acknowledgements (R6) with the merchant's cancellations (R17,
/// as acknowledgements with status Failure), and refunds (R20) as payment adjustments.
///
/// Amazon does not de-duplicate feeds, so each step is recorded before the next is taken:
/// queued → uploaded (document id) → submitting → submitted (feed id) → done or failed.
/// A message found in `submitting` after a crash may or may not have reached Amazon: the feeds
/// Amazon lists since then that the outbox does not know are ours, and are adopted instead of sent again.
struct FeedDelivery {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource
    let feed: OutboxFeed
    static let batchSize = 500

    func run() async throws -> (done: Int, failed: Int) {
        let settings = try store.settings()
        let open = try feed.kinds.flatMap { try store.openOutbox(kind: $0, limit: 10_000) }.sorted { $0.id < $1.id }
        var done = 0, failed = 0
        for (feedId, group) in Dictionary(grouping: open.filter { $0.state == .submitted }, by: { $0.feedId ?? "" }) where !feedId.isEmpty {
            let result = try await follow(feedId: feedId, messages: group)
            done += result.done
            failed += result.failed
        }
        for (documentId, group) in Dictionary(grouping: open.filter { $0.state == .submitting || $0.state == .uploaded }, by: { $0.feedDocumentId ?? "" }) where !documentId.isEmpty {
            try await recover(documentId: documentId, messages: group, marketplaceIds: settings.marketplaceIds)
        }
        let queued = open.filter { $0.state == .queued }
        for start in stride(from: 0, to: queued.count, by: Self.batchSize) {
            let batch = Array(queued[start..<min(start + Self.batchSize, queued.count)])
            try await send(batch, sellerId: settings.sellerId, marketplaceIds: settings.marketplaceIds)
        }
        return (done, failed)
    }

    private func send(_ batch: [OutboxMessage], sellerId: String, marketplaceIds: [String]) async throws {
        let document = try feed.document(batch, sellerId)
        let contentType = "text/xml; charset=UTF-8"
        let created = try await client.createFeedDocument(contentType: contentType)
        try await client.uploadFeedDocument(url: created.url, content: Data(document.utf8), contentType: contentType)
        // The batch was read before its document was written: a message finished meanwhile (a refund failed unsent
        // because the Finances read beside this push found Amazon's own refund, R21) must not go out. The document
        // is left unsubmitted (alone it applies nothing); the messages still queued go in the next push.
        guard try store.markOutboxUploaded(ids: batch.map(\.id), feedDocumentId: created.feedDocumentId, at: clock.now) else { return }
        try await submit(documentId: created.feedDocumentId, ids: batch.map(\.id), marketplaceIds: marketplaceIds)
    }

    private func submit(documentId: String, ids: [Int64], marketplaceIds: [String]) async throws {
        try store.updateOutbox(ids: ids, state: .submitting, at: clock.now)
        let feed = try await client.createFeed(
            CreateFeedSpecification(feedType: feed.type.rawValue, marketplaceIds: marketplaceIds, inputFeedDocumentId: documentId),
            idempotencyKey: "feed:\(documentId)")
        try store.updateOutbox(ids: ids, state: .submitted, feedId: feed.feedId, at: clock.now)
    }

    /// After a crash or an answer that never came: adopt the feed Amazon has, or send it now.
    private func recover(documentId: String, messages: [OutboxMessage], marketplaceIds: [String]) async throws {
        let ids = messages.map(\.id)
        if messages.allSatisfy({ $0.state == .uploaded }) {
            return try await submit(documentId: documentId, ids: ids, marketplaceIds: marketplaceIds)
        }
        let since = (messages.compactMap(\.submittedAt).min() ?? clock.now).addingTimeInterval(-120)
        let known = try store.knownFeedIds()
        let listed = try await client.getFeeds(feedTypes: [feed.type.rawValue], createdSince: since)
        // A FATAL or CANCELLED feed applied nothing, and its messages were requeued (which forgets its id):
        // never ours to adopt. If ours ended so, sending it again is right.
        let applying = listed.feeds.filter { ![.fatal, .cancelled].contains(FeedProcessingStatus(rawValue: $0.processingStatus)) }
        if let ours = applying.filter({ !known.contains($0.feedId) }).sorted(by: { $0.createdTime < $1.createdTime }).first {
            try store.updateOutbox(ids: ids, state: .submitted, feedId: ours.feedId, at: clock.now)
        } else {
            try await submit(documentId: documentId, ids: ids, marketplaceIds: marketplaceIds)
        }
    }

    /// Reads a submitted feed's outcome once Amazon has processed it.
    private func follow(feedId: String, messages: [OutboxMessage]) async throws -> (done: Int, failed: Int) {
        let feed = try await client.getFeed(feedId: feedId)
        switch FeedProcessingStatus(rawValue: feed.processingStatus) {
        case .done:
            guard let reportId = feed.resultFeedDocumentId else {
                try store.updateOutbox(ids: messages.map(\.id), state: .done, at: clock.now)
                return (messages.count, 0)
            }
            let location = try await client.getFeedDocument(feedDocumentId: reportId)
            let report = try ProcessingReport.parse(try await client.downloadFeedDocument(url: location.url, compressionAlgorithm: location.compressionAlgorithm))
            let errors = Dictionary(report.results.filter { $0.resultCode == .error }.map { (Int64($0.messageId), $0.resultDescription) }, uniquingKeysWith: { a, _ in a })
            let failedIds = messages.map(\.id).filter { errors[$0] != nil }
            for id in failedIds { try store.updateOutbox(ids: [id], state: .failed, error: errors[id] ?? "refused", at: clock.now) }
            let doneIds = messages.map(\.id).filter { errors[$0] == nil }
            try store.updateOutbox(ids: doneIds, state: .done, at: clock.now)
            return (doneIds.count, failedIds.count)
        case .fatal, .cancelled:
            // Nothing of a FATAL feed was applied: send the messages again in a new feed.
            try store.requeueOutbox(ids: messages.map(\.id), error: "Amazon could not process feed \(feedId) (\(feed.processingStatus))", at: clock.now)
            return (0, 0)
        default:
            return (0, 0)
        }
    }
}
