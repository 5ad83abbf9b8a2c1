import MerchantCore
import Testing

/// A tracking number is one parcel to one address (R13); a reservation is weighed as the payment will weigh it (R5, R9).
@Suite struct ParcelAndReservationRulesTests {
    static func address(_ name: String, _ street: String = "千代田1-1") -> PostalAddress {
        PostalAddress(name: name, lines: [street], city: "東京都", postalCode: "100-0001", region: nil, countryCode: "JP")
    }

    @Test func aNewNumberIsANewParcel() {
        #expect(OrderActionRules.parcelSharing(address: Self.address("山田花子"), others: []) == .newParcel)
    }

    @Test func theSameBuyerAtTheSameAddressMayShareAParcel() {
        // R13: case and spacing do not make another address; the phone number is not part of it.
        var again = Self.address("山田花子")
        again.lines = ["千代田1-1 "]
        again.phone = "+81 3 1234 5678"
        let sharing = OrderActionRules.parcelSharing(address: again, others: [ParcelHolder(amazonOrderId: "A", address: Self.address("山田花子"))])
        #expect(sharing == .sameAddress(["A"]))
        #expect(OrderActionRules.refusalToShareParcel("B", trackingNumber: "1Z", sharing) == nil)
    }

    @Test func anotherBuyerOrAddressIsRefusedNamingTheOtherOrder() {
        // R13, R30
        let others = [ParcelHolder(amazonOrderId: "A", address: Self.address("山田花子")), ParcelHolder(amazonOrderId: "C", address: Self.address("佐藤花子"))]
        let sharing = OrderActionRules.parcelSharing(address: Self.address("山田花子"), others: others)
        #expect(sharing == .otherAddress("C"))
        #expect(OrderActionRules.refusalToShareParcel("B", trackingNumber: "1Z", sharing) == .parcelOfOtherOrder("B", trackingNumber: "1Z", other: "C"))
        #expect(OrderActionRules.parcelSharing(address: Self.address("山田花子", "神南1-2-3"), others: [others[0]]) == .otherAddress("A"))
        // No address to compare is never taken for the same one.
        #expect(OrderActionRules.parcelSharing(address: nil, others: [ParcelHolder(amazonOrderId: "A", address: nil)]) == .otherAddress("A"))
    }

    @Test func aReservationIsShortWhenThePaymentWouldBlockIt() {
        // R5, R9: 3 on hand, 1 held by a local order; two pending orders reserve 1 and 2.
        let stock = ["ESP": StockLevel(onHand: 3, reserved: 3, held: 1)]
        let one = Reservation(amazonOrderId: "P1", sku: "ESP", quantity: 1)
        let two = Reservation(amazonOrderId: "P2", sku: "ESP", quantity: 2)
        let short = ReservationCover.short([one, two], stock: stock)
        #expect(short["P1"] == [.stockShort(sku: "ESP", needed: 1, available: 0)])
        #expect(short["P2"] == [.stockShort(sku: "ESP", needed: 2, available: 1)])
        #expect(ReservationCover.short([two], stock: ["ESP": StockLevel(onHand: 3, reserved: 2, held: 1)]).isEmpty)
        #expect(ReservationCover.short([two], stock: [:]).isEmpty)
    }
}
