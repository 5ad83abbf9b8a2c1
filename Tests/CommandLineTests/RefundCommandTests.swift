import Foundation
import MerchantTestSupport
import Testing

@Suite("Refunds from the command line", .serialized, .ownThread)
struct RefundCommandTests {
    /// A paid order of one mug (12.90 EUR), shipped and synced.
    func shippedOrder(_ m: MerchantBinary) throws -> String { try m.shippedOrder() }

    func storeDump(_ m: MerchantBinary) throws -> String { try ShopFolder(home: m.home).dump() }

    @Test("a refund over the total, zero, negative or malformed exits non-zero, says why, and leaves the store byte for byte",
          arguments: ["12.91", "0", "-1", "1.000.00", "1e9", "NaN"])
    func badAmountsRefused(amount: String) throws {
        // R22, R30
        let m = MerchantBinary()
        let id = try shippedOrder(m)
        let before = try storeDump(m)
        let result = try m.run("refund", id, "--amount=\(amount)", "--reason", "CustomerReturn")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("merchant: "))
        #expect(try storeDump(m) == before)
    }

    @Test("a script that runs the same refund again with its request id refunds once; the id reused for another refund is refused")
    func requestIdMakesARerunSafe() throws {
        // R29: a re-run after a crash doubles nothing. R30: a refusal changes nothing.
        let m = MerchantBinary()
        let id = try shippedOrder(m)
        let args = ["refund", id, "--amount", "2.90", "--reason", "PriceError", "--request-id", "script-4711", "--yes"]
        let first = try m.run(args)
        #expect(first.status == 0 && first.stdout.contains("Refunding 2.90 EUR"), "\(first.stderr)")
        let again = try m.run(args)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already recorded as refund #") && again.stdout.contains("nothing new was done"))
        let before = try storeDump(m)
        let other = try m.run("refund", id, "--amount", "1.00", "--reason", "PriceError", "--request-id", "script-4711", "--yes")
        #expect(other.status != 0)
        #expect(other.stderr.contains("request script-4711 was a refund of another order or amount"))
        let empty = try m.run("refund", id, "--amount", "1.00", "--reason", "PriceError", "--request-id", " ", "--yes")
        #expect(empty.status != 0 && empty.stderr.contains("a request id cannot be empty"))
        #expect(try storeDump(m) == before)
        let queue = try #require((try m.json("refunds", "--json") as? JSONObject)?["queue"] as? [JSONObject])
        #expect(queue.count == 1)
        // Without a request id, the same command is a second refund: the merchant asked twice.
        try m.ok("refund", id, "--amount", "2.90", "--reason", "PriceError", "--yes")
        #expect(((try m.json("refunds", "--json") as? JSONObject)?["queue"] as? [JSONObject])?.count == 2)
    }

    @Test("a refund reaches Amazon, the queue shows it done; a Seller Central refund shows apart")
    func refundFlows() throws {
        // R20, R23
        let m = MerchantBinary()
        let id = try shippedOrder(m)
        #expect(try m.ok("refund", id, "--amount", "2.90", "--reason", "price-error", "--yes").contains("Refunding 2.90 EUR"))
        let waiting = try #require(try m.json("refunds", "--json") as? JSONObject)
        #expect((waiting["queue"] as? [JSONObject])?.first?["state"] as? String == "waiting")
        try m.ok("sim", "refund", id, "--amount", "1.00")
        try m.ok("sync")
        try m.ok("sim", "advance", "--minutes", "10")
        try m.ok("sync")
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect((amazon["refunds"] as? [JSONObject])?.compactMap { $0["source"] as? String }.sorted() == ["feed", "sellerCentral"])
        let refunds = try #require(try m.json("refunds", "--json") as? JSONObject)
        #expect((refunds["queue"] as? [JSONObject])?.first?["state"] as? String == "done")
        let totals = try #require((refunds["totals"] as? [JSONObject])?.first)
        #expect(totals["refundedByConsole"] as? String == "2.90")
        #expect(totals["refundedOnAmazon"] as? String == "1.00")
        #expect(try m.ok("refunds").contains("Refunded on Amazon (made there directly, not by the console)"))
    }

    @Test("an order refunded on Amazon: the console's refund fails with a notice and is kept in the queue as failed")
    func alreadyRefundedOnAmazon() throws {
        // R21
        let m = MerchantBinary()
        let id = try shippedOrder(m)
        try m.ok("sim", "refund", id, "--amount", "12.90")
        try m.ok("sim", "advance", "--minutes", "5")
        try m.ok("sync")
        let result = try m.run("refund", id, "--amount", "5.00", "--reason", "CustomerReturn", "--yes")
        #expect(result.status != 0)
        #expect(result.stderr.contains("already refunded on Amazon"))
        let queue = try #require((try m.json("refunds", "--json") as? JSONObject)?["queue"] as? [JSONObject])
        #expect(queue.first?["state"] as? String == "failed")
        #expect((queue.first?["failure"] as? String)?.contains("already refunded on Amazon") == true)
        #expect(try m.ok("outbox").contains("refund") == false)
        // The failure on a line of its own, no escaped newline; the origin in the merchant's words, in German too.
        let english = try m.ok("refunds")
        #expect(!english.contains("\\u{a}"), "\(english)")
        let lines = english.split(separator: "\n")
        let entry = try #require(lines.firstIndex { $0.contains(id) && $0.contains("CustomerReturn") }, "\(english)")
        #expect(lines[entry].contains("your refund"))
        #expect(lines[entry + 1].hasPrefix("      already refunded on Amazon"))
        let german = try m.run(["refunds"], environment: ["LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": "de_DE.UTF-8"])
        #expect(!german.stdout.contains("\\u{a}") && !german.stdout.contains(" merchant "), "\(german.stdout)")
        #expect(german.stdout.contains("deine Erstattung") && german.stdout.contains("schon bei Amazon erstattet"))
    }

    @Test("a buyer's return shows in the queue as requested; activity and outbox speak JSON")
    func returnRequested() throws {
        // R20
        let m = MerchantBinary()
        let id = try shippedOrder(m)
        try m.ok("sim", "return", id)
        try m.ok("sync")
        let queue = try #require((try m.json("refunds", "--json") as? JSONObject)?["queue"] as? [JSONObject])
        #expect(queue.first?["state"] as? String == "requested")
        #expect(queue.first?["origin"] as? String == "return requested")
        #expect((queue.first?["suggested"] as? JSONObject)?["amount"] as? String == "12.90")
        let activity = try #require(try m.json("activity", "--json") as? [JSONObject])
        #expect(activity.contains { ($0["kind"] as? String) == "ship" })
        try m.ok("refund", id, "--amount", "12.90", "--reason", "CustomerReturn", "--yes")
        let outbox = try #require(try m.json("outbox", "--json") as? [JSONObject])
        #expect(outbox.contains { ($0["kind"] as? String) == "refund" && ($0["state"] as? String) == "queued" })
    }
}
