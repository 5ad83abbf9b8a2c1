import Foundation
import SellingPartnerAPI

/// A buyer's name and address, derived from a per-order seed so it need not be stored.
/// German, English, Thai and Japanese names, some with emoji: the console must show them all.
struct BuyerIdentity {
    var name: String
    var email: String
    var address: CustomerAddress

    private static let german = (["Jürgen", "Anna", "Lena", "Björn", "Özlem", "Hans-Peter", "Käthe", "Sören"],
                                 ["Groß", "Müller", "Schäfer", "Weiß", "Köhler", "Straße-Lindner", "Fuchs", "Bauer"],
                                 ["Hauptstraße", "Königsallee", "Lindenweg", "Bahnhofstraße", "Mühlgasse"],
                                 [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Düsseldorf", "40213"), ("Görlitz", "02826")])
    private static let english = (["Oliver", "Amelia", "Harry", "Isla", "George", "Siobhan", "Noah", "Chloé"],
                                  ["Smith", "O'Brien", "Jones", "Taylor", "Brown", "Davies", "Evans", "Walsh"],
                                  ["High Street", "Station Road", "Church Lane", "Victoria Road"],
                                  [("London", "SW1A 1AA"), ("Manchester", "M1 1AE"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 4DJ")])
    // Thai buyers live in the marketplace's country (there is no Amazon.co.th): their names only, no Thai addresses.
    private static let thai = (["สมชาย", "สมหญิง", "น้ำฝน", "ประเสริฐ", "วิไล"],
                               ["ใจดี", "ศรีสุข", "รักไทย", "ทองดี"],
                               [String](), [(String, String)]())
    private static let japanese = (["太郎", "花子", "健一", "さくら", "翔太"],
                                   ["山田", "佐藤", "鈴木", "高橋", "田中"],
                                   ["千代田1-1", "神南1-2-3", "中央区銀座4-5"],
                                   [("東京都", "100-0001"), ("大阪市", "530-0001"), ("京都市", "600-8001")])
    private static let emoji = ["🎉", "☕", "🌸", "👍🏽", "🇩🇪"]

    static func make(seed: UInt64, marketplace: Marketplace, overrideName: String? = nil) -> BuyerIdentity {
        // A buyer named by the caller (`sim place --buyer`) lives at one address: every order of theirs is sent there.
        var rng = SplitMix64(seed: overrideName.map(nameSeed) ?? seed)
        let roll = rng.unit()
        let style: Int  // 0 German, 1 English, 2 Thai, 3 Japanese
        switch marketplace.currency {
        case "JPY": style = roll < 0.85 ? 3 : (roll < 0.95 ? 1 : 2)
        case "GBP": style = roll < 0.8 ? 1 : (roll < 0.9 ? 0 : 2)
        default: style = roll < 0.75 ? 0 : (roll < 0.87 ? 1 : (roll < 0.95 ? 2 : 3))
        }
        let set = [german, english, thai, japanese][style]
        let first = rng.pick(set.0), last = rng.pick(set.1)
        var name: String
        switch style {
        case 2: name = "\(first) \(last)"
        case 3: name = "\(last)\(first)"   // 山田太郎: family name first, no space
        default: name = "\(first) \(last)"
        }
        if rng.chance(0.06) { name += " " + rng.pick(emoji) }
        if let overrideName { name = overrideName }
        // The name tells where the buyer comes from; the address is where the parcel goes, and that is always in the
        // marketplace's own country (a Thai buyer on Amazon.de lives in Germany): city, postal code and country agree.
        let japan = marketplace.countryCode == "JP"
        let home = japan ? japanese : (marketplace.countryCode == "GB" ? english : german)
        let (city, postal) = rng.pick(home.3)
        let street = japan ? rng.pick(home.2) : "\(rng.pick(home.2)) \(rng.int(1...120))"
        let local = String((0..<14).map { _ in Character(Unicode.Scalar(UInt8(rng.pick(Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8))))) })
        let address = CustomerAddress(
            name: name, addressLine1: street, city: city, postalCode: postal,
            countryCode: marketplace.countryCode, addressType: "RESIDENTIAL")
        return BuyerIdentity(name: name, email: "\(local)@marketplace.\(marketplace.domain)", address: address)
    }

    /// A seed that is the same for the same name in every run (FNV-1a over its UTF-8 bytes).
    static func nameSeed(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// What a pending order shows instead of a buyer: the same for every order, so nothing can be derived (R8).
    static func placeholderEmail(_ marketplace: Marketplace) -> String { "pending-order@marketplace.\(marketplace.domain)" }
}
