import Foundation
import MerchantCore
@testable import MerchantStore
import Testing

/// The hand-written JSON of addresses and package lines reads back as the same values, whatever they hold.
@Suite struct StoredJSONTests {
    static let awkward = ["", "Jürgen \"Jo\" Groß", "back\\slash", "line\nbreak\ttab\r", "\u{1B}[31mred\u{07}\u{9B}", "山田太郎 🍵",
                          "สมชาย ใจดี", "\u{202E}reversed", "\u{0}nul", "😀👍🏽"]

    @Test(arguments: awkward)
    func anAddressReadsBackAsItWas(text: String) throws {
        let full = PostalAddress(name: text, lines: [text, "Hauptstraße 1"], city: text, postalCode: "10115", region: nil,
                                 countryCode: "DE", phone: text)
        let bare = PostalAddress(name: nil, lines: [], city: nil, postalCode: nil, region: text, countryCode: nil)
        for address in [full, bare] {
            let json = StoredJSON.address(address)
            #expect(try JSONDecoder().decode(PostalAddress.self, from: Data(json.utf8)) == address)
        }
    }

    @Test func packageLinesReadBackAsTheyWere() throws {
        let lines = [PackageLine(orderItemId: "OI-\"1\"", quantity: 2), PackageLine(orderItemId: "😀", quantity: 0)]
        #expect(try JSONDecoder().decode([PackageLine].self, from: Data(StoredJSON.packageLines(lines).utf8)) == lines)
        #expect(try JSONDecoder().decode([PackageLine].self, from: Data(StoredJSON.packageLines([]).utf8)) == [])
    }
}
