import Foundation

// Feeds 2021-06-30: document upload, feed submission, status, and the processing report.
extension SellingPartnerClient {
    /// Asks for a place to upload a feed document (`POST /feeds/2021-06-30/documents`).
    public func createFeedDocument(contentType: String, idempotencyKey: String? = nil) async throws -> CreateFeedDocumentResponse {
        let request = try request(
            "POST", "/feeds/2021-06-30/documents",
            json: CreateFeedDocumentSpecification(contentType: contentType), idempotencyKey: idempotencyKey
        )
        return try await execute(.createFeedDocument, request, decode: json(CreateFeedDocumentResponse.self))
    }

    /// Uploads a document to the absolute URL `createFeedDocument` gave. That URL is pre-signed storage,
    /// not SP-API: it gets no access token, and the content type must be the one the document was created with.
    public func uploadFeedDocument(url: String, content: Data, contentType: String) async throws {
        let request = HTTPRequest(
            method: "PUT", path: url,
            headers: ["user-agent": Self.userAgent, "content-type": contentType], body: content
        )
        try await execute(.uploadFeedDocument, request) { _ in () }
    }

    /// Submits an uploaded document for processing (`POST /feeds/2021-06-30/feeds`).
    ///
    /// Never resent when its fate is unknown (see `SPAPIError.outcomeUnknown`): Amazon does not
    /// de-duplicate feeds, so check `getFeeds` before submitting again.
    public func createFeed(_ spec: CreateFeedSpecification, idempotencyKey: String?) async throws -> CreateFeedResponse {
        let request = try request("POST", "/feeds/2021-06-30/feeds", json: spec, idempotencyKey: idempotencyKey)
        return try await execute(.createFeed, request, decode: json(CreateFeedResponse.self))
    }

    /// One feed and its processing status (`GET /feeds/2021-06-30/feeds/{feedId}`).
    public func getFeed(feedId: String) async throws -> Feed {
        let request = request("GET", "/feeds/2021-06-30/feeds/\(PercentEncoding.component(feedId))")
        return try await execute(.getFeed, request, decode: json(Feed.self))
    }

    /// Feeds of the given types, optionally only since a time and in some statuses (`GET /feeds/2021-06-30/feeds`).
    public func getFeeds(feedTypes: [String], createdSince: Date? = nil, processingStatuses: [String] = []) async throws -> GetFeedsResponse {
        var query: [(String, String)] = [("feedTypes", feedTypes.joined(separator: ","))]
        if !processingStatuses.isEmpty { query.append(("processingStatuses", processingStatuses.joined(separator: ","))) }
        if let createdSince { query.append(("createdSince", SPAPIDate.format(createdSince))) }
        let request = request("GET", "/feeds/2021-06-30/feeds", query: query)
        return try await execute(.getFeeds, request, decode: json(GetFeedsResponse.self))
    }

    /// Where to download a document, e.g. a feed's processing report (`GET /feeds/2021-06-30/documents/{id}`).
    public func getFeedDocument(feedDocumentId: String) async throws -> FeedDocument {
        let request = request("GET", "/feeds/2021-06-30/documents/\(PercentEncoding.component(feedDocumentId))")
        return try await execute(.getFeedDocument, request, decode: json(FeedDocument.self))
    }

    /// Downloads a document from the absolute URL `getFeedDocument` gave (pre-signed storage: no access token).
    /// A GZIP document throws `.unsupportedCompression` before anything is downloaded: Foundation on Linux
    /// has no gunzip, and the feeds this console sends come back as small plain reports.
    public func downloadFeedDocument(url: String, compressionAlgorithm: String? = nil) async throws -> Data {
        if let compressionAlgorithm, !compressionAlgorithm.isEmpty {
            throw SPAPIError.unsupportedCompression(compressionAlgorithm)
        }
        let request = HTTPRequest(method: "GET", path: url, headers: ["user-agent": Self.userAgent])
        return try await execute(.downloadFeedDocument, request) { $0.body }
    }
}
