import Foundation
import Testing
import MerchantCore

@Suite("Channel settings: defaults, changes by name, refusals")
struct ChannelSettingsTests {
    static let fresh = ChannelSettings(sellerId: "A2SELLER", marketplaceIds: ["A1PA6795UKMFR9"], connectedAt: Fixture.connectedAt)

    @Test func aNewConnectionStartsWithTheDocumentedDefaults() {
        // R28
        let settings = Self.fresh
        #expect(settings.importOrders == true)
        #expect(settings.importPending == false)
        #expect(settings.reservePending == true)
        #expect(settings.syncIntervalSeconds == 60)
        #expect(settings.value(of: .importOrders) == "on")
        #expect(settings.value(of: .importPending) == "off")
        #expect(settings.value(of: .reservePending) == "on")
        #expect(settings.value(of: .syncInterval) == "1m")
        #expect(settings.sellerId == "A2SELLER")
        #expect(settings.marketplaceIds == ["A1PA6795UKMFR9"])
        #expect(settings.connectedAt == Fixture.connectedAt)
    }

    @Test("each setting is found by its command-line name", arguments: [
        ("import-orders", SettingKey.importOrders), ("import-pending", .importPending),
        ("reserve-pending", .reservePending), ("sync-interval", .syncInterval), ("Import-Pending", .importPending),
    ])
    func keyByName(name: String, key: SettingKey) throws {
        // R28
        #expect(SettingKey.named(name) == key)
    }

    @Test("switches accept on/off and their usual spellings", arguments: [
        ("on", true), ("off", false), ("ON", true), ("true", true), ("false", false), ("yes", true), ("no", false), ("1", true), ("0", false),
    ])
    func switchValues(text: String, expected: Bool) throws {
        // R28
        for key in [SettingKey.importOrders, .importPending, .reservePending] {
            let start = try Self.fresh.setting(key, to: expected ? "off" : "on")
            let changed = try start.setting(key, to: text)
            #expect(changed.value(of: key) == (expected ? "on" : "off"))
        }
    }

