import MerchantCore

extension Console {
    /// The first column of an order whose buyer asks to cancel.
    static let cancelRequestMark = "×"
    /// The AMAZON column of such an order, in its twelve columns.
    static var cancelRequestStatus: String { tr("orders.cancel.asked") }

    /// The marks and words of the order list that no key explains: the first column and OURS.
    /// Read when the overlay is drawn, so that it speaks the language of the moment.
    static var legend: [(String, String)] {
        [
            ("!", tr("orders.legend.blocked")),
            ("·", tr("orders.legend.read.only")),
            (cancelRequestMark, tr("orders.legend.cancel.asked", OrderColumns.title(.status), cancelRequestStatus)),
            ("✓", tr("orders.legend.marked")),
            (OrderColumns.title(.local), tr("orders.legend.ours")),
            ("  " + tr("orders.ours.before"), tr("orders.legend.before")),
            ("  " + tr("orders.ours.awaiting"), tr("orders.legend.awaiting")),
            ("  " + tr("orders.ours.reserved"), tr("orders.legend.reserved")),
            ("  " + tr("orders.ours.blocked"), tr("orders.legend.blocked.state")),
            ("  " + tr("orders.ours.read.only"), tr("orders.legend.read.only.state")),
            (OrderColumns.title(.shipBy), tr("orders.legend.ship.by")),
        ]
    }
}

extension Console {
    /// The local order's status in the merchant's words ("processing", "in Bearbeitung"); `--json` keeps the code.
    static func localWord(_ status: LocalOrderStatus) -> String {
        switch status {
        case .processing: tr("orders.local.processing")
        case .shipped: tr("orders.local.shipped")
        case .cancelled: tr("orders.local.cancelled")
        case .refunded: tr("orders.local.refunded")
        case .partiallyRefunded: tr("orders.local.partially.refunded")
        }
    }

    /// Whether Amazon collected the money, in the merchant's words.
    static func paymentWord(_ status: PaymentStatus) -> String {
        switch status {
        case .notYetSubmitted: tr("orders.payment.not.submitted")
        case .paid: tr("orders.payment.paid")
        }
    }
}
