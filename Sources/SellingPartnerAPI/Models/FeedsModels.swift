import Foundation

// Feeds API 2021-06-30 (`feeds_2021-06-30.json`).

/// Body of `createFeedDocument`.
public struct CreateFeedDocumentSpecification: Codable, Sendable, Equatable {
    public var contentType: String
    public init(contentType: String) { self.contentType = contentType }
}

/// Answer of `createFeedDocument`: where to upload the document.
public struct CreateFeedDocumentResponse: Codable, Sendable, Equatable {
    public var feedDocumentId: String
    public var url: String
    public init(feedDocumentId: String, url: String) {
        self.feedDocumentId = feedDocumentId
        self.url = url
    }
}

/// Body of `createFeed`.
public struct CreateFeedSpecification: Codable, Sendable, Equatable {
    public var feedType: String
    public var marketplaceIds: [String]
    public var inputFeedDocumentId: String
    public init(feedType: String, marketplaceIds: [String], inputFeedDocumentId: String) {
        self.feedType = feedType
        self.marketplaceIds = marketplaceIds
        self.inputFeedDocumentId = inputFeedDocumentId
    }
}

/// Answer of `createFeed`.
public struct CreateFeedResponse: Codable, Sendable, Equatable {
    public var feedId: String
    public init(feedId: String) { self.feedId = feedId }
}

/// A feed and how far Amazon has processed it.
public struct Feed: Codable, Sendable, Equatable {
    public var feedId: String
    public var feedType: String
    public var marketplaceIds: [String]?
    public var createdTime: String
    public var processingStatus: String
    public var processingStartTime: String?
    public var processingEndTime: String?
    public var resultFeedDocumentId: String?

    public init(feedId: String, feedType: String, marketplaceIds: [String]? = nil, createdTime: String, processingStatus: String, processingStartTime: String? = nil, processingEndTime: String? = nil, resultFeedDocumentId: String? = nil) {
        self.feedId = feedId
        self.feedType = feedType
        self.marketplaceIds = marketplaceIds
        self.createdTime = createdTime
        self.processingStatus = processingStatus
        self.processingStartTime = processingStartTime
        self.processingEndTime = processingEndTime
        self.resultFeedDocumentId = resultFeedDocumentId
    }
}

/// Answer of `getFeeds`.
public struct GetFeedsResponse: Codable, Sendable, Equatable {
    public var feeds: [Feed]
    public var nextToken: String?
    public init(feeds: [Feed], nextToken: String? = nil) {
        self.feeds = feeds
        self.nextToken = nextToken
    }
}

/// Answer of `getFeedDocument`: where to download a document (e.g. a processing report).
public struct FeedDocument: Codable, Sendable, Equatable {
    public var feedDocumentId: String
    public var url: String
    public var compressionAlgorithm: String?
    public init(feedDocumentId: String, url: String, compressionAlgorithm: String? = nil) {
        self.feedDocumentId = feedDocumentId
        self.url = url
        self.compressionAlgorithm = compressionAlgorithm
    }
}

/// The feed types the console sends.
public enum FeedType: String, Sendable {
    case orderAcknowledgement = "POST_ORDER_ACKNOWLEDGEMENT_DATA"
    case paymentAdjustment = "POST_PAYMENT_ADJUSTMENT_DATA"
}

/// The `processingStatus` values of a feed.
public enum FeedProcessingStatus: String, Sendable {
    case cancelled = "CANCELLED", done = "DONE", fatal = "FATAL", inProgress = "IN_PROGRESS", inQueue = "IN_QUEUE"
}
