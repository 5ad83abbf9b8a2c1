import AmazonSimulator

/// `merchant sim order ID` for a person: what simulated Amazon holds for the order, in lines
/// (`--json` gives scripts the same view whole).
enum SimOrderText {
    static func render(_ v: SimulatedOrderView) -> String {
        var lines = ["\(v.orderId) at simulated Amazon: \(v.status), fulfilled by \(v.fulfilledBy == "AMAZON" ? "Amazon" : "the merchant"), marketplace \(v.marketplaceId)"]
        lines.append("Placed \(v.createdTime), last changed \(v.lastUpdatedTime)")
        lines.append("Total \(v.grandTotal), still refundable \(v.refundable)")
        if let reason = v.cancelReason { lines.append("Cancelled: \(reason)") }
        lines += ["", "Items"]
        for item in v.items {
            lines.append("  \(item.sku)  ordered \(item.quantityOrdered), shipped \(item.quantityShipped), \(item.unitPrice) each  (item \(item.orderItemId))")
        }
        lines += ["", "Packages"]
        if v.packages.isEmpty { lines.append("  none") }
        for p in v.packages {
            let items = p.items.sorted { $0.key < $1.key }.map { "\($0.value) × item \($0.key)" }.joined(separator: ", ")
            lines.append("  \(p.packageReferenceId)  \(p.carrier) \(p.trackingNumber)  shipped \(p.shipTime)  \(items)")
        }
        lines += ["", "Refunds"]
        if v.refunds.isEmpty { lines.append("  none") }
        for r in v.refunds {
            lines.append("  \(r.amount)  \(r.source == "sellerCentral" ? "in Seller Central" : "by the merchant's feed")  \(r.reason)  \(r.time)")
        }
        let acks = v.acknowledgementStatuses.isEmpty ? "none" : v.acknowledgementStatuses.joined(separator: ", ")
        lines += ["", "Acknowledgements: \(acks)"]
        if !v.idempotencyKeyArrivals.isEmpty {
            lines.append("Idempotency keys (times each arrived):")
            for (key, n) in v.idempotencyKeyArrivals.sorted(by: { $0.key < $1.key }) { lines.append("  \(key) ×\(n)") }
        }
        lines += ["", "History"]
        for h in v.history { lines.append("  \(h.time)  \(h.kind)  \(h.detail)") }
        return lines.map(CLIText.inert).joined(separator: "\n")
    }
}
