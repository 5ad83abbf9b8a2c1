/// Where things go on screen; `update` needs it too, to know how many rows a window holds.
enum Layout {
    /// Tab bar, then the banner when orders cannot be imported (R5) or reservations are short of stock.
    static func bodyTop(_ s: ConsoleState) -> Int { s.overview.blocked > 0 || !s.overview.shortReservations.isEmpty ? 2 : 1 }

    /// Rows between the top and the three bottom lines (status, message, footer).
    static func bodyHeight(_ s: ConsoleState) -> Int { max(0, s.size.rows - bodyTop(s) - 3) }
}