    @Test func settingOneSwitchChangesOnlyThatSwitch() throws {
        // R28
        let changed = try Self.fresh.setting(try #require(SettingKey.named("import-pending")), to: "on")
        var expected = Self.fresh
        expected.importPending = true
        #expect(changed == expected)
        #expect(try Self.fresh.setting(.importOrders, to: "off").importOrders == false)
        #expect(try Self.fresh.setting(.reservePending, to: "off").reservePending == false)
    }

    @Test("the sync interval takes seconds, minutes or hours", arguments: [
        ("90", 90, "90s"), ("90s", 90, "90s"), ("10", 10, "10s"), ("5m", 300, "5m"), ("120", 120, "2m"),
        ("1h", 3_600, "1h"), ("24h", 86_400, "24h"), ("1440m", 86_400, "24h"), ("2H", 7_200, "2h"),
    ])
    func interval(text: String, seconds: Int, shown: String) throws {
        // R3, R28
        let changed = try Self.fresh.setting(.syncInterval, to: text)
        #expect(changed.syncIntervalSeconds == seconds)
        #expect(changed.value(of: .syncInterval) == shown)
    }

    @Test func aSwitchRefusesAnythingButOnOrOff() {
        // R28, R30
        let error = #expect(throws: SettingError.self) { try Self.fresh.setting(.importPending, to: "maybe") }
        #expect(error == .notASwitch(.importPending, "maybe"))
        #expect(error?.description == "import-pending is a switch: use on or off, not \"maybe\"")
    }

    @Test("an interval that is not a number of s, m or h is refused", arguments: ["2d", "abc", "", "m", "-5m", "1.5h", "5 m", "１０"])
    func notAnInterval(text: String) {
        // R28, R30
        let error = #expect(throws: SettingError.self) { try Self.fresh.setting(.syncInterval, to: text) }
        #expect(error == .notAnInterval(text))
        #expect(error?.description == "\"\(text)\" is not an interval: write seconds (90), minutes (5m) or hours (1h)")
    }

    @Test("an interval under 10 seconds is refused, naming it with its unit", arguments: [
        ("0s", "0 seconds"), ("0", "0 seconds"), ("9", "9 seconds"), ("1s", "1 second"), ("0m", "0 minutes"), ("0h", "0 hours"),
    ])
    func intervalTooShort(text: String, words: String) {
        // R28, R30
        let error = #expect(throws: SettingError.self) { try Self.fresh.setting(.syncInterval, to: text) }
        #expect(error == .intervalTooShort(text))
        #expect(error?.description == "an interval of \(words) is shorter than sync allows: use at least 10 seconds (10s)")
    }

    @Test("an interval over 24 hours is refused as too long, however many digits it has", arguments: [
        ("86401", "86401 seconds"), ("25h", "25 hours"), ("1441m", "1441 minutes"), ("5000000", "5000000 seconds"),
        ("99999999999999999999999h", "99999999999999999999999 hours"), ("9223372036854775807m", "9223372036854775807 minutes"),
    ])
    func intervalTooLong(text: String, words: String) {
        // R28, R30
        let error = #expect(throws: SettingError.self) { try Self.fresh.setting(.syncInterval, to: text) }
        #expect(error == .intervalTooLong(text))
        #expect(error?.description == "an interval of \(words) is longer than sync allows: use at most 24 hours (24h)")
    }

    @Test func theIntervalsBoundsAreAccepted() throws {
        // R28
        #expect(try Self.fresh.setting(.syncInterval, to: "10").syncIntervalSeconds == 10)
        #expect(try Self.fresh.setting(.syncInterval, to: "24h").syncIntervalSeconds == 86_400)
        #expect(try Self.fresh.setting(.syncInterval, to: "86400").syncIntervalSeconds == 86_400)
    }

    @Test func aTooShortIntervalNamesItsUnitInGermanAndThai() {
        // R28, R30
        let german = Language.$override.withValue(.german) { SettingError.intervalTooShort("0").description }
        #expect(german == "ein Intervall von 0 Sekunden ist kürzer, als die Synchronisierung erlaubt: nimm mindestens 10 Sekunden (10s)")
        let thai = Language.$override.withValue(.thai) { SettingError.intervalTooLong("25h").description }
        #expect(thai == "ช่วงเวลา 25 ชั่วโมง ยาวกว่าที่การซิงค์รองรับ: ใช้ไม่เกิน 24 ชั่วโมง (24h)")
    }

    @Test func anUnknownKeyIsRefusedNamingTheKeysItIsGiven() {
        // R28, R30: the command line gives every name it takes (settings show's list).
        #expect(SettingKey.named("auto-ship") == nil)
        let error = SettingError.unknownKey("auto-ship", known: ["import-orders", "sync-interval", "printer"])
        #expect(error.description == "there is no setting \"auto-ship\": use one of import-orders, sync-interval, printer")
    }

    @Test func aRefusedChangeLeavesTheSettingsUnchanged() {
        // R30: `setting` returns new settings or throws; the settings it was asked on stay as they were.
        var settings = Self.fresh
        for (key, text) in [(SettingKey.importOrders, "maybe"), (.syncInterval, "0s"), (.syncInterval, "2d"), (.syncInterval, "abc")] {
            do {
                settings = try settings.setting(key, to: text)
                Issue.record("\(key.rawValue) = \(text) should have been refused")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(settings == Self.fresh)
    }

    @Test func everySettingHasATitleForTheScreen() {
        // R28
        #expect(SettingKey.allCases.map(\.title) == [
            "Import Amazon orders", "Import pending orders", "Reserve stock for pending orders", "Sync interval",
            "Demo: Amazon keeps trading", "Language", "Label format",
        ])
    }

    @Test func theLabelFormatIsPDFUntilSetAndOnlyPDFZPLOrPNG() throws {
        // R28: one default for the console and the command line; R30: any other word is refused, nothing changed.
        #expect(Self.fresh.labelFormat == .pdf)
        #expect(Self.fresh.value(of: .labelFormat) == "pdf")
        #expect(try SettingKey.named("label-format") == .labelFormat)
        let zpl = try Self.fresh.setting(.labelFormat, to: "ZPL")
        #expect(zpl.labelFormat == .zpl && zpl.value(of: .labelFormat) == "zpl" && zpl.labelFormat.wire == "ZPL")
        for word in ["epl", "pdf ", "", "zpl2"] where LabelFormat.parse(word) == nil {
            #expect(throws: SettingError.notALabelFormat(word)) { try zpl.setting(.labelFormat, to: word) }
        }
        #expect(SettingError.notALabelFormat("epl").description
                == "\"epl\" is not a label format: use pdf (office printer), zpl (thermal printer) or png (image)")
        #expect([LabelFormat.pdf, .zpl, .png].map(\.next) == [.zpl, .png, .pdf])
    }

    @Test func marketplacesKnowTheirCurrencyAndSellerCentral() {
        // R4: opening the order in Seller Central is the read-only order's one action.
        let de = Marketplace.named("A1PA6795UKMFR9")
        #expect(de.name == "Amazon.de")
        #expect(de.currency == "EUR")
        #expect(de.sellerCentralURL(orderId: "302-1111111-2222222") == "https://sellercentral.amazon.de/orders-v3/order/302-1111111-2222222")
        #expect(Marketplace.named("A1VC38T7YXB528").currency == "JPY")
        #expect(Marketplace.named("UNKNOWNID").name == "UNKNOWNID")
    }
}
