import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// An opened order: items, address, blockers, reservations, packages, refunds and history, scrolled with j/k.
    static func drawDetail(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let state = s.detail else { return }
        guard let detail = state.detail else {
            screen.put(tr("orders.detail.reading", state.orderId), row: top, column: 0, style: .dim)
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

        let ours = d.local.map { tr("orders.detail.ours", localWord($0.status)) } ?? tr("orders.detail.no.local")
        // Our own shipments count at once; Amazon's status follows once it confirms them.
        let amazon = switch d.amazonStatusShown {
        case .amazon(let status): status.label
        case .confirming: tr("orders.detail.amazon.confirming", o.status.label)
        case .accepted: tr("orders.detail.amazon.accepted")
        }
        add(tr("orders.detail.title", o.amazonOrderId, amazon, ours, o.fulfillmentChannel.code, market.name), .bold)
        var when = tr("orders.detail.purchased", Format.date(o.purchaseDate), Format.ago(o.purchaseDate, s.now))
        if let ship = o.latestShipDate {
            when += " · " + tr("orders.detail.ship.by", Format.date(ship)) + (d.isOpenToShip ? " (\(Format.shipBy(ship, s.now).text))" : "")
        }
        add(when)
        if let deliverBy = o.latestDeliveryDate {
            // Amazon's promise to the buyer: what a label for this order must meet (`OnTimeRate`).
            add(o.earliestDeliveryDate.map { tr("orders.detail.deliver.window", Format.date(deliverBy), Format.date($0)) }
                ?? tr("orders.detail.deliver.by", Format.date(deliverBy)))
        }
        add(tr("orders.detail.buyer", o.buyerName ?? "—", Format.money(o.total))
            + (d.local.map { " · " + tr("orders.detail.payment", paymentWord($0.paymentStatus)) } ?? ""))
        if o.status.isPending {
            // R8, R10: nothing may be derived from a pending order, and it cannot be acted on.
            add(tr("orders.detail.pending"), .dueToday)
        }
        if d.importState == .blocked {
            add(tr("orders.detail.blocked", d.blockers.map(Blocker.inMerchantsWords).joined(separator: "; ")), .late)
        }
        if let request = o.buyerCancelRequest {
            add(tr("orders.detail.cancel.asked", Sentence.end(request.words), BuyerCancelRequest.cancelReason.rawValue), .warning)
        }
        if d.importState == .readOnly {
            // R4: read only; the one action left is Seller Central.
            add(tr("orders.detail.read.only"), .dim)
            link("  ", market.sellerCentralURL(orderId: o.amazonOrderId))
        }
        if o.fulfillmentChannel == .amazon { add(tr("orders.detail.afn"), Style(color: .cyan)) }  // R14
        if d.importState == .blocked { add(tr("orders.detail.fix"), .dim) }
        if d.importState != .readOnly {
            link("Seller Central: ", market.sellerCentralURL(orderId: o.amazonOrderId))
        }

        section(tr("orders.detail.items"))
        for item in o.items {
            add("  \(item.quantityOrdered) × \(item.sku)  \(item.title)  \(item.asin ?? tr("orders.detail.no.asin"))  \(Format.money(item.unitPrice))  "
                + tr("orders.detail.item.shipped", d.unitsShipped(item), item.quantityOrdered))
        }
        section(tr("orders.detail.address"))
        if let a = o.shippingAddress {
            if let name = a.name { add("  " + name) }
            for line in a.lines { add("  " + line) }
            add("  " + [a.postalCode, a.city, a.region, a.countryCode].compactMap { $0 }.joined(separator: " "))
            if let phone = a.phone { add("  " + phone, .dim) }
        } else {
            add("  " + (o.status.isPending ? tr("orders.detail.address.pending") : tr("orders.detail.address.none")), .dim)
        }
        if !d.reservations.isEmpty {
            section(tr("orders.detail.reserved"))  // R9
            for r in d.reservations { add("  \(r.quantity) × \(r.sku)") }
        }
        section(tr("orders.detail.packages"))
        let skus = Dictionary(o.items.map { ($0.orderItemId, $0.sku) }, uniquingKeysWith: { a, _ in a })
        func units(_ items: [PackageLine]) -> String { items.map { "\($0.quantity)× \(skus[$0.orderItemId] ?? $0.orderItemId)" }.joined(separator: ", ") }
        if d.shipments.isEmpty && d.otherPackages.isEmpty { add("  " + tr("orders.detail.packages.none"), .dim) }
        // The merchant's own packages, the moment they are recorded, with Amazon's side of each.
        for p in d.shipments {
            let (amazon, style): (String, Style) = switch p.atAmazon {
            case .confirming: (tr("orders.detail.package.confirming"), .dim)
            case .accepted: (tr("orders.detail.package.accepted"), .plain)
            case .confirmed: (tr("orders.detail.package.confirmed"), .plain)
            case .refused(let why): (tr("orders.detail.package.refused", why), .refusal)
            }
            add("  \(p.carrier) \(p.trackingNumber) · " + tr("orders.detail.package.shipped", Format.date(p.shipDate)) + " · \(units(p.items)) · \(amazon)", style)
            if let url = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { link("    ", url) }
        }
        for p in d.otherPackages {
            add("  \(p.carrier ?? tr("orders.detail.package.no.carrier")) \(p.trackingNumber ?? tr("orders.detail.package.no.tracking")) · "
                + tr("orders.detail.package.shipped", p.shipDate.map(Format.date) ?? "—") + " · \(units(p.items))")
            if let url = CarrierTrackingLink.url(carrier: p.carrier, trackingNumber: p.trackingNumber) { link("    ", url) }
        }
        section(Pane.refunds.title)
        lines += refundLines(refunds, width: s.size.columns)
        section(tr("orders.detail.history"))
        if d.history.isEmpty { add("  " + tr("orders.detail.history.none"), .dim) }
        // Oldest first, as a history reads (and as `merchant order` prints it).
        for h in d.history { add("  \(Format.date(h.at))  \(h.inMerchantsWords)") }
        return lines
    }

    /// The order's refunds: the console's own with their state, then those made on Amazon, apart (R23).
    static func refundLines(_ refunds: OrderRefunds?, width: Int) -> [(text: String, style: Style)] {
        guard let refunds else { return [("  " + tr("orders.detail.refunds.reading"), .dim)] }
        if refunds.own.isEmpty && refunds.onAmazon.isEmpty { return [("  " + tr("orders.detail.refunds.none"), .dim)] }
        var lines: [(text: String, style: Style)] = []
        for e in refunds.own {
            let amount = e.state == .requested ? tr("orders.detail.refund.suggested", Format.money(e.suggested)) : Format.money(e.amount)
            let state = switch e.state {
            case .requested: e.origin == .returnArrived ? tr("orders.detail.refund.arrived") : tr("orders.detail.refund.returning")
            case .waiting: e.origin == .cancellation ? tr("orders.detail.refund.cancellation") : tr("orders.detail.refund.waiting")
            case .failed: tr("orders.detail.refund.failed")
            case .done: tr("orders.detail.refund.done")
            }
            let style: Style = switch e.state {
            case .requested: .warning
            case .failed: .late
            case .done: .good
            case .waiting: .plain
            }
            var text = "  \(Format.date(e.createdAt))  \(TextFit.pad(state, 20)) \(TextFit.right(amount, 13))"
            if let reason = e.reason { text += "  \(reason)" }
            if let package = e.packageReferenceId { text += "  " + tr("orders.detail.refund.package", package) }
            lines.append((text, style))
            if let failure = e.failureInMerchantsWords {
                lines += TextFit.wrap(failure, max(10, width - 6)).map { ("      " + $0, Style.refusal) }
            }
        }
        if !refunds.onAmazon.isEmpty {
            lines.append(("  " + tr("orders.detail.refunds.on.amazon"), .bold))
            for e in refunds.onAmazon {
                lines.append(("  \(Format.date(e.postedAt))  \(TextFit.pad(tr("orders.detail.refund.on.amazon"), 20)) \(TextFit.right(Format.money(e.amount), 13))", Style(color: .cyan)))
            }
        }
        return lines
    }
}
