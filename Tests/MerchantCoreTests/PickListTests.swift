import MerchantCore
import Testing

/// The pick list: open lines summed by product, walked bin by bin, each with the orders it serves.
@Suite struct PickListTests {
    func line(_ order: String, _ sku: String, _ qty: Int, bin: String?) throws -> OpenOrderLine {
        OpenOrderLine(amazonOrderId: order, sku: sku, title: "Title \(sku)", bin: try bin.map { try BinLocation.parse($0) }, quantity: qty)
    }

    @Test func linesAreSummedByProductInBinOrderWithTheirOrders() throws {
        let list = PickList.make([
            try line("302-1", "MUG", 2, bin: "A-10-1"),
            try line("302-2", "TEA", 1, bin: nil),
            try line("302-2", "MUG", 1, bin: "A-10-1"),
            try line("302-3", "CUP", 3, bin: "A-3-2"),
            try line("302-3", "MUG", 1, bin: "A-10-1"),
            try line("302-4", "BAG", 1, bin: "b-01"),
        ])
        #expect(list.map(\.sku) == ["CUP", "MUG", "BAG", "TEA"])   // A-3 before A-10, b after A, no bin last
        #expect(list.map(\.quantity) == [3, 4, 1, 1])
        #expect(list[1].orders.map(\.amazonOrderId) == ["302-1", "302-2", "302-3"])
        #expect(list[1].orders.map(\.quantity) == [2, 1, 1])
        #expect(PickList.units(list) == 9)
    }

    @Test func twoLinesOfOneOrderForOneProductCountOnce() throws {
        let list = PickList.make([try line("302-1", "MUG", 2, bin: "A"), try line("302-1", "MUG", 1, bin: "A"), try line("302-2", "MUG", 0, bin: "A")])
        #expect(list.count == 1)
        #expect(list[0].orders.map(\.quantity) == [3])
    }

    @Test func nothingOpenMeansNothingToPick() {
        #expect(PickList.make([]).isEmpty)
    }
}
