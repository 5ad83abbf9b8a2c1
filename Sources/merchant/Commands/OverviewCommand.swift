import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

/// `merchant overview`: the shop at a glance, as text. `merchant` alone prints it when not in a terminal.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "overview", abstract: "The shop at a glance (what `merchant` alone prints when not in a terminal).")

    func run() throws {
        let context = try Context.open()
        let store = context.store
        let settings = try store.settings()
        let counts = try store.orderCounts()
        let sync = try store.syncState()
        let outbox = try store.outboxCounts()
        print("merchant · \(settings.sellerId) · \(settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", "))")
        print("Data: \(context.home.url.path)")
        print("Last sync: \(sync.lastSuccessAt.map { RelativeTime.ago($0, now: context.now) + " — " + (sync.lastReport ?? "") } ?? "never (run `merchant sync`)")")
        print("Outbox: \(outbox.open) waiting for Amazon\(outbox.failed > 0 ? ", \(outbox.failed) refused" : "")")
        if let blocked = counts.byImportState[.blocked], blocked > 0 {
            print("⚠ \(blocked) Amazon order\(blocked == 1 ? "" : "s") cannot be imported: see `merchant orders --status blocked`")
        }
        let asking = try store.orderCount(filter: .buyerCancelRequest, sort: .newest)
        if asking > 0 { print("⚠ \(BuyerCancelRequest.howMany(asking)): see `merchant orders --status \(OrderFilterName.cancelRequested.rawValue)`") }
        let short = try store.shortReservations()
        if !short.isEmpty {
            // Flagged now, not when the payment turns the reservation into a blocked order (R5, R9).
            print("⚠ \(short.count) pending order\(short.count == 1 ? " reserves" : "s reserve") stock that is not there; paid now, \(short.count == 1 ? "it" : "each") would be blocked:")
            for (id, blockers) in short.sorted(by: { $0.key < $1.key }).prefix(5) {
                print("  \(id): \(blockers.map(\.description).joined(separator: "; "))")
            }
            if short.count > 5 { print("  … and \(short.count - 5) more: see the console's Pending pane") }
        }
        let statusLine = AmazonOrderStatus.allCases.compactMap { s in counts.byStatus[s].map { "\(s.label) \($0)" } }
        print("Orders: " + (statusLine.isEmpty ? "none yet" : statusLine.joined(separator: " · ")))
        print("")
        print(OrderTable.render(try store.orders(limit: 15), now: context.now))
    }
}
