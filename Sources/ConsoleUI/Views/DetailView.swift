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
        let lines = detailLines(detail, s)
        let scroll = min(state.scroll, max(0, lines.count - height))
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            screen.put(line.text, row: top + i, column: 0, style: line.style)
        }
    }

    static func detailLines(_ d: OrderDetail, _ s: ConsoleState) -> [(text: String, style: Style)] {
        let o = d.order
        let market = Marketplace.named(o.marketplaceId)
        var lines: [(text: String, style: Style)] = []
        func add(_ text: String, _ style: Style = .plain) { lines.append((text, style)) }
        func section(_ title: String) { add(""); add(title, .bold) }

        let ours = d.local.map { "ours: \($0.status.rawValue)" } ?? "no local order"
        add("Order \(o.amazonOrderId) · \(o.status.label) · \(ours) · \(o.fulfillmentChannel.code) · \(market.name)", .bold)
        var when = "Purchased \(Format.date(o.purchaseDate)) (\(Format.ago(o.purchaseDate, s.now)))"
        if let ship = o.latestShipDate {
            let open = o.status == .unshipped || o.status == .partiallyShipped
            when += " · ship by \(Format.date(ship))" + (open ? " (\(Format.shipBy(ship, s.now).text))" : "")
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
        if d.importState == .readOnly {
            // R4: read only; the one action left is Seller Central.
            add("Read only: import was off when this order came; act on it in Seller Central:", .dim)
            add("  " + market.sellerCentralURL(orderId: o.amazonOrderId), .dim)
        }
        if o.fulfillmentChannel == .amazon { add("Fulfilled by Amazon: Amazon ships it (R14).", Style(color: .cyan)) }

        section("Items")
        for item in o.items {
            add("  \(item.quantityOrdered) × \(item.sku)  \(item.title)  \(item.asin ?? "no ASIN")  \(Format.money(item.unitPrice))  shipped \(item.quantityShipped)/\(item.quantityOrdered)")
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
            section("Reserved for this order (R9)")
            for r in d.reservations { add("  \(r.quantity) × \(r.sku)") }
        }
        section("Packages and tracking")
        if o.packages.isEmpty { add("  none yet", .dim) }
        for p in o.packages {
            let skus = Dictionary(o.items.map { ($0.orderItemId, $0.sku) }, uniquingKeysWith: { a, _ in a })
            let lines = p.items.map { "\($0.quantity)× \(skus[$0.orderItemId] ?? $0.orderItemId)" }.joined(separator: ", ")
            add("  \(p.carrier ?? "carrier?") \(p.trackingNumber ?? "no tracking") · shipped \(p.shipDate.map(Format.date) ?? "—") · \(lines)")
        }
        section("Refunds")
        add("  The console does not make refunds yet; refunds made on Amazon appear in its history.", .dim)
        section("History")
        if d.history.isEmpty { add("  nothing recorded", .dim) }
        for h in d.history.reversed() { add("  \(Format.date(h.at))  \(h.event)") }
        return lines
    }
}
