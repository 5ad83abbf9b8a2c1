/// How generated orders look: how often they come, how many lines and units they hold, and whether
/// the merchant ships them (outside what the simulator is told) as a shop that has run for a while does.
///
///     try amazon.advance(minutes: 525_600, seed: 1, mix: .established(ordersPerHour: 114))   // a year, ~1M orders
///
/// `.demo` is what `advance` has always drawn (about 1.9 units an order, MFN orders wait for the merchant);
/// `.established` draws about 2.5 units an order and ships merchant-fulfilled orders 2 to 30 hours
/// after payment, so after a year nearly every order is shipped or cancelled, as in a real shop.
public struct OrderMix: Sendable, Equatable {
    /// The mean arrival rate (Poisson).
    public var ordersPerHour: Double
    /// Cumulative chances of an order holding 1, 2, 3, … lines; the last entry is 1.
    public var lines: [Double]
    /// Cumulative chances of a line ordering 1, 2, 3, … units; the last entry is 1.
    public var quantities: [Double]
    /// When set, a paid merchant-fulfilled order is shipped this many hours after payment.
    public var merchantShipsAfterHours: ClosedRange<Int>?
    /// The chance that the buyer of a merchant-fulfilled order asks to cancel it before it ships.
    public var buyerCancelRequests: Double

    public init(ordersPerHour: Double, lines: [Double], quantities: [Double], merchantShipsAfterHours: ClosedRange<Int>?,
                buyerCancelRequests: Double = 0.03) {
        self.ordersPerHour = ordersPerHour
        self.lines = lines
        self.quantities = quantities
        self.merchantShipsAfterHours = merchantShipsAfterHours
        self.buyerCancelRequests = buyerCancelRequests
    }

    /// The demo account: 30 orders an hour, 1–3 lines, the merchant ships through the console.
    public static let demo = OrderMix(ordersPerHour: 30, lines: [0.55, 0.85, 1], quantities: [0.85, 0.95, 1], merchantShipsAfterHours: nil)

    /// A shop a year in: about 2.5 units an order (1–4 lines), shipped within a working day or so.
    public static func established(ordersPerHour: Double) -> OrderMix {
        OrderMix(ordersPerHour: ordersPerHour, lines: [0.38, 0.68, 0.88, 1], quantities: [0.78, 0.94, 1], merchantShipsAfterHours: 2...30)
    }

    /// 1 + the index of the first cumulative chance above `roll`.
    static func draw(_ cumulative: [Double], _ roll: Double) -> Int {
        (cumulative.firstIndex { roll < $0 } ?? cumulative.count - 1) + 1
    }
}
