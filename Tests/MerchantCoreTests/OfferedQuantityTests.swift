import Testing
import MerchantCore

@Suite("Stock: what is available and what Amazon is offered")
struct OfferedQuantityTests {
    @Test("offered on Amazon = (override ?? on hand) − reserved − held, never below zero", arguments: [
        // onHand, reserved, held, override, offered
        (10, 0, 0, Int?.none, 10),
        (10, 2, 3, nil, 5),
        (10, 2, 3, 4, 0),        // override below what is held: zero, not negative
        (10, 2, 3, 20, 15),      // override above stock on hand is what Amazon sees
        (10, 0, 0, 0, 0),        // override 0 stops selling on Amazon
        (10, 1, 0, 6, 5),        // override replaces on hand, reservations still count
        (3, 2, 2, nil, 0),       // oversold: never negative
        (0, 0, 0, nil, 0),
        (5, 5, 0, nil, 0),
        (7, 0, 7, nil, 0),
    ])
    func offeredOnAmazon(onHand: Int, reserved: Int, held: Int, override: Int?, offered: Int) {
        // R25
        let stock = StockLevel(onHand: onHand, reserved: reserved, held: held)
        #expect(stock.offeredOnAmazon(override: override, enabled: true) == offered)
    }

    @Test("available to a new order = on hand − reserved − held, never below zero", arguments: [
        (10, 0, 0, 10), (10, 2, 3, 5), (3, 2, 2, 0), (0, 0, 0, 0), (4, 4, 0, 0),
    ])
    func available(onHand: Int, reserved: Int, held: Int, available: Int) {
        // R5, R25
        #expect(StockLevel(onHand: onHand, reserved: reserved, held: held).available == available)
    }

    @Test func anAmazonOverrideDoesNotChangeWhatOtherChannelsSee() {
        // R24, R9: the override is for Amazon only.
        let stock = StockLevel(onHand: 10, reserved: 1, held: 2)
        #expect(stock.offeredOnAmazon(override: 3, enabled: true) == 0)
        #expect(stock.available == 7)
    }

    @Test("a disabled product offers nothing on Amazon, whatever its stock or override", arguments: [Int?.none, 5, 20])
    func aDisabledProductOffersNothing(override: Int?) {
        // R25, R5: a disabled product is not sold, so Amazon must not take orders the console would block.
        let stock = StockLevel(onHand: 10, reserved: 0, held: 0)
        #expect(stock.offeredOnAmazon(override: override, enabled: false) == 0)
        #expect(stock.offeredOnAmazon(override: override, enabled: true) > 0)
    }

    @Test func onlyProcessingLocalOrdersHoldStock() {
        // R25: "what local orders still hold"
        #expect(LocalOrderStatus.allCases.filter(\.holdsStock) == [.processing])
    }
}
