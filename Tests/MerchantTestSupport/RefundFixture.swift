import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

/// A refund queue with an entry in every state and refunds made on Amazon, for buyers in Thai, Japanese,
/// German and with emoji: the orders are shipped, the refunds made through the store's own operations.
public enum RefundFixture {
    public static let arrived = "302-0000021-0000021"     // น้ำฝน ใจดี: the return arrived, a request
    public static let returning = "302-0000022-0000022"   // 山田太郎: the buyer is returning it, a request
    public static let waiting = "302-0000023-0000023"     // Jürgen Groß: 5.00 EUR waiting for Amazon
    public static let failed = "302-0000024-0000024"      // Zoë 😀 Müller: refunded on Amazon first, so the console's refund failed (R21)
    public static let done = "302-0000025-0000025"        // Noah Jones: refunded, Amazon confirmed it
    public static let onAmazon = "302-0000026-0000026"    // สมชาย ที่ดี: 3.00 EUR refunded in Seller Central (R23)

    public static let ups = "1Z5R89390357567127"

    /// A shipped order of one unit of 12.99 EUR, its package on its way back when `returnStatus` says so.
    public static func shipped(_ id: String, buyer: String, hour: Double, returnStatus: String? = nil) -> AmazonOrder {
        var o = ConsoleFixture.order(id, .shipped, buyer: buyer, hour: hour)
        o.items[0].quantityShipped = 1
        o.lastUpdateDate = ConsoleFixture.hours(hour + 4)
        o.packages = [ShipmentPackage(packageReferenceId: "PKG-\(id.suffix(2))", carrier: "UPS", trackingNumber: ups,
                                      shipDate: ConsoleFixture.hours(hour + 2), items: [PackageLine(orderItemId: "OI-\(id)", quantity: 1)],
                                      detailedStatus: returnStatus)]
        return o
    }

    public static let orders: [AmazonOrder] = [
        shipped(arrived, buyer: "น้ำฝน ใจดี", hour: 30, returnStatus: "RETURNED_TO_SELLER"),
        shipped(returning, buyer: "山田太郎", hour: 31, returnStatus: "RETURNING_TO_SELLER"),
        shipped(waiting, buyer: "Jürgen Groß", hour: 32),
        shipped(failed, buyer: "Zoë 😀 Müller", hour: 33),
        shipped(done, buyer: "Noah Jones", hour: 34),
        shipped(onAmazon, buyer: "สมชาย ที่ดี", hour: 35),
    ]

    public static func eur(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: "EUR") }

    /// A refund made on Amazon directly (Seller Central), as the Finances API reports it (R23).
    public static func refundOnAmazon(_ store: MerchantStore, _ id: String, _ minor: Int64, hour: Double) throws {
        try store.recordAmazonRefunds([AmazonRefundEvent(eventKey: "seller-central-\(id)-\(minor)", amazonOrderId: id,
                                                         postedAt: ConsoleFixture.hours(hour), amount: eur(minor))], watermark: nil)
    }

    /// The console over the refund orders plus the usual mix, with every state in the queue.
    public static func console(size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture {
        let f = try ConsoleFixture(orders: ConsoleFixture.mixedOrders + orders, size: size)
        let s = f.store
        try s.refund(waiting, amount: eur(500), reason: .generalAdjustment, actor: "test", at: ConsoleFixture.hours(60))
        try refundOnAmazon(s, failed, 1299, hour: 50)
        // R21: Amazon refunded it all already; the console's refund is kept as failed.
        try s.refund(failed, amount: eur(1299), reason: .customerReturn, actor: "test", at: ConsoleFixture.hours(62))
        try s.refund(done, amount: eur(1299), reason: .customerReturn, actor: "test", at: ConsoleFixture.hours(40))
        guard let message = try s.openOutbox(kind: .refund).first(where: { $0.subject == done }) else { throw FixtureError("no refund queued for \(done)") }
        try s.updateOutbox(ids: [message.id], state: .done, at: ConsoleFixture.hours(41))
        try refundOnAmazon(s, onAmazon, 300, hour: 55)
        f.program.send(.dataChanged)
        return f
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
