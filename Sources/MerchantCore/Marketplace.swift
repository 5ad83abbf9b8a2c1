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
    ]

    public static func named(_ id: String) -> Marketplace {
        known.first { $0.id == id } ?? Marketplace(id: id, name: id, currency: "EUR", domain: "sellercentral.amazon.com")
    }

    /// Where the merchant opens this order in Seller Central (the only action on a read-only order, R4).
    public func sellerCentralURL(orderId: String) -> String {
        "https://\(domain)/orders-v3/order/\(orderId)"
    }
}
