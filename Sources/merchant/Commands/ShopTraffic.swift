import Foundation
import MerchantCore
import MerchantStore

/// The web shop's own orders while simulated time passes: about one every four hours, one or two
/// products of the catalog each, buyers in four scripts. Seeded, so a replay gives the same orders.
enum ShopTraffic {
    static let buyers: [(name: String, address: String, country: String)] = [
        ("Jürgen Groß", "Hauptstraße 1, 10115 Berlin", "DE"),
        ("Anna Schäfer", "Königsallee 12, 40212 Düsseldorf", "DE"),
        ("สมชาย ใจดี", "99 ถนนสุขุมวิท, 10110 กรุงเทพ", "TH"),
        ("山田太郎", "1-2-3 丸の内, 1000005 東京", "JP"),
        ("Olivia Brown 🌷", "10 Downing Street, SW1A 2AA London", "GB"),
    ]

    static func place(count: Int, seed: UInt64, store: MerchantStore, at now: Date) throws -> [ShopOrder] {
        let products = try store.catalog().map(\.product).filter(\.enabled)
        guard count > 0, !products.isEmpty else { return [] }
        var state = seed == 0 ? 0x5EED : seed
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        var placed: [ShopOrder] = []
        for _ in 0..<count {
            let buyer = buyers[next(buyers.count)]
            let first = products[next(products.count)]
            var lines = [(sku: first.sku, quantity: 1 + next(2))]
            if next(4) == 0, let second = products.first(where: { $0.sku != first.sku && $0.fba == first.fba }) { lines.append((second.sku, 1)) }
            let address = try ShopAddress.parse(buyer.address, name: buyer.name, country: buyer.country)
            placed.append(try store.createShopOrder(ShopOrderRequest(buyerName: buyer.name, address: address, lines: lines), actor: "shop", at: now))
        }
        return placed
    }
}
