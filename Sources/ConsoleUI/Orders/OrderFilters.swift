import MerchantCore
import MerchantStore

/// The status filters `f` steps through, in the order a merchant works.
enum OrderFilters {
    static let cycle: [OrderFilter] = [
        .all, .status(.unshipped), .awaitingPayment, .buyerCancelRequest, .importState(.blocked), .status(.partiallyShipped),
        .status(.shipped), .status(.cancelled), .importState(.readOnly),
    ]

    static func next(after filter: OrderFilter) -> OrderFilter {
        let i = cycle.firstIndex(of: filter) ?? 0
        return cycle[(i + 1) % cycle.count]
    }

    /// `F`: the filter before, from the first round to the last.
    static func previous(before filter: OrderFilter) -> OrderFilter {
        let i = cycle.firstIndex(of: filter) ?? 0
        return cycle[(i + cycle.count - 1) % cycle.count]
    }

    /// The filter's name: the word `merchant orders --status` takes for the same list (`OrderFilterName`).
    static func label(_ filter: OrderFilter) -> String {
        if let name = filter.name { return name.rawValue }
        switch filter {
        case .status(let s): return s.label
        case .importState(let s): return s.rawValue
        case .all, .awaitingPayment, .buyerCancelRequest: return "all"
        }
    }
}
