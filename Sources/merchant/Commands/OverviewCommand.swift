import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

/// `merchant overview`: the shop at a glance, as text. `merchant` alone prints it when not in a terminal.
struct OverviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "overview", abstract: tr("help.overview.abstract")) }

    func run() throws {
        let context = try Context.open()
        let store = context.store
        let settings = try store.settings()
        let counts = try store.orderCounts()
        let sync = try store.syncState()
        let outbox = try store.outboxCounts(failedSince: OutboxMessage.failuresShownSince(context.now))
        print("merchant · \(settings.sellerId) · \(settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", "))")
        print(tr("commands.overview.data", context.home.url.path))
        print(tr("commands.overview.last-sync", sync.lastSuccessAt.map { RelativeTime.ago($0, now: context.now) + " — " + (sync.lastReportInMerchantsWords ?? "") } ?? tr("commands.overview.never-synced")))
        print(outbox.failed > 0 ? tr("commands.overview.outbox-refused", outbox.open, outbox.failed) : tr("commands.overview.outbox", outbox.open))
        if let blocked = counts.byImportState[.blocked], blocked > 0 {
            print("⚠ " + tr("commands.overview.blocked", blocked))
        }
        let asking = try store.orderCount(filter: .buyerCancelRequest, sort: .newest)
        if asking > 0 { print("⚠ " + tr("commands.overview.cancel-asked", BuyerCancelRequest.howMany(asking), OrderFilterName.cancelRequested.rawValue)) }
        let short = try store.shortReservations()
        if !short.isEmpty {
            // Flagged now, not when the payment turns the reservation into a blocked order (R5, R9).
            print("⚠ " + tr("commands.overview.short", short.count))
            for (id, blockers) in short.sorted(by: { $0.key < $1.key }).prefix(5) {
                print("  \(id): \(blockers.map(\.description).joined(separator: "; "))")
            }
            if short.count > 5 { print("  " + tr("commands.overview.short-more", short.count - 5)) }
        }
        let statusLine = AmazonOrderStatus.allCases.compactMap { s in counts.byStatus[s].map { "\(s.label) \($0)" } }
        print(tr("commands.overview.orders", statusLine.isEmpty ? tr("commands.overview.orders-none") : statusLine.joined(separator: " · ")))
        print("")
        print(OrderTable.render(try store.orders(limit: 15), now: context.now))
    }
}
