import Foundation
import Testing
import MerchantCore

/// Known-good numbers: SPAPI.md's, plus (FedEx, DPD, USPS 22) numbers whose check digit was
/// computed by hand with the rule, marked so.
private let knownGood: [(Carrier, String)] = [
    (.ups, "1Z5R89390357567127"),
    (.usps, "03071790000523483741"),
    (.usps, "9400100000000000000006"),     // 22 digits, check digit computed
    (.fedEx, "986578788855"),              // Express, 12 digits
    (.fedEx, "041441760228964"),           // Ground, 15 digits
    (.dhlExpress, "3318810025"),
    (.dhl, "00340433836442636597"),
    (.dhl, "201298452277"),                // Identcode
    (.deutschePost, "RB123456785GB"),
    (.deutschePost, "RB123456785DE"),      // S10: the country letters are not in the check digit
    (.royalMail, "RB123456785GB"),
    (.dpd, "09980000020033F"),             // 14 digits + MOD 37,36 check character, computed
    (.hermes, "09133131530724"),
]

/// Each known-good number with one digit changed (none of these changes keeps the check digit right).
private let oneDigitChanged: [(Carrier, String)] = [
    (.ups, "1Z5R89390357567128"),
    (.ups, "1Z5R89390357567227"),
    (.usps, "03071790000523483742"),
    (.usps, "03071790000523483751"),
    (.fedEx, "986578788856"),
    (.fedEx, "996578788855"),
    (.fedEx, "041441760228965"),
    (.dhlExpress, "3318810026"),
    (.dhlExpress, "3318810125"),
    (.dhl, "00340433836442636598"),
    (.dhl, "00340433836442636697"),
    (.dhl, "201298452278"),
    (.dhl, "201298452177"),
    (.deutschePost, "RB123456786GB"),
    (.royalMail, "RB123456775GB"),
    (.dpd, "09980000020034F"),
    (.hermes, "09133131530725"),
    (.hermes, "09133131530824"),
]

@Suite("Tracking numbers: valid for their carrier")
struct TrackingNumberTests {
    @Test(arguments: knownGood)
    func knownGoodNumbersPass(carrier: Carrier, number: String) throws {
        // R13
        #expect(try TrackingNumber.validate(number, carrier: carrier) == number)
    }

    @Test(arguments: oneDigitChanged)
    func oneDigitChangedFailsTheCheckDigit(carrier: Carrier, number: String) {
        // R13: a typo is caught before the confirmation reaches Amazon.
        #expect(throws: TrackingError.self) { try TrackingNumber.validate(number, carrier: carrier) }
        do {
            _ = try TrackingNumber.validate(number, carrier: carrier)
        } catch {
            guard case .checkDigit(let n, let c, _) = error else {
                Issue.record("expected a check-digit failure, got \(error)")
                return
            }
            #expect(n == number && c == carrier)
            #expect(error.description.contains("fails its check digit — check for a typo"))
        }
    }

    @Test func anyOtherCheckCharacterFails() {
        // R13: the check digit (or DPD's check character) is the last but, for S10, two letters.
        for (carrier, number) in knownGood {
            let original = Array(number)
            let at = carrier == .deutschePost || carrier == .royalMail ? original.count - 3 : original.count - 1
            let alphabet = carrier == .dpd ? Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") : Array("0123456789")
            for replacement in alphabet where replacement != original[at] {
                var chars = original
                chars[at] = replacement
                let text = String(chars)
                #expect(throws: TrackingError.self, "\(text) for \(carrier)") { try TrackingNumber.validate(text, carrier: carrier) }
            }
        }
    }

