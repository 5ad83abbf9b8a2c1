import Foundation
import GRDB
import SellingPartnerAPI

/// What a handler needs: the open transaction, simulated now, the account and the request.
struct RequestContext {
    var db: Database
    var now: Int64
    var account: AccountRecord
    var request: HTTPRequest
    var parameters: [String]
    /// Where this caller reaches the simulator: document URLs point back at it.
    var baseURL: String
}

/// Matches a method and path to an operation and its path parameters.
enum Router {
    static func match(_ method: String, _ path: String) -> (Operation, [String])? {
        let parts = path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        switch (method.uppercased(), parts.count) {
        case ("GET", 3) where parts == ["orders", "2026-01-01", "orders"]: return (.searchOrders, [])
        case ("GET", 4) where parts[0...2] == ["orders", "2026-01-01", "orders"]: return (.getOrder, [parts[3]])
        case ("POST", 5) where parts[0...2] == ["orders", "v0", "orders"] && parts[4] == "shipmentConfirmation":
            return (.confirmShipment, [parts[3]])
        case ("POST", 3) where parts == ["feeds", "2021-06-30", "documents"]: return (.createFeedDocument, [])
        case ("GET", 4) where parts[0...2] == ["feeds", "2021-06-30", "documents"]: return (.getFeedDocument, [parts[3]])
        case ("POST", 3) where parts == ["feeds", "2021-06-30", "feeds"]: return (.createFeed, [])
        case ("GET", 3) where parts == ["feeds", "2021-06-30", "feeds"]: return (.getFeeds, [])
        case ("GET", 4) where parts[0...2] == ["feeds", "2021-06-30", "feeds"]: return (.getFeed, [parts[3]])
        case ("PATCH", 5) where parts[0...2] == ["listings", "2021-08-01", "items"]: return (.patchListingsItem, [parts[3], parts[4]])
        case ("GET", 3) where parts == ["finances", "v0", "financialEvents"]: return (.listFinancialEvents, [])
        case ("GET", 3) where parts == ["finances", "2024-06-19", "transactions"]: return (.listTransactions, [])
        case ("GET", 4) where parts == ["fba", "inventory", "v1", "summaries"]: return (.getInventorySummaries, [])
        case ("POST", 5) where parts == ["fba", "outbound", "2020-07-01", "fulfillmentOrders", "preview"]: return (.getFulfillmentPreview, [])
        case ("POST", 4) where parts == ["fba", "outbound", "2020-07-01", "fulfillmentOrders"]: return (.createFulfillmentOrder, [])
        case ("GET", 5) where parts[0...3] == ["fba", "outbound", "2020-07-01", "fulfillmentOrders"]: return (.getFulfillmentOrder, [parts[4]])
        case ("PUT", 6) where parts[0...3] == ["fba", "outbound", "2020-07-01", "fulfillmentOrders"] && parts[5] == "cancel":
            return (.cancelFulfillmentOrder, [parts[4]])
        case ("GET", 3) where parts == ["sellers", "v1", "marketplaceParticipations"]: return (.getMarketplaceParticipations, [])
        case (_, 3...) where parts[0...1] == ["notifications", "v1"]: return notifications(method.uppercased(), Array(parts.dropFirst(2)))
        case ("POST", 4) where parts == ["shipping", "v2", "shipments", "rates"]: return (.getRates, [])
        case ("POST", 3) where parts == ["shipping", "v2", "shipments"]: return (.purchaseShipment, [])
        case ("GET", 5) where parts[0...2] == ["shipping", "v2", "shipments"] && parts[4] == "documents": return (.getShipmentDocuments, [parts[3]])
        case ("PUT", 5) where parts[0...2] == ["shipping", "v2", "shipments"] && parts[4] == "cancel": return (.cancelShipment, [parts[3]])
        case ("GET", 3) where parts == ["shipping", "v2", "tracking"]: return (.getTracking, [])
        default: return nil
        }
    }

    /// Notifications v1: `destinations[/{id}]` and `subscriptions/{type}[/{id} | /testNotification]`.
    private static func notifications(_ method: String, _ parts: [String]) -> (Operation, [String])? {
        switch (method, parts.count) {
        case ("POST", 1) where parts[0] == "destinations": (.createDestination, [])
        case ("GET", 1) where parts[0] == "destinations": (.getDestinations, [])
        case ("GET", 2) where parts[0] == "destinations": (.getDestination, [parts[1]])
        case ("DELETE", 2) where parts[0] == "destinations": (.deleteDestination, [parts[1]])
        case ("POST", 2) where parts[0] == "subscriptions": (.createSubscription, [parts[1]])
        case ("GET", 2) where parts[0] == "subscriptions": (.getSubscription, [parts[1]])
        case ("POST", 3) where parts[0] == "subscriptions" && parts[2] == "testNotification": (.sendTestNotification, [parts[1]])
        case ("GET", 3) where parts[0] == "subscriptions": (.getSubscriptionById, [parts[1], parts[2]])
        case ("DELETE", 3) where parts[0] == "subscriptions": (.deleteSubscriptionById, [parts[1], parts[2]])
        default: nil
        }
    }

    /// The path part of `path`, which may be an absolute URL (document uploads) or carry a query.
    static func pathPart(_ path: String) -> String {
        var rest = Substring(path)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        return String(rest)
    }
}

