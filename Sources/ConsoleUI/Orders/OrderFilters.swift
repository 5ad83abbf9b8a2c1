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

    /// The filter's name as the console's language writes it. English keeps the word `merchant orders --status`
    /// takes for the same list (`OrderFilterName`); German and Thai screens say it in their own words, while the
    /// command line keeps the typed names in every language (docs/GLOSSARY.md).
    static func label(_ filter: OrderFilter) -> String {
        if let name = filter.name { return words(name) }
        switch filter {
        case .status(let s): return s.label
        case .importState(let s): return s.rawValue
        case .all, .awaitingPayment, .buyerCancelRequest: return words(.all)
        }
    }

    static func words(_ name: OrderFilterName) -> String {
        switch name {
        case .all: tr("orders.filter.all")
        case .unshipped: tr("orders.filter.unshipped")
        case .pending: tr("orders.filter.pending")
        case .cancelRequested: tr("orders.filter.cancel-requested")
        case .blocked: tr("orders.filter.blocked")
        case .partShipped: tr("orders.filter.part-shipped")
        case .shipped: tr("orders.filter.shipped")
        case .cancelled: tr("orders.filter.cancelled")
        case .readOnly: tr("orders.filter.read-only")
        case .beforeConnection: tr("orders.filter.before-connection")
        case .preOrder: tr("orders.filter.pre-order")
        case .unfulfillable: tr("orders.filter.unfulfillable")
        case .imported: tr("orders.filter.imported")
        case .reserved: tr("orders.filter.reserved")
        }
    }
}
