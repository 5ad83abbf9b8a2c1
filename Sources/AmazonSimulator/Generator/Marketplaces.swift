import Foundation
import MerchantCore

/// The marketplaces the simulator knows: name, currency, e-mail domain, and how a EUR price converts.
struct Marketplace: Sendable {
    var id: String
    var name: String
    var currency: String
    var domain: String
    var countryCode: String

    static let all: [Marketplace] = [
        Marketplace(id: "A1PA6795UKMFR9", name: "Amazon.de", currency: "EUR", domain: "amazon.de", countryCode: "DE"),
        Marketplace(id: "A1F83G8C2ARO7P", name: "Amazon.co.uk", currency: "GBP", domain: "amazon.co.uk", countryCode: "GB"),
        Marketplace(id: "A1VC38T7YXB528", name: "Amazon.co.jp", currency: "JPY", domain: "amazon.co.jp", countryCode: "JP"),
    ]

    static func named(_ id: String) -> Marketplace? { all.first { $0.id == id } }

    /// Converts a EUR price the way a seller would price it locally: pence at 0.86 per euro cent,
    /// yen at 160 per euro rounded to ten yen (JPY has no decimals). Integer arithmetic only.
    func price(fromEUR text: String) -> Money {
        let eur = (try? Money(parsing: text, currency: "EUR"))?.minorUnits ?? 0
        switch currency {
        case "GBP": return Money(minorUnits: (eur * 86 + 50) / 100, currency: "GBP")
        case "JPY": return Money(minorUnits: max(10, (eur * 160 / 100 + 5) / 10 * 10), currency: "JPY")
        default: return Money(minorUnits: eur, currency: "EUR")
        }
    }
}
