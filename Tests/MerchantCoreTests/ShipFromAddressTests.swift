import MerchantCore
import Testing

/// The merchant's ship-from address: German, Thai and Japanese warehouses, in the short form and field by field.
@Suite struct ShipFromAddressTests {
    @Test func aBerlinWarehouseInTheShortForm() throws {
        let a = try ShipFromAddress.parse("Kaffeekontor Groß GmbH; Lagerstraße 5; 10115; Berlin; de")
        #expect(a.name == "Kaffeekontor Groß GmbH")
        #expect(a.lines == ["Lagerstraße 5"])
        #expect(a.postalCode == "10115")
        #expect(a.countryCode == "DE")
        #expect(a.phone == nil)
        #expect(a.block == ["Kaffeekontor Groß GmbH", "Lagerstraße 5", "10115 Berlin", "GERMANY"])
        #expect(try ShipFromAddress.parse(a.shortForm) == a)
    }

    @Test func aBangkokWarehouseWithTwoLinesAndAPhone() throws {
        let a = try ShipFromAddress.parse("ร้านชาไทย จำกัด; 99/1 ถนนสุขุมวิท; แขวงคลองเตย เขตคลองเตย; 10110; กรุงเทพมหานคร; TH; +66 2 123 4567")
        #expect(a.lines.count == 2)
        #expect(a.phone == "+66 2 123 4567")
        #expect(a.block[3] == "กรุงเทพมหานคร 10110")
        #expect(a.block.last == "THAILAND")
    }

    @Test func aTokyoWarehouse() throws {
        let a = try ShipFromAddress(name: "山田商店", lines: ["千代田1-1"], postalCode: "100-0001", city: "東京都千代田区", countryCode: "JP")
        #expect(a.block == ["〒100-0001", "東京都千代田区", "千代田1-1", "山田商店", "JAPAN"])
        // Written in Latin letters, a Japanese address reads as the West writes it.
        #expect(AddressBlock.lines(name: "Taro Yamada", street: ["1-1 Chiyoda"], postalCode: "100-0001", city: "Chiyoda-ku", region: "Tokyo", countryCode: "JP")
                == ["Taro Yamada", "1-1 Chiyoda", "Chiyoda-ku, Tokyo 100-0001", "JAPAN"])
    }

    // R30: each refusal says what to fix.
    @Test func badAddressesAreRefused() {
        #expect(throws: ParcelError.addressShortForm) { try ShipFromAddress.parse("Name; Street; Berlin") }
        #expect(throws: ParcelError.postalCode("1011", country: "DE", example: "10115")) { try ShipFromAddress.parse("Name; Street 1; 1011; Berlin; DE") }
        #expect(throws: ParcelError.postalCode("1000001X", country: "JP", example: "100-0001")) { try ShipFromAddress.parse("Name; Street 1; 1000001X; Tokyo; JP") }
        #expect(Language.$override.withValue(.english) { ParcelError.postalCode("1011", country: "DE", example: "10115").description }
                == "\"1011\" is not a postal code of DE: write it like 10115")
        #expect(throws: ParcelError.postalCode("!", country: "BR", example: nil)) { try ShipFromAddress.parse("Name; Rua 1; !; São Paulo; BR") }
        #expect(throws: ParcelError.notACountry("XX")) { try ShipFromAddress.parse("Name; Street 1; 10115; Berlin; XX") }
        #expect(throws: ParcelError.notACountry("Germany")) { try ShipFromAddress.parse("Name; Street 1; 10115; Berlin; Germany") }
        #expect(throws: ParcelError.addressFieldMissing("name")) { try ShipFromAddress.parse(" ; Street 1; 10115; Berlin; DE") }
        #expect(throws: ParcelError.addressFieldMissing("name")) {
            try ShipFromAddress(name: "Eve\u{1B}[2J", lines: ["Street 1"], postalCode: "10115", city: "Berlin", countryCode: "DE")
        }
        #expect(throws: ParcelError.notAPhone("call me")) {
            try ShipFromAddress(name: "A", lines: ["Street 1"], postalCode: "10115", city: "Berlin", countryCode: "DE", phone: "call me")
        }
        #expect(throws: ParcelError.addressLines) {
            try ShipFromAddress(name: "A", lines: ["1", "2", "3", "4"], postalCode: "10115", city: "Berlin", countryCode: "DE")
        }
    }

    @Test func ukAndUSAddressesReadAsTheirPostWantsThem() {
        #expect(AddressBlock.lines(name: "Ann Smith", street: ["1 High St"], postalCode: "SW1A 1AA", city: "London", region: nil, countryCode: "GB")
                == ["Ann Smith", "1 High St", "London", "SW1A 1AA", "UNITED KINGDOM"])
        #expect(AddressBlock.lines(name: nil, street: ["1 Main St"], postalCode: "98101", city: "Seattle", region: "WA", countryCode: "US")
                == ["1 Main St", "Seattle, WA 98101", "UNITED STATES"])
    }
}
