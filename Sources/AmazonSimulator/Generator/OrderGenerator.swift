import Foundation
import MerchantCore

/// Makes realistic orders from the listings: lines, quantities, marketplace, fulfillment channel,
/// and the plan of what Amazon will do to each (payment, fraud cancel, AFN shipment, buyer cancel).
struct OrderGenerator {
    var listings: [SimulatedListing]
    var marketplaces: [Marketplace]
    var mix: OrderMix = .demo

    /// A random new order placed at `at`, and its planned future.
    func randomOrder(_ rng: inout SplitMix64, at: Int64) -> (SimOrder, [PlannedEvent]) {
        let afn = rng.chance(0.10) && !listings.isEmpty
        let marketplace = pickMarketplace(&rng)
        let lineCount = OrderMix.draw(mix.lines, rng.unit())
        var chosen: [SimulatedListing] = []
        let fba = listings.filter(\.fba)
        for _ in 0..<lineCount {
            // AFN orders mostly name FBA listings; every listing (also SKUs unknown to the merchant) can be ordered.
            let pool = afn && !fba.isEmpty && rng.chance(0.9) ? fba : listings
            let listing = rng.pick(pool)
            if !chosen.contains(where: { $0.sku == listing.sku }) { chosen.append(listing) }
        }
        let lines = chosen.map { listing -> (SimulatedListing, Int) in
            (listing, OrderMix.draw(mix.quantities, rng.unit()))
        }
        let order = makeOrder(&rng, at: at, lines: lines, marketplace: marketplace, afn: afn, buyerName: nil)
        return (order, plan(&rng, placedAt: at, afn: afn) + cancelRequest(order))
    }

    /// Now and then the buyer of a merchant-fulfilled order asks to cancel it, within hours. Drawn from the
    /// order's own seed, so the generator's sequence (and every scenario seeded before) stays as it was.
    func cancelRequest(_ order: SimOrder) -> [PlannedEvent] {
        var rng = SplitMix64(seed: order.buyerSeed ^ 0xCA9C_E1_2E0)
        guard !order.afn, rng.chance(mix.buyerCancelRequests) else { return [] }
        return [PlannedEvent(at: order.created + Int64(rng.int(20...360)) * 60, kind: .buyerCancelRequest)]
    }

    /// An order with the given lines, still PENDING.
    func makeOrder(_ rng: inout SplitMix64, at: Int64, lines: [(SimulatedListing, Int)], marketplace: Marketplace,
                   afn: Bool, buyerName: String?) -> SimOrder {
        let id = orderId(&rng)
        let items = lines.map { listing, quantity in
            SimItem(id: String(rng.int(10_000_000_000_000...99_999_999_999_999)), sku: listing.sku, asin: listing.asin,
                    title: listing.title, quantity: quantity,
                    unitPrice: marketplace.price(fromEUR: listing.price).minorUnits)
        }
        let expedited = rng.chance(0.2)
        return SimOrder(
            id: id, marketplaceId: marketplace.id, currency: marketplace.currency, created: at, updated: at,
            status: "PENDING", afn: afn, serviceLevel: expedited ? "EXPEDITED" : "STANDARD",
            shipWithinDays: expedited ? 1 : rng.int(1...3), paid: nil, buyerSeed: rng.next(), buyerName: buyerName,
            items: items)
    }

    /// What Amazon will do: ~3% fail the fraud check while pending, most are paid within 5–30 minutes,
    /// some stay pending for days; AFN orders ship hours after payment; a few MFN buyers cancel.
    func plan(_ rng: inout SplitMix64, placedAt at: Int64, afn: Bool) -> [PlannedEvent] {
        if rng.chance(0.03) { return [PlannedEvent(at: at + Int64(rng.int(10...180)) * 60, kind: .fraudCancel)] }
        let payAt = at + Int64(rng.chance(0.08) ? rng.int(60...4320) : rng.int(5...30)) * 60
        var events = [PlannedEvent(at: payAt, kind: .pay)]
        if afn {
            events.append(PlannedEvent(at: payAt + Int64(rng.int(120...720)) * 60, kind: .afnShip))
        } else if rng.chance(0.02) {
            events.append(PlannedEvent(at: payAt + Int64(rng.int(60...480)) * 60, kind: .buyerCancel))
        }
        if !afn, let hours = mix.merchantShipsAfterHours {
            events.append(PlannedEvent(at: payAt + Int64(rng.int(hours.lowerBound * 60...hours.upperBound * 60)) * 60, kind: .merchantShip))
        }
        return events
    }

    /// The history before the account was connected: mostly shipped, some cancelled (R2 proves they are never imported).
    func backfillPlan(_ rng: inout SplitMix64, placedAt at: Int64, afn: Bool) -> [PlannedEvent] {
        if rng.chance(0.2) { return [PlannedEvent(at: at + Int64(rng.int(10...120)) * 60, kind: .fraudCancel)] }
        let payAt = at + Int64(rng.int(5...30)) * 60
        return [PlannedEvent(at: payAt, kind: .pay),
                PlannedEvent(at: payAt + Int64(rng.int(180...1440)) * 60, kind: afn ? .afnShip : .backfillShip)]
    }

    private func pickMarketplace(_ rng: inout SplitMix64) -> Marketplace {
        let weights = marketplaces.map { $0.currency == "EUR" ? 0.7 : ($0.currency == "GBP" ? 0.2 : 0.1) }
        var roll = rng.unit() * weights.reduce(0, +)
        for (marketplace, weight) in zip(marketplaces, weights) {
            roll -= weight
            if roll < 0 { return marketplace }
        }
        return marketplaces[marketplaces.count - 1]
    }

    /// An id in Amazon's form NNN-NNNNNNN-NNNNNNN.
    func orderId(_ rng: inout SplitMix64) -> String {
        "\(rng.int(202...408))-\(pad(rng.int(0...9_999_999)))-\(pad(rng.int(0...9_999_999)))"
    }

    private func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: 7 - s.count) + s
    }
}
