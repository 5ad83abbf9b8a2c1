/// An Amazon marketplace the account sells in.
public struct Marketplace: Sendable, Hashable {
    public let id: String
    public let name: String
    public let currency: String
    public let domain: String

    public static let known: [Marketplace] = [
        Marketplace(id: "A1PA6795UKMFR9", name: "Amazon.de", currency: "EUR", domain: "sellercentral.amazon.de"),
        Marketplace(id: "A1F83G8C2ARO7P", name: "Amazon.co.uk", currency: "GBP", domain: "sellercentral.amazon.co.uk"),
        Marketplace(id: "A13V1IB3VIYZZH", name: "Amazon.fr", currency: "EUR", domain: "sellercentral.amazon.fr"),
        Marketplace(id: "A1VC38T7YXB528", name: "Amazon.co.jp", currency: "JPY", domain: "sellercentral.amazon.co.jp"),
        Marketplace(id: "ATVPDKIKX0DER", name: "Amazon.com", currency: "USD", domain: "sellercentral.amazon.com"),
        // The rest of Amazon's marketplaces, so that a real account's (from Sellers) show by name.
        Marketplace(id: "A1RKKUPIHCS9HS", name: "Amazon.es", currency: "EUR", domain: "sellercentral.amazon.es"),
        Marketplace(id: "APJ6JRA9NG5V4", name: "Amazon.it", currency: "EUR", domain: "sellercentral.amazon.it"),
        Marketplace(id: "A1805IZSGTT6HS", name: "Amazon.nl", currency: "EUR", domain: "sellercentral.amazon.nl"),
        Marketplace(id: "AMEN7PMS3EDWL", name: "Amazon.com.be", currency: "EUR", domain: "sellercentral.amazon.com.be"),
        Marketplace(id: "A28R8C7NBKEWEA", name: "Amazon.ie", currency: "EUR", domain: "sellercentral.amazon.ie"),
        Marketplace(id: "A2NODRKZP88ZB9", name: "Amazon.se", currency: "SEK", domain: "sellercentral.amazon.se"),
        Marketplace(id: "A1C3SOZRARQ6R3", name: "Amazon.pl", currency: "PLN", domain: "sellercentral.amazon.pl"),
        Marketplace(id: "A33AVAJ2PDY3EV", name: "Amazon.com.tr", currency: "TRY", domain: "sellercentral.amazon.com.tr"),
        Marketplace(id: "A2VIGQ35RCS4UG", name: "Amazon.ae", currency: "AED", domain: "sellercentral.amazon.ae"),
        Marketplace(id: "A17E79C6D8DWNP", name: "Amazon.sa", currency: "SAR", domain: "sellercentral.amazon.sa"),
        Marketplace(id: "ARBP9OOSHTCHU", name: "Amazon.eg", currency: "EGP", domain: "sellercentral.amazon.eg"),
        Marketplace(id: "A21TJRUUN4KGV", name: "Amazon.in", currency: "INR", domain: "sellercentral.amazon.in"),
        Marketplace(id: "A2EUQ1WTGCTBG2", name: "Amazon.ca", currency: "CAD", domain: "sellercentral.amazon.ca"),
        Marketplace(id: "A1AM78C64UM0Y8", name: "Amazon.com.mx", currency: "MXN", domain: "sellercentral.amazon.com.mx"),
        Marketplace(id: "A2Q3Y263D00KWC", name: "Amazon.com.br", currency: "BRL", domain: "sellercentral.amazon.com.br"),
        Marketplace(id: "A39IBJ37TRP1C6", name: "Amazon.com.au", currency: "AUD", domain: "sellercentral.amazon.com.au"),
        Marketplace(id: "A19VAU5U5O7RUS", name: "Amazon.sg", currency: "SGD", domain: "sellercentral.amazon.sg"),
    ]

    public static func named(_ id: String) -> Marketplace {
        known.first { $0.id == id } ?? Marketplace(id: id, name: id, currency: "EUR", domain: "sellercentral.amazon.com")
    }

    /// Where the merchant opens this order in Seller Central (the only action on a read-only order, R4).
    public func sellerCentralURL(orderId: String) -> String {
        "https://\(domain)/orders-v3/order/\(orderId)"
    }
}
