import ConsoleUI
import Foundation
import MerchantTestSupport
import Testing

/// Parcel facts, the ship-from address, the pick list and the packing slip, run as a merchant runs them.
@Suite("Parcel facts, pick list and packing slip on the command line", .serialized, .ownThread)
struct ParcelCommandTests {
    // R28, R30
    @Test func catalogSetTakesAnySubsetOfParcelFactsAndRefusesABadOne() throws {
        let m = MerchantBinary()
        defer { try? FileManager.default.removeItem(at: m.home) }
        let out = try m.ok("catalog", "set", "MUG-BLAU-350", "--weight", "350g", "--size", "20x15x10cm", "--gtin", "4006381333931", "--bin", "A-03-2")
        #expect(out.contains("350 g · 20 × 15 × 10 cm · GTIN 4006381333931 · bin A-03-2"))
        let mug = try product("MUG-BLAU-350", in: m)
        let parcel = try #require(mug["parcel"] as? JSONObject)
        #expect(parcel["weightGrams"] as? Int == 350)
        #expect(parcel["sizeMm"] as? [Int] == [200, 150, 100])
        #expect(parcel["gtin"] as? String == "4006381333931")
        #expect(parcel["bin"] as? String == "A-03-2")

        // One bad value refuses the whole command: the good weight beside it is not stored either.
        let before = try m.ok("catalog", "--json")
        let refused = try m.run("catalog", "set", "MUG-ROT-350", "--weight", "1kg", "--gtin", "4006381333932")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("its last digit should be 1"))
        let taken = try m.run("catalog", "set", "MUG-ROT-350", "--gtin", "4006381333931")
        #expect(taken.status != 0 && taken.stderr.contains("already belongs to MUG-BLAU-350"))
        #expect(try m.run("catalog", "set", "MUG-ROT-350", "--size", "20x15cm").status != 0)
        #expect(try m.ok("catalog", "--json") == before)

