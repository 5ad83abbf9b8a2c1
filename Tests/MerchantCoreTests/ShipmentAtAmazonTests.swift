import MerchantCore
import Testing

/// What an order's Amazon status says while Amazon's report lags behind the merchant's own shipments: "confirming…"
/// only until Amazon has accepted them (a confirmation done, a label it sold), then "confirmed", then Amazon's own.
@Suite("Amazon's side of the merchant's shipments")
struct ShipmentAtAmazonTests {
    @Test("a package is confirmed once Amazon reports it, refused with Amazon's words, accepted once Amazon took it, else confirming")
    func packageStates() {
        // R13, R29
        #expect(PackageAtAmazon.of(inAmazonsReport: false, accepted: false, refusal: nil) == .confirming)
        #expect(PackageAtAmazon.of(inAmazonsReport: false, accepted: true, refusal: nil) == .accepted)
        #expect(PackageAtAmazon.of(inAmazonsReport: false, accepted: false, refusal: "HTTP 400: no") == .refused("HTTP 400: no"))
        // Amazon's report is the last word, whatever our side says.
        #expect(PackageAtAmazon.of(inAmazonsReport: true, accepted: false, refusal: nil) == .confirmed)
        #expect(PackageAtAmazon.of(inAmazonsReport: true, accepted: true, refusal: nil) == .confirmed)
        #expect(PackageAtAmazon.of(inAmazonsReport: true, accepted: false, refusal: "HTTP 400: no") == .confirmed)
    }

    @Test("an order shows Amazon's status when nothing of ours is missing from it")
    func amazonsOwnStatus() {
        #expect(AmazonStatusShown.of(.unshipped, unitsShipped: 0, unitsShippedAtAmazon: 0, packagesNotAccepted: 0) == .amazon(.unshipped))
        #expect(AmazonStatusShown.of(.partiallyShipped, unitsShipped: 1, unitsShippedAtAmazon: 1, packagesNotAccepted: 0) == .amazon(.partiallyShipped))
        #expect(AmazonStatusShown.of(.shipped, unitsShipped: 3, unitsShippedAtAmazon: 3, packagesNotAccepted: 0) == .amazon(.shipped))
        // Amazon says shipped or cancelled: that stands, whatever our record still waits for.
        #expect(AmazonStatusShown.of(.shipped, unitsShipped: 3, unitsShippedAtAmazon: 0, packagesNotAccepted: 1) == .amazon(.shipped))
        #expect(AmazonStatusShown.of(.cancelled, unitsShipped: 2, unitsShippedAtAmazon: 0, packagesNotAccepted: 1) == .amazon(.cancelled))
        #expect(AmazonStatusShown.of(.pending, unitsShipped: 0, unitsShippedAtAmazon: 0, packagesNotAccepted: 0) == .amazon(.pending))
    }

    @Test("an order the merchant shipped ahead of Amazon's report is confirming while a package waits, confirmed once Amazon accepted all")
    func laggingStatus() {
        // R13, R29: our shipment counts at once; what Amazon has accepted is not "confirming" any more.
        #expect(AmazonStatusShown.of(.unshipped, unitsShipped: 3, unitsShippedAtAmazon: 0, packagesNotAccepted: 1) == .confirming)
        #expect(AmazonStatusShown.of(.unshipped, unitsShipped: 3, unitsShippedAtAmazon: 0, packagesNotAccepted: 0) == .accepted)
        // A second package sent after Amazon reported the first: confirming again until Amazon accepts it.
        #expect(AmazonStatusShown.of(.partiallyShipped, unitsShipped: 3, unitsShippedAtAmazon: 1, packagesNotAccepted: 1) == .confirming)
        #expect(AmazonStatusShown.of(.partiallyShipped, unitsShipped: 3, unitsShippedAtAmazon: 1, packagesNotAccepted: 0) == .accepted)
        // One accepted, one still out: confirming.
        #expect(AmazonStatusShown.of(.unshipped, unitsShipped: 2, unitsShippedAtAmazon: 0, packagesNotAccepted: 1) == .confirming)
    }
}
