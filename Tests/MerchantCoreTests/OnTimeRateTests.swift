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

    @Test("without a deliver-by date, the cheapest rate delivering by two days after the ship-by date is chosen, a cheaper late one passed over")
    func cheapestOnTime() {
        // R15: the ship-by date is the order's deadline; Amazon's quickest promise is delivery two days later.
        let late = Self.offer("HERMES", 429, by: Self.day(3))
        let onTime = Self.offer("DPD", 459, by: Self.day(2))
        let dearer = Self.offer("DHL", 499, by: Self.day(1))
        #expect(OnTimeRate.choose([late, dearer, onTime], deliverBy: nil, shipBy: Self.shipBy) == .chosen(onTime))
    }

    @Test("a rate promising delivery exactly at the deadline is on time; one second later is not")
    func deadlineIsInclusive() {
        let atDeadline = Self.offer("AT", 500, by: Self.day(2))
        #expect(OnTimeRate.choose([atDeadline], deliverBy: nil, shipBy: Self.shipBy) == .chosen(atDeadline))
        let late = Self.offer("LATE", 400, by: Self.day(2).addingTimeInterval(1))
        #expect(OnTimeRate.choose([late], deliverBy: nil, shipBy: Self.shipBy) == .noneOnTime(deliverBy: Self.day(2), soonest: Self.day(2).addingTimeInterval(1)))
    }

    @Test("a rate without a delivery promise is never chosen, however cheap")
    func noPromiseNeverOnTime() {
        let unpromised = Self.offer("CHEAP", 100, by: nil)
        let promised = Self.offer("DHL", 499, by: Self.day(1))
        #expect(OnTimeRate.choose([unpromised, promised], deliverBy: nil, shipBy: Self.shipBy) == .chosen(promised))
        #expect(OnTimeRate.choose([unpromised], deliverBy: nil, shipBy: Self.shipBy) == .noneOnTime(deliverBy: Self.day(2), soonest: nil))
    }

    @Test("an order with neither a deliver-by nor a ship-by date, or no rate at all, gets no rate and says why")
    func leftOutWithReason() {
        #expect(OnTimeRate.choose([Self.offer("DHL", 499, by: Self.day(1))], deliverBy: nil, shipBy: nil) == .noDeadline)
        #expect(OnTimeRate.choose([], deliverBy: nil, shipBy: Self.shipBy) == .noRates)
    }

    @Test("on equal prices the sooner promise wins")
    func tieGoesToSooner() {
        let slow = Self.offer("A", 459, by: Self.day(2))
        let quick = Self.offer("B", 459, by: Self.day(1))
        #expect(OnTimeRate.choose([slow, quick], deliverBy: nil, shipBy: Self.shipBy) == .chosen(quick))
    }

    @Test("with Amazon's deliver-by date, a rate that meets ship-by plus two days but misses it is passed over")
    func deliverByIsTheDeadline() {
        // R15 gave the old deadline (ship-by + 2 days); the buyer's deliver-by date, when Amazon gave it, is the real one.
        let deliverBy = Self.day(1.5)
        let cheapButLate = Self.offer("DPD", 459, by: Self.day(2))  // on time by ship-by + 2 days, late for the buyer
        let onTime = Self.offer("DHL", 499, by: Self.day(1.5))
        #expect(OnTimeRate.choose([cheapButLate, onTime], deliverBy: nil, shipBy: Self.shipBy) == .chosen(cheapButLate))
        #expect(OnTimeRate.choose([cheapButLate, onTime], deliverBy: deliverBy, shipBy: Self.shipBy) == .chosen(onTime))
        #expect(OnTimeRate.choose([cheapButLate], deliverBy: deliverBy, shipBy: Self.shipBy) == .noneOnTime(deliverBy: deliverBy, soonest: Self.day(2)))
    }

    @Test("a deliver-by date later than ship-by plus two days lets a slower, cheaper rate through")
    func laterDeliverByWidensTheChoice() {
        let slowCheap = Self.offer("HERMES", 429, by: Self.day(3))
        let quick = Self.offer("DPD", 459, by: Self.day(2))
        #expect(OnTimeRate.choose([slowCheap, quick], deliverBy: nil, shipBy: Self.shipBy) == .chosen(quick))
        #expect(OnTimeRate.choose([slowCheap, quick], deliverBy: Self.day(3), shipBy: Self.shipBy) == .chosen(slowCheap))
        // An order whose ship-by date Amazon did not give is still checked against its deliver-by date.
        #expect(OnTimeRate.choose([slowCheap, quick], deliverBy: Self.day(3), shipBy: nil) == .chosen(slowCheap))
    }
}