        try m.ok("catalog", "set", "MUG-BLAU-350", "--bin", "none")
        #expect((try product("MUG-BLAU-350", in: m)["parcel"] as? JSONObject)?["bin"] == nil)
    }

    // R28, R30
    @Test func theShipFromAddressIsOneQuotedSetting() throws {
        let m = MerchantBinary()
        defer { try? FileManager.default.removeItem(at: m.home) }
        // A new folder has the demo's Berlin warehouse.
        #expect(try m.ok("settings", "show").contains("Storkower Straße 118; 10407; Berlin; DE"))
        let out = try m.ok("settings", "set", "ship-from", "山田商店; 千代田1-1; 100-0001; 千代田区; jp; +81 3 1234 5678")
        #expect(out.contains("〒100-0001\n  千代田区\n  千代田1-1\n  山田商店\n  JAPAN"))
        let json = try #require(try m.json("settings", "show", "--json") as? JSONObject)
        #expect(json["ship-from"] as? String == "山田商店; 千代田1-1; 100-0001; 千代田区; JP; +81 3 1234 5678")
        let refused = try m.run("settings", "set", "ship-from", "Lager; Straße 1; 1011; Berlin; DE")
        #expect(refused.status != 0 && refused.stderr.contains("not a postal code"))
        #expect(try m.ok("settings", "show").contains("山田商店; 千代田1-1"))
        #expect(try m.ok("activity").contains("Ship-from address:"))
    }

    @Test func thePickListIsAGoldenFile() throws {
        let m = try seeded()
        defer { try? FileManager.default.removeItem(at: m.home) }
        let text = try say(m, ["picklist"]).trimmingCharacters(in: .newlines)
        expectSnapshot(text, "picklist")
        expectFits(text, 80)
        // Shipped, Amazon's own and pending orders are not picked (R10, R14).
        for id in [ParcelFixture.shipped, ParcelFixture.byAmazon, ParcelFixture.pending] { #expect(!text.contains(id)) }
        let json = try #require(try m.json("picklist", "--json") as? JSONObject)
        #expect(json["units"] as? Int == 9)
        let lines = try #require(json["lines"] as? [JSONObject])
        #expect(lines.map { $0["sku"] as? String } == ["BECHER-THAI", "SET-THAI-4", "MUG-BLAU-350", "TEE-MATCHA-100", "SIEB-TEE-FEIN"])
    }

    @Test(arguments: ["de", "th"])
    func thePickListInGermanAndThaiIsAGoldenFile(language: String) throws {
        let m = try seeded()
        defer { try? FileManager.default.removeItem(at: m.home) }
        let text = try say(m, ["picklist"], in: language).trimmingCharacters(in: .newlines)
        expectSnapshot(text, "picklist-\(language)")
        expectFits(text, 80)
        // Scripts read the same JSON whatever the merchant's language.
        let json = try m.run(["picklist", "--json"], environment: ["LANGUAGE": language]).stdout
        #expect(json == (try m.run(["picklist", "--json"], environment: ["LANGUAGE": "en"]).stdout))
    }

    @Test(arguments: ["a4", "label"])
    func theSlipIsAGoldenFileInBothFormats(format: String) throws {
        let m = try seeded()
        defer { try? FileManager.default.removeItem(at: m.home) }
        for (name, id) in [("berlin", ParcelFixture.berlin), ("bangkok", ParcelFixture.bangkok), ("tokyo", ParcelFixture.tokyo)] {
            let text = try say(m, ["slip", id, "--format", format]).trimmingCharacters(in: .newlines)
            expectSnapshot(text, "slip-\(format)-\(name)")
            expectFits(text, format == "a4" ? 80 : 48)
        }
        // Names intact: the Thai buyer whole, the long Thai title wrapped between characters and whole when read on.
        let bangkok = try m.ok("slip", ParcelFixture.bangkok, "--format", format)
        #expect(bangkok.contains("น้ำฝน ใจดี"))
        let lines = bangkok.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.joined().contains(ParcelFixture.longThaiTitle))
        for line in lines {
            // No line starts with a mark or SARA AM torn from the consonant it belongs to.
            guard let first = line.unicodeScalars.first else { continue }
            #expect(!(first.value == 0x0E31 || first.value == 0x0E33 || (0x0E34...0x0E3A).contains(first.value) || (0x0E47...0x0E4E).contains(first.value)), "\(line)")
        }
    }

    // R8, R14, R30
    @Test func aSlipIsRefusedWhenThereIsNothingOfYoursToPack() throws {
        let m = try seeded()
        defer { try? FileManager.default.removeItem(at: m.home) }
        let pending = try m.run("slip", ParcelFixture.pending)
        #expect(pending.status != 0 && pending.stderr.contains("still pending"))
        let afn = try m.run("slip", ParcelFixture.byAmazon)
        #expect(afn.status != 0 && afn.stderr.contains("Amazon ships order"))
        let format = try m.run("slip", ParcelFixture.berlin, "--format", "a5")
        #expect(format.status != 0 && format.stderr.contains("a4 or label"))
        #expect(try m.run("slip", "302-0000000-0000000").status != 0)
    }

    @Test func printSendsTheSlipToLpOrSaysWhyNot() throws {
        let m = try seeded()
        defer { try? FileManager.default.removeItem(at: m.home) }
        let empty = try Temporary.folder("no-lp")
        let bin = try Temporary.folder("fake-lp")
        defer { try? FileManager.default.removeItem(at: empty); try? FileManager.default.removeItem(at: bin) }
        let missing = try m.run(["slip", ParcelFixture.berlin, "--print"], environment: ["PATH": empty.path])
        #expect(missing.status != 0 && missing.stderr.contains("lp was not found"))

        // A stand-in lp that keeps what it was sent and how.
        let kept = bin.appendingPathComponent("printed.txt")
        let lp = bin.appendingPathComponent("lp")
        try "#!/bin/sh\necho \"$@\" > '\(kept.path).args'\ncat > '\(kept.path)'\necho 'request id is label-7'\n".write(to: lp, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: lp.path)
        let printed = try m.run(["slip", ParcelFixture.tokyo, "--format", "label", "--print"], environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("request id is label-7"))
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("山田太郎"))
        #expect(try String(contentsOf: URL(fileURLWithPath: kept.path + ".args"), encoding: .utf8).contains("media=Custom.100x150mm"))
    }

    // MARK: - Helpers

    func seeded() throws -> MerchantBinary {
        let m = MerchantBinary()
        try ParcelFixture.seed(home: m.home)
        return m
    }

    /// What a command prints in `language` (English unless told): golden files must not follow the machine's LANG.
    func say(_ m: MerchantBinary, _ arguments: [String], in language: String = "en") throws -> String {
        let result = try m.run(arguments, environment: ["LANGUAGE": language])
        guard result.status == 0 else { throw E2EError("merchant \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout
    }

    func product(_ sku: String, in m: MerchantBinary) throws -> JSONObject {
        let catalog = try #require(try m.json("catalog", "--json") as? [JSONObject])
        return try #require(catalog.compactMap { $0["product"] as? JSONObject }.first { $0["sku"] as? String == sku })
    }

    /// Every line fits the paper: at most `columns` as a terminal or a fixed-width printer font counts them.
    func expectFits(_ text: String, _ columns: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= columns, "\(line)", sourceLocation: sourceLocation)
        }
    }
}
