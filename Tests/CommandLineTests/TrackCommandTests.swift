import Foundation
import MerchantTestSupport
import Testing

/// `merchant track ID`: the carrier's events for an order's bought label, asked of Amazon, moving on with its clock.
@Suite("Tracking a bought label", .serialized, .ownThread)
struct TrackCommandTests {
    @Test("track follows the parcel from label created to delivered, in the merchant's language, with --json")
    func followsTheParcel() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let none = try m.run("track", id)
        #expect(none.status != 0 && none.stderr.contains("has no bought label to track"), "\(none.stderr)")

        let answer = try #require(try m.json("rates", id, "--json") as? JSONObject)
        let rate = try #require((answer["rates"] as? [JSONObject])?.first { $0["carrier"] as? String == "DHL Paket" }?["rateId"] as? String)
        let bought = try m.ok("label", id, "--rate", rate, "--yes")
        let created = try m.ok("track", id)
        #expect(created.contains("Now: label created, not picked up yet"), "\(created)")
        #expect(created.contains("label created, waiting for pickup · DE"))

        try m.ok("sim", "advance", "--minutes", "240", "--seed", "1")
        #expect(try m.ok("track", id).contains("Now: on its way"))
        try m.ok("sim", "advance", "--minutes", "3600", "--seed", "2")
        let delivered = try m.ok("track", id)
        #expect(delivered.contains("Now: delivered"), "\(delivered)")
        let lines = delivered.split(separator: "\n").map(String.init)
        let order = ["label created", "picked up", "left the carrier's depot", "arrived at the carrier's depot", "out for delivery", "delivered ·"]
        let at = order.map { word in lines.firstIndex { $0.contains(word) } ?? -1 }
        #expect(at == at.sorted() && !at.contains(-1), "oldest first: \(lines)")

        // Machine output: Amazon's codes and times, the same in every language.
        let json = try #require(try m.json("track", id, "--json") as? [JSONObject])
        let events = try #require(json.first?["events"] as? [JSONObject])
        #expect(events.map { $0["code"] as? String } == ["ReadyForReceive", "PickupDone", "Departed", "ArrivedAtCarrierFacility", "OutForDelivery", "Delivered"])
        #expect(json.first?["status"] as? String == "Delivered")
        #expect(bought.contains(try #require(json.first?["trackingNumber"] as? String)))
        let german = try m.run(["track", id, "--json"], environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil])
        #expect(german.stdout == (try m.run("track", id, "--json")).stdout)

        let words = try m.run(["track", id], environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil])
        #expect(words.stdout.contains("Jetzt: zugestellt") && words.stdout.contains("Sendungsnummer"), "\(words.stdout)")
        let thai = try m.run(["track", id], environment: ["LANG": "th_TH.UTF-8", "LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil])
        #expect(thai.stdout.contains("ส่งถึงแล้ว") && thai.stdout.contains("เลขติดตามพัสดุ"), "\(thai.stdout)")
    }
}
