import Foundation
import MerchantCore
import MerchantStore

/// One order as text: header, items, address, packages, reservations, history.
enum OrderDetailText {
    static func render(_ d: OrderDetail, now: Date) -> String {
        let o = d.order
        let market = Marketplace.named(o.marketplaceId)
        // The labels' column is as wide as the widest label of the language, and two spaces.
        let label = Labels([tr("commands.order.amazon-status"), tr("commands.order.local"), tr("commands.order.blocked"),
                            tr("commands.order.cancel-asked"), tr("commands.order.purchased"), tr("commands.order.ship-by"),
                            tr("commands.order.buyer"), tr("commands.order.total"), tr("commands.order.ship-to"), tr("commands.order.deliver-by")])
        var out: [String] = []
        out.append("\(o.amazonOrderId)  Amazon · \(market.name) · \(o.fulfillmentChannel.code)")
        // Our own shipments count at once; Amazon's status follows once it has confirmed them.
        let lag: String = switch d.amazonStatusShown {
        case .amazon: ""
        case .confirming: " " + tr("commands.order.confirming")
        case .accepted: " " + tr("commands.order.accepted")
        }
        out.append(label[0] + o.status.amazonName + lag)
        if let local = d.local {
            out.append(label[1] + tr("commands.order.local-order", local.id, local.status.label, local.paymentStatus.label))
        } else {
            out.append(label[1] + tr("commands.order.local-none", d.importState.label))
        }
        if d.importState == .readOnly { out.append(label.indent + tr("commands.order.read-only")) }
        for blocker in d.blockers { out.append(label[2] + Blocker.inMerchantsWords(blocker)) }
        if let request = o.buyerCancelRequest {
            out.append(label[3] + request.words)
            out.append(label.indent + tr("commands.order.cancel-asked-how", BuyerCancelRequest.cancelReason.rawValue))
        }
        out.append(label[4] + "\(format(o.purchaseDate)) (\(RelativeTime.ago(o.purchaseDate, now: now)))")
        if let ship = o.latestShipDate {
            // A deadline matters while something is left to ship by our own record (R15).
            out.append(label[5] + format(ship) + (d.isOpenToShip ? " (\(RelativeTime.deadline(ship, now: now)))" : ""))
        }
        if let deliverBy = o.latestDeliveryDate {
            // Amazon's promise to the buyer, which a label for the order must meet.
            out.append(label[9] + format(deliverBy) + (o.earliestDeliveryDate.map { " (\(tr("commands.order.deliver-from", format($0))))" } ?? ""))
        }
        out.append(label[6] + CLIText.inert(o.buyerName ?? (o.status.isPending ? tr("commands.order.buyer-pending") : "—")))
        out.append(label[7] + (o.total.map { LanguageFormat.money($0, .current) } ?? (o.status.isPending ? tr("commands.order.total-pending") : "—")))
        if let a = o.shippingAddress {
            let lines = [a.name].compactMap { $0 } + a.lines + [[a.postalCode, a.city].compactMap { $0 }.joined(separator: " "), a.region, a.countryCode].compactMap { $0 }
            out.append(label[8] + lines.filter { !$0.isEmpty }.map(CLIText.inert).joined(separator: ", "))
        } else if o.status.isPending {
            out.append(label[8] + tr("commands.order.ship-to-pending"))
        }
        out.append("")
        out.append(tr("commands.order.items"))
        for item in o.items {
            let price = item.unitPrice.map { " " + tr("commands.order.item-price", $0) } ?? ""
            out.append("  \(item.quantityOrdered) × \(CLIText.inert(item.sku))  \(CLIText.inert(item.title))\(price)  (\(tr("commands.order.item-shipped", d.unitsShipped(item))))")
        }
        if !d.shipments.isEmpty || !d.otherPackages.isEmpty {
            out.append(tr("commands.order.packages"))
            for p in d.shipments {
                let amazon = switch p.atAmazon {
                case .confirming: tr("commands.order.package-confirming")
                case .accepted: tr("commands.order.package-accepted")
                case .confirmed: tr("commands.order.package-confirmed")
                case .refused(let why): tr("commands.order.package-refused", why)
                }
                out.append("  \(p.packageReferenceId): \(p.carrier) \(p.trackingNumber) \(tr("commands.order.package-shipped", format(p.shipDate))) · \(amazon)")
                if let link = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { out.append("     \(tr("commands.order.track", link))") }
            }
            for p in d.otherPackages {
                out.append("  \(p.packageReferenceId): \(p.carrier ?? "?") \(p.trackingNumber ?? "")\(p.shipDate.map { " " + tr("commands.order.package-shipped", format($0)) } ?? "")")
                if let link = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { out.append("     \(tr("commands.order.track", link))") }
            }
        }
        if !d.reservations.isEmpty {
            out.append(tr("commands.order.reserved"))
            for r in d.reservations { out.append("  \(r.quantity) × \(r.sku)") }
        }
        out.append(tr("commands.order.history"))
        for h in d.history { out.append("  \(format(h.at))  \(h.inMerchantsWords)") }
        out.append("")
        out.append("Seller Central: \(market.sellerCentralURL(orderId: o.amazonOrderId))")
        // Blockers, reservations, history and packages carry Amazon's SKUs and carrier names too:
        // every line is made inert, whatever it holds (escapes are ASCII, so twice is once).
        return out.map(CLIText.inert).joined(separator: "\n")
    }

    /// A moment in UTC, the language's way: "2026-12-02 09:30 UTC", "02.12.2026 09:30 UTC".
    static func format(_ date: Date) -> String {
        LanguageFormat.moment(date, .current, timeZone: TimeZone(identifier: "UTC")!) + " UTC"
    }
}
