import Foundation
import MerchantCore
import Testing

/// Scan to pack's tally: the open units of an order, ticked one scan at a time; a wrong product or one too many
/// refused with no count changed.
@Suite struct PackTallyTests {
    static func order(_ items: [AmazonOrderItem]) -> AmazonOrder {
        let at = Date(timeIntervalSince1970: 1_767_225_600)
        return AmazonOrder(amazonOrderId: "302-1", status: .partiallyShipped, fulfillmentChannel: .merchant, marketplaceId: "A1PA6795UKMFR9",
                           purchaseDate: at, lastUpdateDate: at, latestShipDate: at, buyerName: "Jürgen Groß", shippingAddress: nil, total: nil,
                           items: items)
    }

    static let items = [
        AmazonOrderItem(orderItemId: "1", sku: "MUG", title: "Becher", quantityOrdered: 3, quantityShipped: 1),
        AmazonOrderItem(orderItemId: "2", sku: "AMZ-TEA", title: "抹茶", quantityOrdered: 1),
        AmazonOrderItem(orderItemId: "3", sku: "MUG", title: "Becher", quantityOrdered: 1),
        AmazonOrderItem(orderItemId: "4", sku: "CUP", title: "ถ้วย", quantityOrdered: 2, quantityShipped: 2),
    ]

    /// The mapped Amazon SKU takes its stock from TEA; our own record shipped one more mug than Amazon reports.
    static func tally() -> PackTally {
        PackTally(order: order(items), productSku: { $0.sku == "AMZ-TEA" ? "TEA" : nil },
                  unitsShipped: { $0.orderItemId == "1" ? 1 : $0.quantityShipped })
    }

    @Test func onlyWhatIsStillToShipIsPacked() {
        let tally = Self.tally()
        #expect(tally.lines.map(\.orderItemId) == ["1", "2", "3"])
        #expect(tally.lines.map(\.units) == [2, 1, 1])
        #expect(tally.lines.map(\.productSku) == ["MUG", "TEA", "MUG"])
        #expect(tally.units == 4 && tally.packed == 0 && !tally.isComplete)
    }

    @Test func eachScanTicksOneUnitAndTwoLinesOfOneProductFillInTurn() throws {
        var tally = Self.tally()
        #expect(try tally.tick(productSku: "MUG", code: "4006381333931", title: "Becher") == 0)
        #expect(try tally.tick(productSku: "MUG", code: "MUG", title: "Becher") == 0)
        #expect(try tally.tick(productSku: "MUG", code: "MUG", title: "Becher") == 2)
        #expect(try tally.tick(productSku: "TEA", code: "AMZ-TEA", title: "抹茶") == 1)
        #expect(tally.isComplete && tally.packed == 4)
    }

    @Test func aWrongProductOrOneTooManyChangesNoCount() throws {
        var tally = Self.tally()
        try tally.tick(productSku: "TEA", code: "TEA", title: "抹茶")
        let before = tally
        #expect(throws: PackRefusal.oneTooMany(code: "TEA", title: "抹茶", units: 1)) { try tally.tick(productSku: "TEA", code: "TEA", title: "抹茶") }
        #expect(throws: PackRefusal.notInOrder(code: "CUP", title: "ถ้วย", orderId: "302-1")) { try tally.tick(productSku: "CUP", code: "CUP", title: "ถ้วย") }
        #expect(tally == before)
        #expect(PackRefusal.oneTooMany(code: "TEA", title: "抹茶", units: 1).description.contains("one too many"))
    }
}
