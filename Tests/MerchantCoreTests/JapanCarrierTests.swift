import Testing
import MerchantCore

/// The shop sells on Amazon.co.jp: Yamato Transport, Sagawa Express and Japan Post, with Amazon's
/// carrier codes and their tracking formats (R13).
@Suite("Japanese carriers: Amazon's codes and their tracking numbers")
struct JapanCarrierTests {
    @Test("each Japanese carrier is offered with Amazon's code and its own name")
    func codesAndNames() {
        // R13: the code is what confirmShipment carries; the name is what the merchant reads.
        #expect(Carrier.known.contains(.yamato) && Carrier.known.contains(.sagawa) && Carrier.known.contains(.japanPost))
        #expect(Carrier.yamato.carrierCode == "YamatoTransport" && Carrier.yamato.displayName == "Yamato Transport")
        #expect(Carrier.sagawa.carrierCode == "SagawaExpress" && Carrier.sagawa.displayName == "Sagawa Express")
        #expect(Carrier.japanPost.carrierCode == "Japan Post" && Carrier.japanPost.displayName == "Japan Post")
        #expect(Carrier(carrierCode: "YamatoTransport", carrierName: nil) == .yamato)
        #expect(Carrier(carrierCode: "YAMATO", carrierName: nil) == .yamato)
        #expect(Carrier(carrierCode: "SAGAWA", carrierName: nil) == .sagawa)
        #expect(Carrier(carrierCode: "Japan Post", carrierName: nil) == .japanPost)
    }

    @Test("a merchant types them as they say them", arguments: [
        ("Yamato", Carrier.yamato), ("yamato transport", .yamato), ("YamatoTransport", .yamato), ("kuroneko yamato", .yamato),
        ("Sagawa", .sagawa), ("sagawa express", .sagawa), ("SagawaExpress", .sagawa),
        ("Japan Post", .japanPost), ("japanpost", .japanPost), ("JP Post", .japanPost), ("yu-pack", .japanPost),
    ])
    func parses(text: String, carrier: Carrier) throws {
        #expect(try Carrier.parse(text) == carrier)
    }

    @Test("valid numbers pass, normalised as Amazon should get them", arguments: [
        (Carrier.yamato, "123456789013", "123456789013"),       // Yamato's own worked example: 12345678901 mod 7 = 3
        (.yamato, "4444-1375-8703", "444413758703"),             // as the waybill prints it
        (.sagawa, "512547514334", "512547514334"),
        (.sagawa, "5125 4751 4334", "512547514334"),
        (.japanPost, "405548424886", "405548424886"),            // Yu-Pack, 12 digits with the mod 7 check
        (.japanPost, "4055-4842-4886", "405548424886"),
        (.japanPost, "12345678901", "12345678901"),              // registered mail, 11 digits
        (.japanPost, "1234567890123", "1234567890123"),          // 13 digits
        (.japanPost, "ej123456785jp", "EJ123456785JP"),          // EMS, UPU S10
    ])
    func validNumbers(carrier: Carrier, typed: String, sent: String) throws {
        // R13
        #expect(try TrackingNumber.validate(typed, carrier: carrier) == sent)
    }

    @Test("a wrong check digit is refused as a likely typo", arguments: [
        (Carrier.yamato, "123456789014"), (.yamato, "444413758704"),
        (.sagawa, "512547514335"), (.sagawa, "512547514344"),
        (.japanPost, "405548424887"), (.japanPost, "EJ123456784JP"),
    ])
    func checkDigitFails(carrier: Carrier, number: String) {
        // R13
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate(number, carrier: carrier) }
        guard case .checkDigit = error else { Issue.record("\(String(describing: error))"); return }
        #expect(error?.description.contains("fails its check digit") == true)
    }

    @Test("the wrong shape is refused, saying what the carrier's numbers look like", arguments: [
        (Carrier.yamato, "12345678901", "12 digits"), (.yamato, "1Z5R89390357567127", "12 digits"),
        (.sagawa, "1234567890123", "12 digits"), (.sagawa, "ABCDEFGHIJKL", "12 digits"),
        (.japanPost, "1234567890", "11 to 13 digits"), (.japanPost, "12345678901234", "11 to 13 digits"),
        (.japanPost, "E1123456785JP", "like EJ123456785JP"),
    ])
    func wrongFormat(carrier: Carrier, number: String, hint: String) {
        // R13
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate(number, carrier: carrier) }
        guard case .wrongFormat = error else { Issue.record("\(String(describing: error))"); return }
        #expect(error?.description.contains(hint) == true, "\(String(describing: error))")
        #expect(error?.description.contains("is not a \(carrier.displayName) tracking number") == true)
    }

    @Test("an EMS number on the wrong carrier suggests Japan Post; a 12-digit number does not suggest all three at random")
    func suggestions() {
        let ems = #expect(throws: TrackingError.self) { try TrackingNumber.validate("EJ123456785JP", carrier: .ups) }
        #expect(ems?.description.hasSuffix("It looks like a Japan Post number: if so, choose that carrier.") == true)
        let yamato = #expect(throws: TrackingError.self) { try TrackingNumber.validate("444413758703", carrier: .fedEx) }
        #expect(yamato?.description.contains("Yamato") == false)
    }
}
