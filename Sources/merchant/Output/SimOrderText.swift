import AmazonSimulator
import MerchantCore

/// `merchant sim order ID` for a person: what simulated Amazon holds for the order, in lines
/// (`--json` gives scripts the same view whole).
enum SimOrderText {
    static func render(_ v: SimulatedOrderView) -> String {
        let by = v.fulfilledBy == "AMAZON" ? "Amazon" : tr("commands.sim-order.the-merchant")
        var lines = [tr("commands.sim-order.head", v.orderId, v.status, by, v.marketplaceId)]
        lines.append(tr("commands.sim-order.placed", v.createdTime, v.lastUpdatedTime))
        lines.append(tr("commands.sim-order.total", v.grandTotal, v.refundable))
        if let reason = v.cancelReason { lines.append(tr("commands.sim-order.cancelled", reason)) }
        lines += ["", tr("commands.sim-order.items")]
        for item in v.items {
            lines.append("  \(item.sku)  " + tr("commands.sim-order.item", item.quantityOrdered, item.quantityShipped, item.unitPrice, item.orderItemId))
        }
        let none = "  " + tr("commands.sim-order.none")
        lines += ["", tr("commands.sim-order.packages")]
        if v.packages.isEmpty { lines.append(none) }
        for p in v.packages {
            let items = p.items.sorted { $0.key < $1.key }.map { tr("commands.sim-order.package-item", $0.value, $0.key) }.joined(separator: ", ")
            lines.append("  \(p.packageReferenceId)  \(p.carrier) \(p.trackingNumber)  \(tr("commands.sim-order.shipped", p.shipTime))  \(items)")
        }
        lines += ["", tr("commands.sim-order.refunds")]
        if v.refunds.isEmpty { lines.append(none) }
        for r in v.refunds {
            let source = r.source == "sellerCentral" ? tr("commands.sim-order.in-seller-central") : tr("commands.sim-order.by-feed")
            lines.append("  \(r.amount)  \(source)  \(r.reason)  \(r.time)")
        }
        let acks = v.acknowledgementStatuses.isEmpty ? tr("commands.sim-order.none") : v.acknowledgementStatuses.joined(separator: ", ")
        lines += ["", tr("commands.sim-order.acknowledgements", acks)]
        if !v.idempotencyKeyArrivals.isEmpty {
            lines.append(tr("commands.sim-order.idempotency-keys"))
            for (key, n) in v.idempotencyKeyArrivals.sorted(by: { $0.key < $1.key }) { lines.append("  \(key) ×\(n)") }
        }
        lines += ["", tr("commands.sim-order.history")]
        for h in v.history { lines.append("  \(h.time)  \(h.kind)  \(h.detail)") }
        return lines.map(CLIText.inert).joined(separator: "\n")
    }
}
