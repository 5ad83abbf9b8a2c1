import Foundation
import MerchantCore
import Testing

@Suite("Who fulfils a shop order")
struct FulfillmentChoiceTests {
    func product(_ sku: String, fba: Bool) -> Product { Product(sku: sku, title: sku, stockOnHand: 5, asin: "B0DEMO0001", fba: fba) }

    @Test("all FBA: Amazon; none: the merchant; mixed: the merchant, whole, with the reason")
    func choice() {
        // R26
        #expect(FulfillmentChoice.decide([(product("A", fba: true), 1), (product("B", fba: true), 2)]) == .amazon)
        #expect(FulfillmentChoice.decide([(product("A", fba: false), 1)]) == .merchant(reason: nil))
        let mixed = FulfillmentChoice.decide([(product("A", fba: true), 1), (product("B", fba: false), 1)])
        #expect(mixed == .merchant(reason: "mixed order: A is FBA, B is not; the merchant ships it whole"))
        #expect(FulfillmentChoice.decide([]) == .merchant(reason: nil))
    }

    @Test("Amazon's statuses read without regard to case; cancellable only before Processing")
    func statuses() throws {
        // R26
        #expect(FulfillmentOrderStatus(amazon: "COMPLETE") == .complete)
        #expect(FulfillmentOrderStatus(amazon: "planning")?.isCancellable == true)
        #expect(FulfillmentOrderStatus(amazon: "Processing")?.isCancellable == false)
        #expect(FulfillmentOrderStatus(amazon: "Unfulfillable")?.returnsToMerchant == true)
        #expect(FulfillmentOrderStatus(amazon: "Shipped?") == nil)
    }
}
