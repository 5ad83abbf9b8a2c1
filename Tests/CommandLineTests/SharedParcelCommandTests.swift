import Foundation
import MerchantTestSupport
import Testing

/// One tracking number is one parcel, and a parcel reaches one address (R13): `merchant ship` refuses a number
/// already on another address's order and names it; `--shared-parcel` ships it on purpose; two orders of the
/// same buyer to the same address share a parcel without it, and the command says so.
@Suite("One tracking number, one parcel, from the command line", .serialized, .ownThread)
struct SharedParcelCommandTests {
    static let ups = "1Z5R89390357567127"

    func paidOrder(_ m: MerchantBinary, buyer: String) throws -> String {
        try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", buyer).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func localStatus(_ m: MerchantBinary, _ id: String) throws -> String? {
        (try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String
    }

    @Test("ship twice with one number: refused for another buyer, naming the order; accepted with --shared-parcel; accepted for the same buyer and address")
    func oneNumberOneParcel() throws {
        // R13, R30
        let m = MerchantBinary()
        let hanako = try paidOrder(m, buyer: "山田花子")
        let sato = try paidOrder(m, buyer: "佐藤花子")
        let hanakoAgain = try paidOrder(m, buyer: "山田花子")
        try m.ok("sync")

        try m.ok("ship", hanako, "--carrier", "UPS", "--tracking", Self.ups)
        // The same buyer at the same address: one parcel, and the command says so.
        let together = try m.ok("ship", hanakoAgain, "--carrier", "UPS", "--tracking", Self.ups)
        #expect(together.contains("one parcel with \(hanako): the same buyer and address"), "\(together)")

        let refused = try m.run("ship", sato, "--carrier", "UPS", "--tracking", Self.ups)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(hanako) && refused.stderr.contains("another address") && refused.stderr.contains("--shared-parcel"), "\(refused.stderr)")
        #expect(try localStatus(m, sato) == "processing")
        #expect(!(try m.ok("order", sato)).contains(Self.ups))   // refused: nothing recorded

        let onPurpose = try m.ok("ship", sato, "--carrier", "UPS", "--tracking", Self.ups, "--shared-parcel")
        #expect(onPurpose.contains("one parcel with \(hanako), \(hanakoAgain)"), "\(onPurpose)")
        #expect(try localStatus(m, sato) == "shipped")

        // The order detail shows the package at once, before Amazon hears of it.
        let detail = try m.ok("order", sato)
        #expect(detail.contains("(shipped 1)") && detail.contains("UPS \(Self.ups)") && detail.contains("Amazon: confirming…"), "\(detail)")
    }
}