    @Test func anyDataDigitOneHigherFails() throws {
        // R13: every digit before the check digit, raised by one (9 becomes 0), is caught —
        // with one exception that lies in UPU S10 itself: remainders 0 and 6 both give check digit 5,
        // so RB123456785GB (or …DE) with its 6 raised to 7 still passes. Royal Mail's and Deutsche Post's own
        // systems accept it just the same.
        let s10Collision = "RB123457785"
        for (carrier, number) in knownGood {
            let chars = Array(number)
            let checkAt = carrier == .deutschePost || carrier == .royalMail ? chars.count - 3 : chars.count - 1
            for i in chars.indices where i < checkAt && chars[i].isASCII && chars[i].isNumber {
                var changed = chars
                changed[i] = Character(String((chars[i].wholeNumberValue! + 1) % 10))
                let text = String(changed)
                if text.hasPrefix(s10Collision) {
                    #expect(try TrackingNumber.validate(text, carrier: carrier) == text)
                } else {
                    #expect(throws: TrackingError.self, "\(text) for \(carrier)") { try TrackingNumber.validate(text, carrier: carrier) }
                }
            }
        }
    }

    @Test func theUPSMessageSaysWhatAUPSNumberLooksLike() {
        // R13
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate("1Z5R89390357567128", carrier: .ups) }
        #expect(error?.description == "A UPS number starts with 1Z and has 18 characters; 1Z5R89390357567128 fails its check digit — check for a typo.")
    }

    @Test(arguments: [
        (Carrier.ups, "1Z5R8939035756712", "a UPS number starts with 1Z and has 18 characters"),
        (.ups, "2Z5R89390357567127", "a UPS number starts with 1Z and has 18 characters"),
        (.usps, "0307179000052348374", "a USPS number has 20 or 22 digits"),
        (.fedEx, "98657878885", "a FedEx number has 12 digits (Express) or 15 digits (Ground)"),
        (.dhlExpress, "33188100251", "a DHL Express waybill number has 10 digits"),
        (.dhl, "0034043383644263659", "a DHL parcel number has 20 digits"),
        (.deutschePost, "RB12345678GB", "2 letters, 9 digits and 2 letters"),
        (.royalMail, "1B123456785GB", "2 letters, 9 digits and 2 letters"),
        (.dpd, "0998000002003", "a DPD parcel number has 14 digits"),
        (.hermes, "0913313153072", "a Hermes number has 14 to 16 digits"),
        (.hermes, "09133131530724000", "a Hermes number has 14 to 16 digits"),
        (.gls, "12345678901", "a GLS number has 12 digits, or is an 8-character TrackID"),
    ])
    func wrongLengthOrShapeFails(carrier: Carrier, number: String, says: String) {
        // R13
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate(number, carrier: carrier) }
        guard case .wrongFormat(let n, let c, _)? = error else {
            Issue.record("expected a format failure, got \(String(describing: error))")
            return
        }
        #expect(n == number && c == carrier)
        #expect(error!.description.contains("is not a \(carrier.displayName) tracking number"))
        #expect(error!.description.contains(says))
        #expect(error!.description.contains("(\(number.count) characters)"))
    }

    @Test(arguments: [
        (Carrier.fedEx, "1Z5R89390357567127", [Carrier.ups]),
        (.ups, "3318810025", [.dhlExpress]),
        // DHL Paket's 20 digits and USPS's 20 digits share one check digit rule: both are named.
        (.dhlExpress, "00340433836442636597", [.dhl, .usps]),
        (.ups, "RB123456785GB", [.royalMail]),
        (.ups, "RB123456785DE", [.deutschePost]),
        (.dhl, "1Z5R89390357567127", [.ups]),
        (.hermes, "RB123456785GB", [.royalMail]),
    ])
    func aNumberOfAnotherCarrierFailsAndSaysWhose(chosen: Carrier, number: String, whose: [Carrier]) {
        // R13: the number is right, the carrier is not.
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate(number, carrier: chosen) }
        guard case .wrongFormat(_, _, let couldBe)? = error else {
            Issue.record("expected a format failure, got \(String(describing: error))")
            return
        }
        #expect(couldBe == whose)
        #expect(error!.description.contains(TrackingNumber.formatDescription(for: chosen)))
        let names = whose.map(\.displayName).joined(separator: " or ")
        #expect(error!.description.contains("It looks like a \(names) number: if so, choose that carrier."))
    }

    @Test func theWrongCarrierMessageReadsWell() {
        // R13
        let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate("1Z5R89390357567127", carrier: .fedEx) }
        #expect(error?.description == "1Z5R89390357567127 (18 characters) is not a FedEx tracking number: a FedEx number has 12 digits (Express) or 15 digits (Ground). It looks like a UPS number: if so, choose that carrier.")
    }

    @Test(arguments: [
        (Carrier.ups, " 1z5r 8939 0357 5671 27 ", "1Z5R89390357567127"),
        (.ups, "1z5r89390357567127", "1Z5R89390357567127"),
        (.royalMail, "rb 123 456 785 gb", "RB123456785GB"),
        (.usps, "0307 1790 0005 2348 3741", "03071790000523483741"),
        (.dhl, "\t00340433836442636597\n", "00340433836442636597"),
        (.dhlExpress, "33 1881 0025", "3318810025"),
        (.dpd, "0998 0000 0200 33 f", "09980000020033F"),
        (.gls, "zfwhcmtv", "ZFWHCMTV"),
        (.hermes, "0913 3131 5307 24", "09133131530724"),
        (.dhl, "2012\u{00A0}9845\u{00A0}2277", "201298452277"),   // no-break spaces from a web page
    ])
    func normalization(carrier: Carrier, typed: String, sent: String) throws {
        // R13: spaces go, letters are uppercased.
        #expect(try TrackingNumber.validate(typed, carrier: carrier) == sent)
    }

    @Test func uspsDropsTheIMpbRoutingPrefix() throws {
        // R13: a scanned IMpb barcode starts with 420 and the ZIP code; the tracking number follows.
        #expect(try TrackingNumber.validate("42010001" + "03071790000523483741", carrier: .usps) == "03071790000523483741")
        #expect(try TrackingNumber.validate("420100011234" + "9400100000000000000006", carrier: .usps) == "9400100000000000000006")
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("42010001" + "03071790000523483742", carrier: .usps) }
    }

    @Test func dpdAndGLSAreAcceptedOnFormat() throws {
        // R13: DPD without its check character; GLS, whose check digit is unverified.
        #expect(try TrackingNumber.validate("09980000020033", carrier: .dpd) == "09980000020033")
        #expect(try TrackingNumber.validate("123456789012", carrier: .gls) == "123456789012")
        #expect(try TrackingNumber.validate("AB12CD34", carrier: .gls) == "AB12CD34")
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("AB12CD3", carrier: .gls) }
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("0998000002003-", carrier: .dpd) }
    }

    @Test func anEmptyNumberSaysWhatToEnter() {
        // R13
        for text in ["", "   ", "\n"] {
            let error = #expect(throws: TrackingError.self) { try TrackingNumber.validate(text, carrier: .dhlExpress) }
            #expect(error == .empty(carrier: .dhlExpress))
            #expect(error?.description == "Enter the tracking number: a DHL Express waybill number has 10 digits.")
        }
    }

    @Test func otherAcceptsOneToFortyPrintableCharacters() throws {
        // R13: free text for a carrier Amazon has no code for; case is kept.
        let swissPost = try Carrier.other(named: "Swiss Post")
        #expect(try TrackingNumber.validate(" 99.00.123456.12345678 ", carrier: swissPost) == "99.00.123456.12345678")
        #expect(try TrackingNumber.validate("ab-12", carrier: swissPost) == "ab-12")
        #expect(try TrackingNumber.validate(String(repeating: "A", count: 40), carrier: swissPost).count == 40)
        let tooLong = #expect(throws: TrackingError.self) {
            try TrackingNumber.validate(String(repeating: "A", count: 41), carrier: swissPost)
        }
        #expect(tooLong?.description.contains("a tracking number for Swiss Post has 1 to 40 letters, digits or symbols") == true)
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("AB\u{0007}12", carrier: swissPost) }
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("", carrier: swissPost) }
    }

    @Test func nonASCIIDigitsAreNotDigits() {
        // R13: Arabic-Indic digits look like digits to Unicode, not to a carrier.
        #expect(throws: TrackingError.self) { try TrackingNumber.validate("٣٣١٨٨١٠٠٢٥", carrier: .dhlExpress) }
    }
}
