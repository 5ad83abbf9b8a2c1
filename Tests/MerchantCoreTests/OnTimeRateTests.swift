import Foundation
import MerchantCore
import Testing

@Suite("Labelling marked orders: the cheapest rate that is on time, never a late one in silence")
struct OnTimeRateTests {
    static let shipBy = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC
    static func day(_ n: Double) -> Date { shipBy.addingTimeInterval(n * 86_400) }

    static func offer(_ id: String, _ cents: Int64, by: Date?) -> ShippingOffer {
        ShippingOffer(rateId: id, carrierName: id, serviceName: id, price: Money(minorUnits: cents, currency: "EUR"),
                      deliveryFrom: nil, deliveryBy: by, protected: false, formats: ["PDF"])
    }

    @Test("the cheapest rate delivering by two days after the ship-by date is chosen, a cheaper late one passed over")
    func cheapestOnTime() {
        // R15: the ship-by date is the order's deadline; Amazon's quickest promise is delivery two days later.
        let late = Self.offer("HERMES", 429, by: Self.day(3))
        let onTime = Self.offer("DPD", 459, by: Self.day(2))
        let dearer = Self.offer("DHL", 499, by: Self.day(1))
        #expect(OnTimeRate.choose([late, dearer, onTime], shipBy: Self.shipBy) == .chosen(onTime))
    }

    @Test("a rate promising delivery exactly at the deadline is on time; one second later is not")
    func deadlineIsInclusive() {
        let atDeadline = Self.offer("AT", 500, by: Self.day(2))
        #expect(OnTimeRate.choose([atDeadline], shipBy: Self.shipBy) == .chosen(atDeadline))
        let late = Self.offer("LATE", 400, by: Self.day(2).addingTimeInterval(1))
        #expect(OnTimeRate.choose([late], shipBy: Self.shipBy) == .noneOnTime(deliverBy: Self.day(2), soonest: Self.day(2).addingTimeInterval(1)))
    }

    @Test("a rate without a delivery promise is never chosen, however cheap")
    func noPromiseNeverOnTime() {
        let unpromised = Self.offer("CHEAP", 100, by: nil)
        let promised = Self.offer("DHL", 499, by: Self.day(1))
        #expect(OnTimeRate.choose([unpromised, promised], shipBy: Self.shipBy) == .chosen(promised))
        #expect(OnTimeRate.choose([unpromised], shipBy: Self.shipBy) == .noneOnTime(deliverBy: Self.day(2), soonest: nil))
    }

    @Test("an order with no ship-by date, or no rate at all, gets no rate and says why")
    func leftOutWithReason() {
        #expect(OnTimeRate.choose([Self.offer("DHL", 499, by: Self.day(1))], shipBy: nil) == .noShipBy)
        #expect(OnTimeRate.choose([], shipBy: Self.shipBy) == .noRates)
    }

    @Test("on equal prices the sooner promise wins")
    func tieGoesToSooner() {
        let slow = Self.offer("A", 459, by: Self.day(2))
        let quick = Self.offer("B", 459, by: Self.day(1))
        #expect(OnTimeRate.choose([slow, quick], shipBy: Self.shipBy) == .chosen(quick))
    }
}
