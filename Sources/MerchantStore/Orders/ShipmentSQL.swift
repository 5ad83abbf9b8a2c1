/// What the store keeps of Amazon's side of the merchant's packages, as SQL the detail and the list share, so that
/// both hand MerchantCore's `PackageAtAmazon` and `AmazonStatusShown` the same facts.
enum ShipmentSQL {
    /// For a shipment `s`: a label Amazon sold for it (Buy Shipping confirms the shipment by itself); a voiding label
    /// is still sold until Amazon has voided it.
    static let labelSold = """
        EXISTS (SELECT 1 FROM label b WHERE b.amazonOrderId = s.amazonOrderId AND b.trackingNumber = s.trackingNumber
                AND b.state IN ('bought', 'saved', 'voiding'))
        """

    /// For a shipment `s`: its confirmation, which Amazon accepted.
    static let confirmationDone = """
        EXISTS (SELECT 1 FROM outbox o WHERE o.idempotencyKey = 'ship:' || s.amazonOrderId || ':' || s.packageReferenceId
                AND o.state = 'done')
        """

    /// For an Amazon order `a`: the merchant's packages that Amazon neither reports nor has accepted.
    static let packagesNotAccepted = """
        (SELECT COUNT(*) FROM shipment s WHERE s.amazonOrderId = a.amazonOrderId
            AND NOT EXISTS (SELECT 1 FROM amazonOrderPackage p WHERE p.amazonOrderId = s.amazonOrderId
                            AND p.packageReferenceId = s.packageReferenceId AND p.trackingNumber = s.trackingNumber)
            AND NOT \(confirmationDone) AND NOT \(labelSold))
        """
}
