import Foundation
import MerchantTestSupport
import Testing

/// The `label-format` setting: one default for the console and `merchant label`, which `--format` overrides per call.
@Suite("The label-format setting and merchant label", .serialized, .ownThread)
struct LabelFormatSettingTests {
    func rate(_ m: MerchantBinary, _ id: String) throws -> String {
        let answer = try #require(try m.json("rates", id, "--json") as? JSONObject)
        return try #require((answer["rates"] as? [JSONObject])?.first?["rateId"] as? String)
    }

    /// Buys a label for a fresh paid order (`extra` arguments after the rate) and answers the saved file.
    func buy(_ m: MerchantBinary, _ extra: String...) throws -> Data {
        let id = try m.paidOrder()
        let bought = try m.ok(["label", id, "--rate", try rate(m, id), "--yes"] + extra)
        let path = try #require(bought.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func shown(_ m: MerchantBinary) throws -> String? {
        (try m.json("settings", "show", "--json") as? JSONObject)?["label-format"] as? String
    }

    @Test("pdf by default; settings set label-format zpl: said, shown, in --json and the activity log; any other value refused, nothing changed")
    func theSetting() throws {
        // R28: stored at once and written to the activity log; R30: a refused value changes nothing and says why.
        let m = MerchantBinary()
        #expect(try shown(m) == "pdf")
        #expect(try m.ok("settings", "show").contains("Label format:"))
        let said = try m.ok("settings", "set", "label-format", "zpl")
        #expect(said.contains("Label format: zpl. Labels are bought as ZPL from now on"), "\(said)")
        #expect(try m.ok("settings", "show").split(separator: "\n").contains { $0.contains(" zpl ") && $0.hasSuffix("[label-format]") })
        #expect(try shown(m) == "zpl")
        for bad in ["epl", "pdf2", ""] {
            let refused = try m.run("settings", "set", "label-format", bad)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("\"\(bad)\" is not a label format: use pdf (office printer), zpl (thermal printer) or png (image)"),
                    "\(refused.stderr)")
            #expect(try shown(m) == "zpl")
        }
        #expect(try m.ok("activity").contains("Label format: pdf → zpl"))
        // Upper case is the same word; the value is kept as the command line writes it.
        try m.ok("settings", "set", "label-format", "PNG")
        #expect(try shown(m) == "png")
    }

    @Test("merchant label without --format buys the setting's format; --format still chooses per call")
    func labelHonoursTheSetting() throws {
        let m = MerchantBinary()
        #expect(String(decoding: try buy(m).prefix(5), as: UTF8.self) == "%PDF-")
        try m.ok("settings", "set", "label-format", "zpl")
        #expect(String(decoding: try buy(m).prefix(3), as: UTF8.self) == "^XA")
        try m.ok("settings", "set", "label-format", "png")
        #expect(try buy(m).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(String(decoding: try buy(m, "--format", "pdf").prefix(5), as: UTF8.self) == "%PDF-")
        let id = try m.paidOrder()
        let refused = try m.run("label", id, "--rate", try rate(m, id), "--format", "epl")
        #expect(refused.status != 0 && refused.stderr.contains("--format is pdf, zpl or png, not epl"), "\(refused.stderr)")
    }
}
