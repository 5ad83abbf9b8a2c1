import Foundation
import GRDB
import SellingPartnerAPI

/// Feeds 2021-06-30: documents, feeds, their status. Feeds progress on the simulated clock:
/// IN_QUEUE, IN_PROGRESS after ~30 s, DONE 1–2 minutes after creation.
enum FeedsAPI {
    static func createDocument(_ context: RequestContext) throws -> HTTPResponse {
        let spec = try JSONBody.decode(CreateFeedDocumentSpecification.self, from: context.request)
        let id = try DocumentStore.create(context.db, contentType: spec.contentType, content: nil, at: context.now)
        return JSONBody.response(status: 201, CreateFeedDocumentResponse(feedDocumentId: id, url: DocumentStore.url(context.baseURL, id)))
    }

    static func getDocument(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        guard try DocumentStore.exists(context.db, id: id) else { throw APIError.notFound("Feed document \(id) was not found.") }
        return JSONBody.response(status: 200, FeedDocument(feedDocumentId: id, url: DocumentStore.url(context.baseURL, id)))
    }

    static func createFeed(_ context: RequestContext) throws -> HTTPResponse {
        let spec = try JSONBody.decode(CreateFeedSpecification.self, from: context.request)
        guard FeedType(rawValue: spec.feedType) != nil else { throw APIError.invalidInput("Feed type \(spec.feedType) is not supported by the simulator.") }
        guard try DocumentStore.exists(context.db, id: spec.inputFeedDocumentId) else {
            throw APIError.invalidInput("inputFeedDocumentId \(spec.inputFeedDocumentId) does not exist.")
        }
        guard !spec.marketplaceIds.isEmpty else { throw APIError.invalidInput("marketplaceIds is required.") }
        let feedId = String(50_000_000_000 + (try Counter.next(context.db, "feed")))
        let ids = String(decoding: try JSONEncoder().encode(spec.marketplaceIds), as: UTF8.self)
        try context.db.execute(sql: """
            INSERT INTO feed (feedId, feedType, marketplaceIds, inputFeedDocumentId, createdTime, processingStatus, idempotencyKey)
            VALUES (?, ?, ?, ?, ?, 'IN_QUEUE', ?)
            """, arguments: [feedId, spec.feedType, ids, spec.inputFeedDocumentId, context.now, context.request.header("Idempotency-Key")])
        let doneAfter = 60 + Int64(feedId.utf8.reduce(0) { $0 &+ Int($1) } % 61)   // 1–2 minutes, stable per feed
        try Scheduler.schedule(context.db, at: context.now + 30, kind: Scheduler.feedStart, ref: feedId)
        try Scheduler.schedule(context.db, at: context.now + doneAfter, kind: Scheduler.feedDone, ref: feedId)
        return JSONBody.response(status: 202, CreateFeedResponse(feedId: feedId))
    }

    static func getFeed(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        guard let row = try Row.fetchOne(context.db, sql: "SELECT * FROM feed WHERE feedId = ?", arguments: [id]) else {
            throw APIError.notFound("Feed \(id) was not found.")
        }
        return JSONBody.response(status: 200, feed(row))
    }

    static func getFeeds(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        if let token = request.queryValue("nextToken") {
            // The token is the only parameter of a next-page call; it carries the whole query.
            guard let data = Data(base64Encoded: token), let saved = try? JSONDecoder().decode(FeedsQuery.self, from: data) else {
                throw APIError.invalidInput("nextToken is not valid.")
            }
            return try page(context, saved)
        }
        let types = request.listValues("feedTypes")
        guard !types.isEmpty else { throw APIError.invalidInput("feedTypes is required unless nextToken is given.") }
        var pageSize = 10
        if let text = request.queryValue("pageSize") {
            guard let value = Int(text), (1...100).contains(value) else { throw APIError.invalidInput("pageSize must be between 1 and 100.") }
            pageSize = value
        }
        func time(_ name: String) throws -> Int64? {
            guard let text = request.queryValue(name) else { return nil }
            guard let value = SimTime.parse(text) else { throw APIError.invalidInput("\(name) is not an ISO 8601 date-time.") }
            return value
        }
        let query = FeedsQuery(
            types: types, statuses: request.listValues("processingStatuses"), marketplaceIds: request.listValues("marketplaceIds"),
            since: try time("createdSince") ?? context.now - 90 * 86_400, until: try time("createdUntil") ?? context.now,
            pageSize: pageSize, offset: 0)
        return try page(context, query)
    }

    struct FeedsQuery: Codable {
        var types: [String]
        var statuses: [String]
        var marketplaceIds: [String]
        var since: Int64
        var until: Int64
        var pageSize: Int
        var offset: Int
    }

    private static func page(_ context: RequestContext, _ query: FeedsQuery) throws -> HTTPResponse {
        var sql = "SELECT * FROM feed WHERE createdTime >= ? AND createdTime <= ?"
        var arguments: [any DatabaseValueConvertible] = [query.since, query.until]
        for (column, values) in [("feedType", query.types), ("processingStatus", query.statuses)] where !values.isEmpty {
            sql += " AND \(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ",")))"
            arguments += values
        }
        sql += " ORDER BY createdTime DESC, feedId DESC LIMIT ? OFFSET ?"
        arguments += [query.pageSize + 1, query.offset]
        var rows = try Row.fetchAll(context.db, sql: sql, arguments: StatementArguments(arguments))
        if !query.marketplaceIds.isEmpty {
            rows = rows.filter { row in feed(row).marketplaceIds?.contains(where: query.marketplaceIds.contains) ?? false }
        }
        var nextToken: String?
        if rows.count > query.pageSize {
            var next = query
            next.offset += query.pageSize
            nextToken = try JSONEncoder().encode(next).base64EncodedString()
        }
        return JSONBody.response(status: 200, GetFeedsResponse(feeds: rows.prefix(query.pageSize).map(feed), nextToken: nextToken))
    }

    static func feed(_ row: Row) -> Feed {
        let ids = (try? JSONDecoder().decode([String].self, from: Data((row["marketplaceIds"] as String).utf8))) ?? []
        return Feed(
            feedId: row["feedId"], feedType: row["feedType"], marketplaceIds: ids,
            createdTime: SimTime.iso(row["createdTime"]), processingStatus: row["processingStatus"],
            processingStartTime: (row["processingStartTime"] as Int64?).map(SimTime.iso),
            processingEndTime: (row["processingEndTime"] as Int64?).map(SimTime.iso),
            resultFeedDocumentId: row["resultFeedDocumentId"])
    }
}
