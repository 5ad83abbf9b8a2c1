import Foundation
import MerchantCore
import MerchantStore

/// One order as text: header, items, address, packages, reservations, history.
enum OrderDetailText {
    static func render(_ d: OrderDetail, now: Date) -> String {
        let o = d.order
        let market = Marketplace.named(o.marketplaceId)
        var out: [String] = []
        out.append("\(o.amazonOrderId)  Amazon · \(market.name) · \(o.fulfillmentChannel.code)")
        // Our own shipments count at once; Amazon's status follows once it has confirmed them.
        out.append("Amazon status:  \(o.status.rawValue)\(d.awaitsAmazon ? " (Amazon: confirming… our shipment is recorded)" : "")")
        if let local = d.local {
            out.append("Local order:    #\(local.id) \(local.status.rawValue), payment \(local.paymentStatus.rawValue)")
        } else {
            out.append("Local order:    none (\(d.importState.label))")
        }
        if d.importState == .readOnly { out.append("                read only: import is off; open it in Seller Central") }
        for blocker in d.blockers { out.append("Blocked:        \(blocker)") }
        if let request = o.buyerCancelRequest {
            out.append("Cancel asked:   \(request.words)")
            out.append("                merchant cancel sends \(BuyerCancelRequest.cancelReason.rawValue); merchant ship refuses it without --anyway")
        }
        out.append("Purchased:      \(format(o.purchaseDate)) (\(RelativeTime.ago(o.purchaseDate, now: now)))")
        if let ship = o.latestShipDate {
            // A deadline matters while something is left to ship by our own record (R15).
            out.append("Ship by:        \(format(ship))\(d.isOpenToShip ? " (\(RelativeTime.deadline(ship, now: now)))" : "")")
        }
        out.append("Buyer:          \(CLIText.inert(o.buyerName ?? (o.status.isPending ? "pending: not yet known" : "—")))")
        out.append("Total:          \(o.total?.description ?? (o.status.isPending ? "pending: no prices yet" : "—"))")
        if let a = o.shippingAddress {
            let lines = [a.name].compactMap { $0 } + a.lines + [[a.postalCode, a.city].compactMap { $0 }.joined(separator: " "), a.region, a.countryCode].compactMap { $0 }
            out.append("Ship to:        " + lines.filter { !$0.isEmpty }.map(CLIText.inert).joined(separator: ", "))
        } else if o.status.isPending {
            out.append("Ship to:        pending: no address yet")
        }
        out.append("")
        out.append("Items:")
        for item in o.items {
            let price = item.unitPrice.map { " à \($0.description)" } ?? ""
            out.append("  \(item.quantityOrdered) × \(CLIText.inert(item.sku))  \(CLIText.inert(item.title))\(price)  (shipped \(d.unitsShipped(item)))")
        }
        if !d.shipments.isEmpty || !d.otherPackages.isEmpty {
            out.append("Packages:")
            for p in d.shipments {
                let amazon = switch p.atAmazon {
                case .confirming: "Amazon: confirming…"
                case .confirmed: "Amazon: confirmed"
                case .refused(let why): "Amazon refused it: \(why)"
                }
                out.append("  \(p.packageReferenceId): \(p.carrier) \(p.trackingNumber) shipped \(format(p.shipDate)) · \(amazon)")
                if let link = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { out.append("     track: \(link)") }
            }
            for p in d.otherPackages {
                out.append("  \(p.packageReferenceId): \(p.carrier ?? "?") \(p.trackingNumber ?? "")\(p.shipDate.map { " shipped " + format($0) } ?? "")")
                if let link = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { out.append("     track: \(link)") }
            }
        }
        if !d.reservations.isEmpty {
            out.append("Reserved:")
            for r in d.reservations { out.append("  \(r.quantity) × \(r.sku)") }
        }
        out.append("History:")
        for h in d.history { out.append("  \(format(h.at))  \(h.event)") }
        out.append("")
        out.append("Seller Central: \(market.sellerCentralURL(orderId: o.amazonOrderId))")
        // Blockers, reservations, history and packages carry Amazon's SKUs and carrier names too:
        // every line is made inert, whatever it holds (escapes are ASCII, so twice is once).
        return out.map(CLIText.inert).joined(separator: "\n")
    }

    static func format(_ date: Date) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date) + " UTC"
    }
}
