import Foundation
import MerchantCore
import Testing

@Suite("FBA needs stock at Amazon")
struct FBARulesTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("switching FBA on warns, without refusing, when Amazon holds nothing or its stock is unknown")
    func warnsWithoutStock() {
        // R27
        #expect(FBARules.warningOnSwitchingOn(sku: "WAAGE", stock: FBAStockLevel(fulfillable: 5, checkedAt: now)) == nil)
        let none = FBARules.warningOnSwitchingOn(sku: "WAAGE", stock: FBAStockLevel(fulfillable: 0, inbound: 12, checkedAt: now))
        #expect(none?.contains("no fulfillable stock of WAAGE (12 on the way)") == true)
        #expect(FBARules.warningOnSwitchingOn(sku: "WAAGE", stock: nil)?.contains("not known yet") == true)
    }

    @Test("what Amazon cannot fill is refused, with the numbers")
    func cannotFill() {
        // R27
        let stock = FBAStockLevel(fulfillable: 2, checkedAt: now)
        #expect(FBARules.refusal(sku: "WAAGE", quantity: 2, stock: stock) == nil)
        #expect(FBARules.refusal(sku: "WAAGE", quantity: 3, stock: stock) == "Amazon holds 2 of WAAGE, 3 needed")
        #expect(FBARules.refusal(sku: "WAAGE", quantity: 1, stock: nil) != nil)
    }
}
