import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "List orders, newest first.")

    @Option(help: "Which orders, in the console's words: \(OrderFilterName.spelledOut).")
    var status: String?
    @Option(help: "Orders whose id, buyer, SKU, ASIN or title match, newest first: the console's / search.")
    var search: String?
    @Option(help: "Sort by newest or by ship-by urgency (open orders).")
    var sort: String = "newest"
    @Option(help: "How many orders to show.")
    var limit: Int = 50
    @Flag(help: "Write JSON for scripts.")
    var json = false

    func run() throws {
        let context = try Context.open()
        let filter: OrderFilter = try status.map { text in
            guard let f = OrderFilter.parse(text) else {
                throw Refusal("\"\(text)\" is not a status: use \(OrderFilterName.spelledOut)")
            }
            return f
        } ?? .all
        guard let order = OrderSort(rawValue: sort) else { throw Refusal("sort by newest or urgency, not \"\(sort)\"") }
        guard (1...10_000).contains(limit) else { throw Refusal("the limit must be 1 to 10000") }
        if search != nil, status != nil || order != .newest {
            throw Refusal("--search finds orders of every status, newest first: leave out --status and --sort")
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
        if blocked > 0 { print("⚠ \(blocked) Amazon order\(blocked == 1 ? "" : "s") cannot be imported: see merchant orders --status blocked\n") }
        let asking = filter == .buyerCancelRequest ? 0 : try context.store.orderCount(filter: .buyerCancelRequest, sort: .newest)
        if asking > 0 {
            print("⚠ \(BuyerCancelRequest.howMany(asking)): see merchant orders --status \(OrderFilterName.cancelRequested.rawValue)\n")
        }
        // "No orders yet" is for a store without orders; a filter or a search that finds none says so.
        if rows.isEmpty {
            let asked = [search.map { "\"\(CLIText.inert($0))\"" }, filter == .all ? nil : "--status \(filter.name?.rawValue ?? "")",
                         order == .urgency ? "--sort urgency (open orders with a ship-by date)" : nil].compactMap { $0 }
            if !asked.isEmpty {
                print("No orders match \(asked.joined(separator: " ")).")
                return
            }
        }
        print(OrderTable.render(rows, now: context.now))
    }
}

struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "order", abstract: "One order: items, address, history, packages.")

    @Argument(help: "The Amazon order id.")
    var id: String
    @Flag(help: "Write JSON for scripts.")
    var json = false

    func run() throws {
        let context = try Context.open()
        let detail = try context.store.orderDetail(id)
        if json { try printJSON(OrderJSON(detail: detail)) } else { print(OrderDetailText.render(detail, now: context.now)) }
    }
}
