import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// An opened order: items, address, blockers, reservations, packages, refunds and history, scrolled with j/k.
    static func drawDetail(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let state = s.detail else { return }
        guard let detail = state.detail else {
            screen.put("Reading order \(state.orderId)…", row: top, column: 0, style: .dim)
            return
        }
        let lines = detailLines(detail, s, refunds: state.refunds)
        let scroll = min(state.scroll, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            screen.put(line.text, row: top + i, column: 0, style: line.style)
        }
    }

    static func detailLines(_ d: OrderDetail, _ s: ConsoleState, refunds: OrderRefunds?) -> [(text: String, style: Style)] {
        let o = d.order
        let market = Marketplace.named(o.marketplaceId)
        var lines: [(text: String, style: Style)] = []
        func add(_ text: String, _ style: Style = .plain) { lines.append((text, style)) }
        func section(_ title: String) { add(""); add(title, .bold) }
        // A link cut short is no link: it goes after its label where it fits, else on lines of its own, whole.
        func link(_ label: String, _ url: String) {
            if DisplayWidth.of(label + url) <= s.size.columns { return add(label + url, .dim) }
            if !label.trimmingCharacters(in: .whitespaces).isEmpty { add(label.trimmingCharacters(in: .whitespaces), .dim) }
            for part in TextFit.wrap(url, s.size.columns) { add(part, .dim) }
        }

        let ours = d.local.map { "ours: \($0.status.rawValue)" } ?? "no local order"
        // Our own shipments count at once; Amazon's status follows once it confirms them.
        let amazon = d.awaitsAmazon ? "Amazon: \(o.status.label), confirming…" : o.status.label
        add("Order \(o.amazonOrderId) · \(amazon) · \(ours) · \(o.fulfillmentChannel.code) · \(market.name)", .bold)
        var when = "Purchased \(Format.date(o.purchaseDate)) (\(Format.ago(o.purchaseDate, s.now)))"
        if let ship = o.latestShipDate {
            when += " · ship by \(Format.date(ship))" + (d.isOpenToShip ? " (\(Format.shipBy(ship, s.now).text))" : "")
        }
        add(when)
        add("Buyer \(o.buyerName ?? "—") · total \(Format.money(o.total))" + (d.local.map { " · payment \($0.paymentStatus.rawValue)" } ?? ""))
        if o.status.isPending {
            // R8, R10: nothing may be derived from a pending order, and it cannot be acted on.
            add("Pending: Amazon has not confirmed the payment; no address, no prices, no actions until it does.", .dueToday)
        }
        if d.importState == .blocked {
            add("Cannot be imported: " + d.blockers.joined(separator: "; "), .late)
        }
        if let request = o.buyerCancelRequest {
            add("\(Sentence.end("The " + request.words)) c cancels it with the reason \(BuyerCancelRequest.cancelReason.rawValue); s asks before shipping it.", .warning)
        }
        if d.importState == .readOnly {
            // R4: read only; the one action left is Seller Central.
            add("Read only: import was off when this order came; act on it in Seller Central:", .dim)
            link("  ", market.sellerCentralURL(orderId: o.amazonOrderId))
        }
        if o.fulfillmentChannel == .amazon { add("Fulfilled by Amazon: Amazon ships it.", Style(color: .cyan)) }  // R14
        if d.importState == .blocked { add("Enter fixes it: map the SKU, restock or enable the product.", .dim) }
        if d.importState != .readOnly {
            link("Seller Central: ", market.sellerCentralURL(orderId: o.amazonOrderId))
        }

        section("Items")
        for item in o.items {
            add("  \(item.quantityOrdered) × \(item.sku)  \(item.title)  \(item.asin ?? "no ASIN")  \(Format.money(item.unitPrice))  shipped \(d.unitsShipped(item))/\(item.quantityOrdered)")
        }
        section("Address")
        if let a = o.shippingAddress {
            if let name = a.name { add("  " + name) }
            for line in a.lines { add("  " + line) }
            add("  " + [a.postalCode, a.city, a.region, a.countryCode].compactMap { $0 }.joined(separator: " "))
            if let phone = a.phone { add("  " + phone, .dim) }
        } else {
            add(o.status.isPending ? "  pending: no address yet" : "  none given", .dim)
        }
        if !d.reservations.isEmpty {
            section("Reserved for this order")  // R9
            for r in d.reservations { add("  \(r.quantity) × \(r.sku)") }
        }
        section("Packages and tracking")
        let skus = Dictionary(o.items.map { ($0.orderItemId, $0.sku) }, uniquingKeysWith: { a, _ in a })
        func units(_ items: [PackageLine]) -> String { items.map { "\($0.quantity)× \(skus[$0.orderItemId] ?? $0.orderItemId)" }.joined(separator: ", ") }
        if d.shipments.isEmpty && d.otherPackages.isEmpty { add("  none yet", .dim) }
        // The merchant's own packages, the moment they are recorded, with Amazon's side of each.
        for p in d.shipments {
            let (amazon, style): (String, Style) = switch p.atAmazon {
            case .confirming: ("Amazon: confirming…", .dim)
            case .confirmed: ("Amazon: confirmed", .plain)
            case .refused(let why): ("Amazon refused it: \(why)", .refusal)
            }
            add("  \(p.carrier) \(p.trackingNumber) · shipped \(Format.date(p.shipDate)) · \(units(p.items)) · \(amazon)", style)
            if let url = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { link("    ", url) }
        }
        for p in d.otherPackages {
            add("  \(p.carrier ?? "carrier?") \(p.trackingNumber ?? "no tracking") · shipped \(p.shipDate.map(Format.date) ?? "—") · \(units(p.items))")
            if let url = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { link("    ", url) }
        }
        section("Refunds")
        lines += refundLines(refunds, width: s.size.columns)
        section("History")
        if d.history.isEmpty { add("  nothing recorded", .dim) }
        // Oldest first, as a history reads (and as `merchant order` prints it).
        for h in d.history { add("  \(Format.date(h.at))  \(h.event)") }
        return lines
    }

    /// The order's refunds: the console's own with their state, then those made on Amazon, apart (R23).
    static func refundLines(_ refunds: OrderRefunds?, width: Int) -> [(text: String, style: Style)] {
        guard let refunds else { return [("  reading…", .dim)] }
        if refunds.own.isEmpty && refunds.onAmazon.isEmpty { return [("  none · r refunds this order", .dim)] }
        var lines: [(text: String, style: Style)] = []
        for e in refunds.own {
            let amount = e.state == .requested ? "\(Format.money(e.suggested)) suggested" : Format.money(e.amount)
            let state = switch e.state {
            case .requested: e.origin == .returnArrived ? "requested: the return arrived" : "requested: the buyer is returning it"
            case .waiting: e.origin == .cancellation ? "with the cancellation" : "waiting for Amazon"
            case .failed: "failed"
            case .done: "done"
            }
            let style: Style = switch e.state {
            case .requested: .warning
            case .failed: .late
            case .done: .good
            case .waiting: .plain
            }
            var text = "  \(Format.date(e.createdAt))  \(TextFit.pad(state, 20)) \(TextFit.right(amount, 13))"
            if let reason = e.reason { text += "  \(reason)" }
            if let package = e.packageReferenceId { text += "  package \(package)" }
            lines.append((text, style))
            if let failure = e.failure {
                lines += TextFit.wrap(failure, max(10, width - 6)).map { ("      " + $0, Style.refusal) }
            }
        }
        if !refunds.onAmazon.isEmpty {
            lines.append(("  Refunded on Amazon (made there directly, not by the console; kept apart):", .bold))
            for e in refunds.onAmazon {
                lines.append(("  \(Format.date(e.postedAt))  \(TextFit.pad("refunded on Amazon", 20)) \(TextFit.right(Format.money(e.amount), 13))", Style(color: .cyan)))
            }
        }
        return lines
    }
}
