import Foundation
import Testing
import MerchantCore

@Suite("Carriers: what the merchant types, what Amazon receives")
struct CarrierTests {
    @Test(arguments: [
        ("dhl-express", Carrier.dhlExpress), ("DHL Express", .dhlExpress), ("dhlexpress", .dhlExpress),
        ("DHL_EXPRESS", .dhlExpress), ("  dhl  ", .dhl), ("DHL Paket", .dhl),
        ("deutsche post", .deutschePost), ("Deutsche-Post", .deutschePost),
        ("dpd", .dpd), ("GLS", .gls), ("hermes", .hermes), ("ups", .ups), ("U.P.S.", .ups),
        ("usps", .usps), ("FedEx", .fedEx), ("fed ex", .fedEx), ("royal mail", .royalMail), ("RoyalMail", .royalMail),
    ])
    func parsesWhatAMerchantTypes(typed: String, carrier: Carrier) throws {
        // R13
        #expect(Carrier(parsing: typed) == carrier)
        #expect(try Carrier.parse(typed) == carrier)
    }

    @Test(arguments: [
        (Carrier.dhl, "DHL"), (.dhlExpress, "DHL Express"), (.deutschePost, "Deutsche Post"), (.dpd, "DPD"),
        (.gls, "GLS"), (.hermes, "Hermes"), (.ups, "UPS"), (.usps, "USPS"), (.fedEx, "FedEx"), (.royalMail, "Royal Mail"),
    ])
    func sendsAmazonsExactCarrierCode(carrier: Carrier, code: String) {
        // R13
        #expect(carrier.carrierCode == code)
        #expect(carrier.carrierName == nil)
        #expect(Carrier(parsing: code) == carrier)
        #expect(Carrier(carrierCode: code, carrierName: nil) == carrier)
    }

    @Test func knownListsEveryCarrierWithItsOwnCode() {
        #expect(Carrier.known.map(\.carrierCode) == [
            "DHL", "DHL Express", "Deutsche Post", "DPD", "GLS", "Hermes", "UPS", "USPS", "FedEx", "Royal Mail",
            "YamatoTransport", "SagawaExpress", "Japan Post",
        ])
    }

    @Test func otherCarriesTheCarriersName() throws {
        // R13: carrierCode "Other" needs carrierName.
        let carrier = try Carrier.other(named: "  Österreichische Post ")
        #expect(carrier.carrierCode == "Other")
        #expect(carrier.carrierName == "Österreichische Post")
        #expect(carrier.displayName == "Österreichische Post")
        #expect(try Carrier.parse("other", name: "Swiss Post") == Carrier.other(named: "Swiss Post"))
        #expect(Carrier(carrierCode: "Other", carrierName: "Swiss Post") == (try Carrier.other(named: "Swiss Post")))
        #expect(Carrier(carrierCode: "Other", carrierName: nil) == nil)
    }

    @Test(arguments: ["", "   ", String(repeating: "x", count: 41), "Post\nDE", "Tab\u{0009}Post", "Zero\u{200B}Width"])
    func aNameForOtherHasOneToFortyPrintableCharacters(name: String) {
        // R13
        let error = #expect(throws: CarrierError.self) { try Carrier.other(named: name) }
        #expect(error == .invalidName(name))
        #expect(error?.description.contains("1 to 40 printable characters") == true)
    }

    @Test func fortyCharactersAreEnough() throws {
        let name = String(repeating: "x", count: 40)
        #expect(try Carrier.other(named: name).carrierName == name)
    }

    @Test func unknownCarriersAndOtherWithoutANameAreRefused() {
        // R13
        #expect(Carrier(parsing: "Pony Express") == nil)
        #expect(Carrier(parsing: "other") == nil)
        let unknown = #expect(throws: CarrierError.self) { try Carrier.parse("Pony Express") }
        #expect(unknown == .unknown("Pony Express"))
        #expect(unknown?.description.contains("DHL, DHL Express, Deutsche Post") == true)
        #expect(unknown?.description.contains("or Other with the carrier's name") == true)
        let nameless = #expect(throws: CarrierError.self) { try Carrier.parse("Other") }
        #expect(nameless == .nameRequired)
        #expect(Carrier(carrierCode: "dhl", carrierName: nil) == nil)   // Amazon's codes are exact
    }
}
