import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct OrdersCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "orders", abstract: tr("help.orders.abstract")) }

    @Option(help: ArgumentHelp(tr("help.orders.status", OrderFilterName.spelledOut)))
    var status: String?
    @Option(help: ArgumentHelp(tr("help.orders.search")))
    var search: String?
    @Option(help: ArgumentHelp(tr("help.orders.sort")))
    var sort: String = "newest"
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.orders.limit")))
    var limit: Int = 50
    @Flag(help: ArgumentHelp(tr("help.json")))
    var json = false

    func run() throws {
        let context = try Context.open()
        let filter: OrderFilter = try status.map { text in
            guard let f = OrderFilter.parse(text) else {
                throw Refusal(tr("commands.orders.not-a-status", text, OrderFilterName.spelledOut))
            }
            return f
        } ?? .all
        guard let order = OrderSort(rawValue: sort) else { throw Refusal(tr("commands.orders.not-a-sort", sort)) }
        try ListLimit.check(limit)
        if search != nil, status != nil || order != .newest {
            throw Refusal(tr("commands.orders.search-alone"))
        }
        let rows: [OrderSummary]
        if let search {
            rows = try context.store.search(search, limit: limit)
        } else {
            rows = try context.store.orders(filter: filter, sort: order, limit: limit)
        }
        if json {
            let items = try context.store.orderItems(for: rows.map(\.amazonOrderId))
            try printJSON(rows.map { OrderJSON(summary: $0, items: items[$0.amazonOrderId] ?? []) })
            return
        }
        let blocked = try context.store.orderCounts().byImportState[.blocked] ?? 0
        if blocked > 0 { print("⚠ " + tr("commands.orders.blocked-count", blocked) + "\n") }
        let asking = filter == .buyerCancelRequest ? 0 : try context.store.orderCount(filter: .buyerCancelRequest, sort: .newest)
        if asking > 0 {
            print("⚠ " + tr("commands.orders.cancel-asked", BuyerCancelRequest.howMany(asking), OrderFilterName.cancelRequested.rawValue) + "\n")
        }
        // "No orders yet" is for a store without orders; a filter or a search that finds none says so.
        if rows.isEmpty {
            let asked = [search.map { "\"\(CLIText.inert($0))\"" }, filter == .all ? nil : "--status \(filter.name?.rawValue ?? "")",
                         order == .urgency ? tr("commands.orders.sort-urgency") : nil].compactMap { $0 }
            if !asked.isEmpty {
                print(tr("commands.orders.no-match", asked.joined(separator: " ")))
                return
            }
        }
        print(OrderTable.render(rows, now: context.now))
    }
}

struct OrderCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "order", abstract: tr("help.order.abstract")) }

    @Argument(help: ArgumentHelp(tr("help.order-id")))
    var id: String
    @Flag(help: ArgumentHelp(tr("help.json")))
    var json = false

    func run() throws {
        let context = try Context.open()
        let detail = try context.store.orderDetail(id)
        if json { try printJSON(OrderJSON(detail: detail)) } else { print(OrderDetailText.render(detail, now: context.now)) }
    }
}
