extension Console {
    /// The first column of an order whose buyer asks to cancel.
    static let cancelRequestMark = "×"
    /// The AMAZON column of such an order, in its twelve columns.
    static let cancelRequestStatus = "cancel asked"

    /// The marks and words of the order list that no key explains: the first column and OURS.
    static let legend: [(String, String)] = [
        ("!", "blocked: it cannot become a local order (unknown SKU, product off, or short of stock); Enter says why"),
        ("·", "read only: import was off when it came, or it came before the connection"),
        (cancelRequestMark, "the buyer asks to cancel (AMAZON says \(cancelRequestStatus)): s warns first, c cancels with BuyerCanceled"),
        ("✓", "marked with Space: s ships every marked order"),
        ("OURS", "your local order's status, or why there is none:"),
        ("  before", "bought before the channel was connected: never imported"),
        ("  awaiting", "Amazon has not confirmed the payment yet"),
        ("  reserved", "pending: its units are reserved, not taken"),
        ("  blocked", "cannot be imported (see !)"),
        ("  read only", "import was off when it came: act in Seller Central"),
        ("SHIP BY", "LATE in red: past Amazon's ship-by date; yellow: due within a day"),
    ]
}
