import Foundation
import Testing
import MerchantCore

@Suite("Ship date: not in the future, not before the purchase")
struct ShipDateTests {
    let purchase = Date(timeIntervalSince1970: 1_767_225_600)          // 2026-01-01 00:00 UTC
    var now: Date { purchase.addingTimeInterval(2 * 86_400) }

    @Test func defaultsToNow() throws {
        // R13: the ship date defaults to now.
        #expect(try ShipDate.resolve(nil, purchaseDate: purchase, now: now) == now)
    }

    @Test(arguments: [0, 60, 86_400, 172_800, 173_099, 173_100] as [TimeInterval])
    func anyTimeFromThePurchaseToNowIsAccepted(secondsAfterPurchase: Double) throws {
        // R13: up to five minutes past now, for clocks that disagree a little.
        let date = purchase.addingTimeInterval(secondsAfterPurchase)
        try ShipDate.validate(date, purchaseDate: purchase, now: now)
        #expect(try ShipDate.resolve(date, purchaseDate: purchase, now: now) == date)
    }

    @Test(arguments: [301, 3_600, 86_400] as [TimeInterval])
    func theFutureIsRefused(secondsAfterNow: Double) {
        // R13
        let date = now.addingTimeInterval(secondsAfterNow)
        let error = #expect(throws: ShippingError.self) { try ShipDate.validate(date, purchaseDate: purchase, now: now) }
        #expect(error == .shipDateInFuture(date, now: now))
    }

    @Test(arguments: [1, 3_600, 2_592_000] as [TimeInterval])
    func beforeThePurchaseIsRefused(secondsBeforePurchase: Double) {
        // R13
        let date = purchase.addingTimeInterval(-secondsBeforePurchase)
        let error = #expect(throws: ShippingError.self) { try ShipDate.validate(date, purchaseDate: purchase, now: now) }
        #expect(error == .shipDateBeforePurchase(date, purchaseDate: purchase))
    }

    @Test func messagesSayWhatIsWrongWithDates() {
        // R13
        let future = ShippingError.shipDateInFuture(now.addingTimeInterval(86_400), now: now)
        #expect(future.description == "The ship date 2026-01-04 00:00 UTC is in the future (it is now 2026-01-03 00:00 UTC): confirm a shipment once it has left, with the date it left.")
        let early = ShippingError.shipDateBeforePurchase(purchase.addingTimeInterval(-3_600), purchaseDate: purchase)
        #expect(early.description == "The ship date 2025-12-31 23:00 UTC is before the order was placed (2026-01-01 00:00 UTC): a shipment leaves after the purchase.")
    }
}
