import MerchantCore
import Testing

/// Who may ship a shop order and when the merchant may take one back from Amazon: one rule, asked by the
/// console's Shop pane and the store alike (R26).
@Suite("Shop order rules")
struct ShopOrderRulesTests {
    @Test("the merchant ships only an order of their own that is still processing (R26)")
    func ship() {
        // R26: Amazon ships what it fulfils.
        #expect(ShopOrderRules.refusalToShip("SHOP-1001", fulfilledBy: .amazon, status: .processing)?
            .hasPrefix("SHOP-1001 is fulfilled by Amazon (FBA)") == true)
        #expect(ShopOrderRules.refusalToShip("SHOP-1001", fulfilledBy: .merchant, status: .processing) == nil)
        #expect(ShopOrderRules.refusalToShip("SHOP-1001", fulfilledBy: .merchant, status: .shipped) == "SHOP-1001 is shipped: nothing is left to ship")
    }

    @Test("the merchant ships only units the shelf holds: each SKU's lines together, what is shipped already left out")
    func shortStock() {
        // R5, R25: like an Amazon order with short stock, a shop order waits for the restock; no unit ships that was never there.
        let onHand = ["WAAGE-DIGI": 15, "MUG-ROT-350": 3]
        #expect(ShopOrderRules.refusalForShortStock("SHOP-1012", needs: [("WAAGE-DIGI", 100)], onHand: { onHand[$0] ?? 0 })
            == "SHOP-1012 needs 100 of WAAGE-DIGI, but only 15 are on hand: set the stock of WAAGE-DIGI when the units are in, then ship it")
        #expect(ShopOrderRules.refusalForShortStock("SHOP-1012", needs: [("WAAGE-DIGI", 15)], onHand: { onHand[$0] ?? 0 }) == nil)
        // Two lines of one SKU need their sum.
        #expect(ShopOrderRules.refusalForShortStock("SHOP-1013", needs: [("MUG-ROT-350", 2), ("MUG-ROT-350", 2)], onHand: { onHand[$0] ?? 0 })?
            .hasPrefix("SHOP-1013 needs 4 of MUG-ROT-350, but only 3 are on hand") == true)
        #expect(ShopOrderRules.refusalForShortStock("SHOP-1013", needs: [("MUG-ROT-350", 3), ("WAAGE-DIGI", 0)], onHand: { onHand[$0] ?? 0 }) == nil)
        #expect(ShopOrderRules.refusalForShortStock("SHOP-1014", needs: [("GONE", 1)], onHand: { onHand[$0] ?? 0 })?.contains("only 0 are on hand") == true)
    }

    @Test("Amazon's fulfillment order can be taken back before it is sent or while Amazon has not started picking (R26)",
          arguments: [("sending", true), ("New", true), ("Received", true), ("Planning", true), ("Processing", false),
                      ("Complete", false), ("Cancelled", false)])
    func takeBack(status: String, allowed: Bool) {
        let refusal = ShopOrderRules.refusalToTakeBack("SHOP-1002", fulfilledBy: .amazon, fulfillmentStatus: status, note: nil, cancelAsked: false)
        #expect((refusal == nil) == allowed, "\(status): \(refusal ?? "allowed")")
        if !allowed { #expect(refusal == "Amazon fulfils SHOP-1002 (FBA) and its fulfillment order is \(status): it can no longer be cancelled") }
    }

    @Test("an order the merchant ships, or one already asked back, cannot be asked back again (R26)")
    func notTwice() {
        #expect(ShopOrderRules.refusalToTakeBack("SHOP-1003", fulfilledBy: .merchant, fulfillmentStatus: nil, note: "mixed order", cancelAsked: false)
            == "You ship SHOP-1003 yourself (mixed order): Amazon has no fulfillment order of it to cancel")
        #expect(ShopOrderRules.refusalToTakeBack("SHOP-1003", fulfilledBy: .amazon, fulfillmentStatus: "Received", note: nil, cancelAsked: true)?
            .hasPrefix("You asked Amazon to cancel the fulfillment order of SHOP-1003 already") == true)
    }

    @Test("the sync follows every fulfillment order that is at Amazon and not final (R26)")
    func followed() {
        #expect(Set(ShopOrderRules.unfollowedStatuses) == ["sending", "Complete", "CompletePartialled", "Cancelled", "Unfulfillable", "Invalid"])
    }
}
