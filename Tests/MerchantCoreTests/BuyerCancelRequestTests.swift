import Foundation
import MerchantCore
import Testing

/// A buyer's request to cancel: said in plain words, standing only while there is something to cancel, warned about
/// before shipping, and answered with Amazon's reason BuyerCanceled (R17, R19, R30).
@Suite struct BuyerCancelRequestTests {
    static func order(_ status: AmazonOrderStatus = .unshipped, shipped: Int = 0, request: BuyerCancelRequest? = BuyerCancelRequest(reason: "Ordered by mistake")) -> AmazonOrder {
        AmazonOrder(amazonOrderId: "302-1111111-1111111", status: status, fulfillmentChannel: .merchant, marketplaceId: "A1PA6795UKMFR9",
                    purchaseDate: Date(timeIntervalSince1970: 0), lastUpdateDate: Date(timeIntervalSince1970: 60),
                    items: [AmazonOrderItem(orderItemId: "1", sku: "MUG", title: "Mug", quantityOrdered: 2, quantityShipped: shipped)],
                    buyerCancelRequest: request)
    }

    @Test func theRequestReadsInAMerchantsWordsWithTheBuyersReason() {
        #expect(BuyerCancelRequest(reason: "Ordered by mistake").words == "buyer asks to cancel: Ordered by mistake")
        #expect(BuyerCancelRequest().words == "buyer asks to cancel")
        #expect(BuyerCancelRequest(reason: "  ").reason == nil)  // a blank reason is no reason
    }

    @Test func theRequestStandsOnlyWhileSomethingIsLeftToCancel() {
        // R17, R19: once cancelled or shipped in full there is nothing left that the buyer's request could ask for.
        #expect(BuyerCancelRequest.stands(status: .unshipped, fullyShipped: false, local: .processing))
        #expect(BuyerCancelRequest.stands(status: .unshipped, fullyShipped: false, local: nil))
        #expect(!BuyerCancelRequest.stands(status: .cancelled, fullyShipped: false, local: nil))
        #expect(!BuyerCancelRequest.stands(status: .shipped, fullyShipped: true, local: .shipped))
        #expect(!BuyerCancelRequest.stands(status: .unshipped, fullyShipped: false, local: .cancelled))  // the merchant cancelled, Amazon not told yet
        #expect(!BuyerCancelRequest.stands(status: .unshipped, fullyShipped: false, local: .shipped))
        #expect(Self.order(.cancelled).withStandingCancelRequest(local: nil).buyerCancelRequest == nil)
        #expect(Self.order(.unshipped, shipped: 2).withStandingCancelRequest(local: .processing).buyerCancelRequest == nil)
        #expect(Self.order().withStandingCancelRequest(local: .processing).buyerCancelRequest?.reason == "Ordered by mistake")
    }

    @Test func shippingSuchAnOrderIsRefusedUnlessTheMerchantSaysAnyway() {
        // R30: the refusal names the order and the buyer's reason, in plain words, and says the way out.
        let refusal = ShipWarning.refusal(Self.order(), anyway: false)
        #expect(refusal == .buyerAsksToCancel("302-1111111-1111111", reason: "Ordered by mistake"))
        let words = refusal?.description ?? ""
        #expect(words.contains("the buyer asked to cancel 302-1111111-1111111 (Ordered by mistake)"))
        #expect(words.contains("BuyerCanceled") && words.contains("ship it anyway"))
        #expect(words.range(of: #"R\d"#, options: .regularExpression) == nil)
        #expect(ShipWarning.refusal(Self.order(), anyway: true) == nil)
        #expect(ShipWarning.refusal(Self.order(request: nil), anyway: false) == nil)
        #expect(ShipWarning.sentence(Self.order()) == "The buyer asked to cancel 302-1111111-1111111: Ordered by mistake.")
        #expect(ShipWarning.sentence(Self.order(request: BuyerCancelRequest())) == "The buyer asked to cancel 302-1111111-1111111.")
    }

    @Test func cancellingSuchAnOrderStartsFromBuyerCanceled() {
        // R17: the merchant still confirms; only the reason is chosen for them.
        #expect(BuyerCancelRequest.suggestedCancelReason(for: Self.order()) == .buyerCanceled)
        #expect(BuyerCancelRequest.suggestedCancelReason(for: Self.order(request: nil)) == nil)
    }

    @Test func theListOfSuchOrdersHasOneNameOnTheCommandLineAndInTheConsole() {
        #expect(OrderFilterName.parse("cancel-requested") == .cancelRequested)
        #expect(OrderFilterName.parse("Cancel Requested") == .cancelRequested)
        #expect(OrderFilterName.parse("buyer-cancel") == .cancelRequested)
        #expect(OrderFilterName.spelledOut.contains("cancel-requested"))
    }
}