extension AmazonSimulator {
    /// Answers an SP-API request as Amazon would: due events first, then the rate limit, the
    /// idempotency key, and the operation; all in one transaction.
    /// A fault profile (`setFaults`) may slow the answer on the simulator's clock or lose it (`TransportError.timedOut`).
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let clock = self.clock
        let answer = try await longPolled(request, now: { clock.now.timeIntervalSince1970 }, sleep: { try await clock.sleep(seconds: $0) })
        if answer.simulatedDelay > 0 { try await clock.sleep(seconds: answer.simulatedDelay) }
        if answer.dropped { throw TransportError.timedOut }
        return answer.response
    }

    func respond(to request: HTTPRequest) throws -> SimulatorAnswer {
        let path = Router.pathPart(request.path)
        return try db.write { db in
            let precise = try preciseNow(db)
            let now = Int64(precise.rounded(.down))
            try Scheduler.processDue(db, now: now)
            let baseURL = "http://\(request.header("Host") ?? "localhost")"
            if path.hasPrefix("/sim-documents/") {
                return SimulatorAnswer(try DocumentStore.serve(db, request: request, id: String(path.dropFirst("/sim-documents/".count))))
            }
            if path == Self.tokenPath, request.method.uppercased() == "POST" {
                return SimulatorAnswer(try tokenAnswer(db, request, now: precise))
            }
            // SQS speaks its own protocol and signs with SigV4; no SP-API token, rate limit or fault applies.
            if SQSEndpoint.handles(request) { return try SQSEndpoint.answer(db, request, now: precise, baseURL: baseURL) }
            guard let (operation, parameters) = Router.match(request.method, path) else {
                return SimulatorAnswer(APIError.notFound("No operation at \(request.method) \(path).").response)
            }
            // Amazon's gateway checks the access token before anything else (when LWA is switched on).
            if let refusal = try tokenRefusal(db, request, grantless: operation.isGrantless, now: precise) { return SimulatorAnswer(refusal) }
            let account = try account(db)
            if account.throttling, try !RateLimiter.take(db, operation, at: precise) {
                callRecord.add(operation, at: precise, parameters: parameters, throttled: true)
                try Statistic.bump(db, "throttled")
                try Statistic.bump(db, "throttled.\(operation.rawValue)")
                return SimulatorAnswer(APIError.quotaExceeded.response)
            }
            callRecord.add(operation, at: precise, parameters: parameters, throttled: false)
            try Statistic.bump(db, "requests.\(operation.rawValue)")
            var faults = try FaultInjector.load(db, now: now)
            if let early = try faults?.before(db, operation) { return early }
            let key = request.header("Idempotency-Key")
            let orderId = operation == .confirmShipment ? parameters.first : nil
            var response: HTTPResponse
            if let key, let replay = try Idempotency.arrive(db, key: key, operation: operation, orderId: orderId) {
                response = replay
            } else {
                let context = RequestContext(db: db, now: now, account: account, request: request, parameters: parameters, baseURL: baseURL)
                do { response = try handle(operation, context) } catch let error as APIError { response = error.response }
                if let key, operation.replaysByKey { try Idempotency.remember(db, key: key, response: response) }
            }
            let (rate, _) = operation.rate
            response.headers["x-amzn-RateLimit-Limit"] = String(rate)
            return try faults?.after(db, operation, request, response) ?? SimulatorAnswer(response)
        }
    }

    private func handle(_ operation: Operation, _ context: RequestContext) throws -> HTTPResponse {
        switch operation {
        case .searchOrders: try OrdersAPI.search(context)
        case .getOrder: try OrdersAPI.get(context)
        case .confirmShipment: try ShipmentConfirmationAPI.confirm(context)
        case .createFeedDocument: try FeedsAPI.createDocument(context)
        case .getFeedDocument: try FeedsAPI.getDocument(context)
        case .createFeed: try FeedsAPI.createFeed(context)
        case .getFeed: try FeedsAPI.getFeed(context)
        case .getFeeds: try FeedsAPI.getFeeds(context)
        case .patchListingsItem: try ListingsAPI.patch(context)
        case .listFinancialEvents: try FinancesAPI.list(context)
        case .listTransactions: try TransactionsAPI.list(context)
        case .getInventorySummaries: try FBAInventoryAPI.summaries(context)
        case .getFulfillmentPreview: try FulfillmentOutboundAPI.preview(context)
        case .createFulfillmentOrder: try FulfillmentOutboundAPI.create(context)
        case .getFulfillmentOrder: try FulfillmentOutboundAPI.get(context)
        case .cancelFulfillmentOrder: try FulfillmentOutboundAPI.cancel(context)
        case .getMarketplaceParticipations: try SellersAPI.participations(context)
        case .createDestination: try NotificationsAPI.createDestination(context)
        case .getDestinations: try NotificationsAPI.getDestinations(context)
        case .getDestination: try NotificationsAPI.getDestination(context)
        case .deleteDestination: try NotificationsAPI.deleteDestination(context)
        case .createSubscription: try NotificationsAPI.createSubscription(context)
        case .getSubscription: try NotificationsAPI.getSubscription(context)
        case .getSubscriptionById: try NotificationsAPI.getSubscriptionById(context)
        case .deleteSubscriptionById: try NotificationsAPI.deleteSubscriptionById(context)
        case .sendTestNotification: try NotificationsAPI.sendTestNotification(context)
        case .getRates: try ShippingRatesAPI.getRates(context)
        case .purchaseShipment: try ShippingRatesAPI.purchase(context)
        case .getShipmentDocuments: try ShippingShipmentAPI.documents(context)
        case .cancelShipment: try ShippingShipmentAPI.cancel(context)
        case .getTracking: try ShippingShipmentAPI.tracking(context)
        }
    }
}
