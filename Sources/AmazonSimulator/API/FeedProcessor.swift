import Foundation
import GRDB
import MerchantCore
import SellingPartnerAPI

/// Applies a feed when it falls due: each message of an acknowledgement or adjustment feed, then
/// a processing report as the result document. Amazon does not de-duplicate feeds; neither does this.
enum FeedProcessor {
    static func start(_ db: Database, feedId: String, at: Int64) throws {
        try db.execute(sql: "UPDATE feed SET processingStatus = 'IN_PROGRESS', processingStartTime = ? WHERE feedId = ? AND processingStatus = 'IN_QUEUE'",
                       arguments: [at, feedId])
    }

    static func finish(_ db: Database, feedId: String, at: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM feed WHERE feedId = ?", arguments: [feedId]),
              (row["processingStatus"] as String) != "DONE" else { return }
        let sellerId = try String.fetchOne(db, sql: "SELECT sellerId FROM account") ?? ""
        let input = try DocumentStore.content(db, id: row["inputFeedDocumentId"]) ?? Data()
        var outcome = Outcome()
        var status = "DONE"
        // A feed the fault profile doomed when it was created (FaultInjector) ends FATAL and applies nothing.
        let doomed = try FaultInjector.isDoomed(db, feedId: feedId)
        if doomed { outcome.results = [ProcessingReport.Result(messageId: 0, resultCode: .error, resultMessageCode: "5001", resultDescription: "Amazon could not process the feed; none of its messages was applied.")] }
        do {
            switch doomed ? nil : FeedType(rawValue: row["feedType"]) {
            case .orderAcknowledgement:
                for message in try OrderAcknowledgementFeed.parse(input).messages {
                    outcome.add(message.messageId, message.amazonOrderId, try acknowledge(db, message, feedId: feedId, at: at))
                }
            case .paymentAdjustment:
                for message in try OrderAdjustmentFeed.parse(input).messages {
                    outcome.add(message.messageId, message.amazonOrderId, try adjust(db, message, feedId: feedId, at: at))
                }
            case nil:
                status = "FATAL"
            }
        } catch let error as FeedDocumentError {
            // A document Amazon cannot read stops the whole feed.
            status = "FATAL"
            outcome.results = [ProcessingReport.Result(messageId: 0, resultCode: .error, resultMessageCode: "5000", resultDescription: error.description)]
        }
        let report = ProcessingReport(
            merchantIdentifier: sellerId, documentTransactionId: feedId, messagesProcessed: outcome.processed,
            messagesSuccessful: outcome.processed - outcome.errors - outcome.warnings, messagesWithError: outcome.errors,
            messagesWithWarning: outcome.warnings, results: outcome.results)
        let resultId = try DocumentStore.create(db, contentType: "text/xml; charset=UTF-8", content: Data(report.xml().utf8), at: at)
        try db.execute(sql: """
            UPDATE feed SET processingStatus = ?, processingStartTime = COALESCE(processingStartTime, ?), processingEndTime = ?,
            resultFeedDocumentId = ? WHERE feedId = ?
            """, arguments: [status, at, at, resultId, feedId])
    }

    /// The per-message tally of a report.
    struct Outcome {
        var processed = 0, errors = 0, warnings = 0
        var results: [ProcessingReport.Result] = []

        mutating func add(_ messageId: Int, _ orderId: String, _ problem: (ProcessingReport.ResultCode, String, String)?) {
            processed += 1
            guard let (code, number, text) = problem else { return }
            if code == .error { errors += 1 } else { warnings += 1 }
            results.append(ProcessingReport.Result(messageId: messageId, resultCode: code, resultMessageCode: number,
                                                   resultDescription: text, amazonOrderId: orderId))
        }
    }

    typealias Problem = (ProcessingReport.ResultCode, String, String)?

    static func acknowledge(_ db: Database, _ message: OrderAcknowledgementFeed.Message, feedId: String, at: Int64) throws -> Problem {
        guard var order = try OrderTable.load(db, id: message.amazonOrderId) else {
            return (.error, "18028", "The order ID \(message.amazonOrderId) was not found.")
        }
        if message.statusCode == .failure {
            if order.anythingShipped { return (.error, "18093", "Order \(order.id) cannot be cancelled: part of it has already shipped.") }
            if order.isPending { return (.error, "18091", "Order \(order.id) is pending and cannot be cancelled by the seller.") }
            if order.status == "CANCELLED" { return (.warning, "18092", "Order \(order.id) was already cancelled.") }
            let reason = message.items.compactMap(\.cancelReason).first ?? "GeneralAdjustment"
            OrderLifecycle.cancel(&order, at: at, reason: reason)
            try OrderTable.update(db, order)
            try OrderTable.record(db, orderId: order.id, at: at, kind: "cancelled", detail: "by the seller (\(reason)), feed \(feedId)")
        }
        try db.execute(sql: "INSERT INTO acknowledgement (orderId, feedId, statusCode, merchantOrderId, at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [order.id, feedId, message.statusCode.rawValue, message.merchantOrderId, at])
        try OrderTable.record(db, orderId: order.id, at: at, kind: "acknowledged", detail: "\(message.statusCode.rawValue), feed \(feedId)")
        return nil
    }

    static func adjust(_ db: Database, _ message: OrderAdjustmentFeed.Message, feedId: String, at: Int64) throws -> Problem {
        guard var order = try OrderTable.load(db, id: message.amazonOrderId) else {
            return (.error, "18028", "The order ID \(message.amazonOrderId) was not found.")
        }
        guard message.actionType == "Refund" else { return (.error, "18100", "ActionType \(message.actionType) is not supported.") }
        var total: Int64 = 0
        var reason = "GeneralAdjustment"
        var lines: [RefundEventLine] = []
        for item in message.items {
            guard let orderItem = order.items.first(where: { $0.id == item.amazonOrderItemCode }) else {
                return (.error, "18029", "Order \(order.id) has no item \(item.amazonOrderItemCode).")
            }
            reason = item.adjustmentReason
            for component in item.components {
                guard component.currency == order.currency, let money = try? Money(parsing: component.amount, currency: order.currency) else {
                    return (.error, "18030", "\(component.amount) \(component.currency) is not an amount in the order's currency \(order.currency).")
                }
                total += money.minorUnits
                lines.append(RefundEventLine(itemId: orderItem.id, sku: orderItem.sku, amount: money.minorUnits))
            }
        }
        if let refusal = Refunds.refusal(order, amount: total) { return (.error, "18031", refusal.description) }
        try RefundLedger.post(db, &order, SimRefund(amount: total, at: at, source: "feed", reason: reason, feedId: feedId), lines: lines)
        try OrderTable.record(db, orderId: order.id, at: at, kind: "refunded",
                              detail: "\(Money(minorUnits: total, currency: order.currency)) by the seller's feed \(feedId)")
        return nil
    }
}
