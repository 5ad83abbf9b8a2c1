import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

/// A console for scan to pack: the parcel fixture's products (two with barcodes, the others found by SKU) and its
/// orders, plus one to pack with German, Japanese and Thai titles, a cancelled one and a blocked one; an Amazon SKU
/// mapped to the Thai cup, so that a scan of it finds the product.
public enum PackFixture {
    /// 2 × the blue mug (a barcode), 1 × matcha (a barcode), 2 × the Thai cup (its SKU, or the mapped Amazon SKU).
    public static let order = "302-7777777-0000007"
    public static let cancelled = "302-8888888-0000008"
    public static let blocked = "302-9999999-0000009"
    public static let mugGTIN = "4006381333931"
    public static let matchaGTIN = "4260458010372"
    /// An Amazon SKU mapped to `BECHER-THAI`.
    public static let mappedSku = "AMZ-THAI-CUP"

    public static let mugTitle = "Kaffeebecher Blau 350 ml, spülmaschinenfest"
    public static let matchaTitle = "抹茶 Matcha Pulver 100 g（宇治産・有機栽培）"
    public static let cupTitle = "ถ้วยชาไทย Thai Tea Cup น้ำชา"

    static func orders() -> [AmazonOrder] {
        let address = PostalAddress(name: "山田太郎", lines: ["c/o น้ำฝน ใจดี", "Hauptstraße 1"], city: "Berlin", postalCode: "10115",
                                    region: nil, countryCode: "DE")
        let toPack = ParcelFixture.order(order, .unshipped, hour: 10, buyer: "山田太郎", address: address, items: [
            ParcelFixture.item(order, 1, "MUG-BLAU-350", mugTitle, 2),
            ParcelFixture.item(order, 2, "TEE-MATCHA-100", matchaTitle, 1),
            ParcelFixture.item(order, 3, "BECHER-THAI", cupTitle, 2),
        ])
        let gone = ParcelFixture.order(cancelled, .cancelled, hour: 11, buyer: "Zoë Müller", address: address,
                                       items: [ParcelFixture.item(cancelled, 1, "MUG-BLAU-350", mugTitle, 1)])
        let unknown = ParcelFixture.order(blocked, .unshipped, hour: 12, buyer: "Noah Jones", address: address,
                                          items: [ParcelFixture.item(blocked, 1, "AMZ-NOBODY-KNOWS", "Tasse ohne Produkt", 1)])
        // The parcel fixture's orders of Amazon.de (its Tokyo order is of a marketplace this account is not connected to).
        return ParcelFixture.orders().filter { $0.marketplaceId == ParcelFixture.de } + [toPack, gone, unknown]
    }

    /// The console on Orders, the order to pack among the rows.
    public static func console(size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture {
        let f = try ConsoleFixture(orders: orders(), size: size, catalog: try ParcelFixture.products())
        try f.store.mapSku(amazonSku: mappedSku, to: "BECHER-THAI", actor: "test", at: ConsoleFixture.now)
        return f
    }
}

extension ConsoleFixture {
    /// A scanner's gesture: the code typed character by character, then Enter.
    public func scan(_ code: String) {
        type(code)
        press(.enter)
    }
}
