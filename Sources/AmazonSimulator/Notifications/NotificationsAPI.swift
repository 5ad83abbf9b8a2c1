import Foundation
import GRDB
import SellingPartnerAPI

/// Notifications v1 as simulated Amazon answers it: SQS destinations (grantless) and one subscription per
/// notification type (ORDER_CHANGE only), kept in the simulator's file; `sendTestNotification` on a sandbox-like
/// simulator only (the default; `setSandbox(false)` plays a production endpoint).
enum NotificationsAPI {
    static func createDestination(_ c: RequestContext) throws -> HTTPResponse {
        let body = try JSONBody.decode(CreateDestinationRequest.self, from: c.request)
        guard let arn = body.resourceSpecification.sqs?.arn else {
            throw APIError.invalidInput("Only SQS destinations are supported: resourceSpecification.sqs.arn is required.")
        }
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0...2] == ["arn", "aws", "sqs"], parts[3...5].allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
            throw APIError.invalidInput("\(arn) is not an SQS queue ARN (arn:aws:sqs:REGION:ACCOUNT:QUEUE).")
        }
        guard !body.name.isEmpty, body.name.count <= 256 else { throw APIError.invalidInput("The destination name must be 1 to 256 characters.") }
        guard parts[4] == NotificationTables.queueAccount, try NotificationTables.queueExists(c.db, parts[5]) else {
            throw APIError.invalidInput("Amazon cannot send messages to \(arn).",
                                        details: "Check that the queue exists and that its policy lets Amazon's notifications principal send to it.")
        }
        if let existing = try String.fetchOne(c.db, sql: "SELECT destinationId FROM notificationDestination WHERE arn = ?", arguments: [arn]) {
            throw APIError(status: 409, code: "Conflict", message: "A destination for this resource already exists.", details: existing)
        }
        let destination = Destination(destinationId: UUID().uuidString.lowercased(), name: body.name,
                                      resource: DestinationResource(sqs: SqsResource(arn: arn)))
        try c.db.execute(sql: "INSERT INTO notificationDestination (destinationId, name, arn, queue, createdAt) VALUES (?, ?, ?, ?, ?)",
                         arguments: [destination.destinationId, destination.name, arn, parts[5], c.now])
        return JSONBody.response(status: 200, NotificationsPayload(payload: destination))
    }

    static func getDestinations(_ c: RequestContext) throws -> HTTPResponse {
        JSONBody.response(status: 200, NotificationsPayload(payload: try destinations(c.db)))
    }

    static func getDestination(_ c: RequestContext) throws -> HTTPResponse {
        guard let destination = try destinations(c.db, id: c.parameters[0]).first else { throw APIError.notFound("No destination \(c.parameters[0]).") }
        return JSONBody.response(status: 200, NotificationsPayload(payload: destination))
    }

    static func deleteDestination(_ c: RequestContext) throws -> HTTPResponse {
        let id = c.parameters[0]
        guard try !destinations(c.db, id: id).isEmpty else { throw APIError.notFound("No destination \(id).") }
        if try Bool.fetchOne(c.db, sql: "SELECT EXISTS (SELECT 1 FROM notificationSubscription WHERE destinationId = ?)", arguments: [id]) == true {
            throw APIError(status: 409, code: "Conflict", message: "The destination has subscriptions: delete them first.")
        }
        try c.db.execute(sql: "DELETE FROM notificationDestination WHERE destinationId = ?", arguments: [id])
        return JSONBody.response(status: 200, [String: String]())
    }

    static func createSubscription(_ c: RequestContext) throws -> HTTPResponse {
        let type = try notificationType(c)
        let body = try JSONBody.decode(CreateSubscriptionRequest.self, from: c.request)
        guard body.payloadVersion == "1.0" else { throw APIError.invalidInput("\(type) has payload version 1.0 only.") }
        guard try !destinations(c.db, id: body.destinationId).isEmpty else {
            throw APIError.invalidInput("Invalid Input, recheck that the destinationId is valid.", details: body.destinationId)
        }
        if let existing = try subscription(c.db, type: type) {
            throw APIError(status: 409, code: "Conflict", message: "A subscription for \(type) already exists.", details: existing.subscriptionId)
        }
        let subscription = Subscription(subscriptionId: UUID().uuidString.lowercased(), payloadVersion: body.payloadVersion,
                                        destinationId: body.destinationId, processingDirective: body.processingDirective)
        try c.db.execute(sql: """
            INSERT INTO notificationSubscription (subscriptionId, notificationType, payloadVersion, destinationId, createdAt)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [subscription.subscriptionId, type, subscription.payloadVersion, subscription.destinationId, c.now])
        return JSONBody.response(status: 200, NotificationsPayload(payload: subscription))
    }

    static func getSubscription(_ c: RequestContext) throws -> HTTPResponse {
        let type = try notificationType(c)
        guard let found = try subscription(c.db, type: type) else { throw APIError.notFound("No subscription for \(type).") }
        return JSONBody.response(status: 200, NotificationsPayload(payload: found))
    }

    static func getSubscriptionById(_ c: RequestContext) throws -> HTTPResponse {
        let type = try notificationType(c)
        guard let found = try subscription(c.db, type: type), found.subscriptionId == c.parameters[1] else {
            throw APIError.notFound("No subscription \(c.parameters[1]) for \(type).")
        }
        return JSONBody.response(status: 200, NotificationsPayload(payload: found))
    }

    static func deleteSubscriptionById(_ c: RequestContext) throws -> HTTPResponse {
        let type = try notificationType(c)
        try c.db.execute(sql: "DELETE FROM notificationSubscription WHERE notificationType = ? AND subscriptionId = ?",
                         arguments: [type, c.parameters[1]])
        guard c.db.changesCount == 1 else { throw APIError.notFound("No subscription \(c.parameters[1]) for \(type).") }
        return JSONBody.response(status: 200, [String: String]())
    }

    /// Puts one test ORDER_CHANGE in the destination's queue at once (no delay, no loss): the whole path, end to end.
    static func sendTestNotification(_ c: RequestContext) throws -> HTTPResponse {
        let type = try notificationType(c)
        guard try NotificationTables.isSandbox(c.db) else {
            throw APIError.invalidInput("sendTestNotification is a sandbox-only operation: send it to a sandbox endpoint.")
        }
        let body = try JSONBody.decode(SendTestNotificationRequest.self, from: c.request)
        guard let id = body.destinationId, let queue = try String.fetchOne(
            c.db, sql: "SELECT queue FROM notificationDestination WHERE destinationId = ?", arguments: [id]) else {
            throw APIError.invalidInput("Invalid Input, recheck that the AppId and DestinationId are valid and DestinationId belongs to the application")
        }
        let subscriptionId = try subscription(c.db, type: type)?.subscriptionId ?? "test-subscription"
        let order = SimOrder(id: testOrderId, marketplaceId: c.account.marketplaceIds.first ?? "A1PA6795UKMFR9", currency: "EUR",
                             created: c.now, updated: c.now, status: "UNSHIPPED", afn: false, serviceLevel: "STANDARD", shipWithinDays: 2,
                             paid: c.now, buyerSeed: 1, items: [SimItem(id: "00000000000000", sku: "TEST-SKU", asin: "B000000000",
                                                                        title: "Test", quantity: 1, unitPrice: 100)])
        let message = OrderChangeMessage.make(order, sellerId: c.account.sellerId, subscriptionId: subscriptionId, type: .orderStatusChange,
                                              reason: "Test Notification", notificationId: UUID().uuidString.lowercased(), publishedAt: c.now)
        try SQSQueue.send(c.db, queue: queue, body: try message.body(), sentAt: Double(c.now), visibleAt: Double(c.now))
        try Statistic.bump(c.db, "notifications.test")
        return JSONBody.response(status: 200, [String: String]())
    }

    /// The order id every test notification names.
    static let testOrderId = "902-0000000-0000000"

    private static func notificationType(_ c: RequestContext) throws -> String {
        guard c.parameters[0] == NotificationType.orderChange.rawValue else {
            throw APIError.invalidInput("The simulator supports ORDER_CHANGE notifications only, not \(c.parameters[0]).")
        }
        return c.parameters[0]
    }

    private static func destinations(_ db: Database, id: String? = nil) throws -> [Destination] {
        try Row.fetchAll(db, sql: "SELECT destinationId, name, arn FROM notificationDestination WHERE ?1 IS NULL OR destinationId = ?1 ORDER BY createdAt",
                         arguments: [id]).map {
            Destination(destinationId: $0["destinationId"], name: $0["name"], resource: DestinationResource(sqs: SqsResource(arn: $0["arn"])))
        }
    }

    private static func subscription(_ db: Database, type: String) throws -> Subscription? {
        try Row.fetchOne(db, sql: "SELECT subscriptionId, payloadVersion, destinationId FROM notificationSubscription WHERE notificationType = ?",
                         arguments: [type]).map {
            Subscription(subscriptionId: $0["subscriptionId"], payloadVersion: $0["payloadVersion"], destinationId: $0["destinationId"])
        }
    }
}
