import Foundation
import MerchantTestSupport
import Testing

/// A number below zero typed after an option reaches the command's own refusal, which says what is wrong with it, and
/// not ArgumentParser's "Missing value", which reads "-5" as an option.
@Suite("Negative numbers on the command line", .serialized, .ownThread)
struct NegativeNumberCommandTests {
    @Test("each command says why a negative number is refused, and changes nothing")
    func negativeNumbersReachTheCommandsRefusal() throws {
        // R22, R28, R30
        let m = MerchantBinary()
        let shop = ShopFolder(home: m.home)
        let id = try m.paidOrder()
        let before = try shop.sql(shop.storePath, "SELECT COUNT(*) FROM activity")
        let cases: [([String], String)] = [
            (["refund", id, "--amount", "-5", "--reason", "CustomerReturn", "--yes"], "\"-5\" is negative: the amount cannot be below zero"),
            (["cancel", id, "--refund", "-5", "--reason", "NoInventory", "--yes"], "\"-5\" is negative: the amount cannot be below zero"),
            (["catalog", "set", "MUG-BLAU-350", "--stock", "-5"], "-5 is not a valid stock: use a whole number from 0 up"),
            (["catalog", "set", "MUG-BLAU-350", "--amazon-stock", "-5"], "-5 is not a valid Amazon stock: use a whole number from 0 up"),
            (["catalog", "set", "MUG-BLAU-350", "--handling-days", "-5"], "-5 days is not a handling time Amazon accepts: use 0 to 30"),
            (["catalog", "set", "MUG-BLAU-350", "--weight", "-5g"], "\"-5g\" is not a weight"),
            (["settings", "set", "sync-interval", "-5"], "\"-5\" is not an interval: write seconds (90), minutes (5m) or hours (1h)"),
            (["orders", "--limit", "-5"], "the limit must be 1 to 10000"),
            (["activity", "--limit", "-5"], "the limit must be 1 to 10000"),
            (["refunds", "--limit", "-5"], "the limit must be 1 to 10000"),
        ]
        for (arguments, said) in cases {
            let result = try m.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(said), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing") && !result.stderr.contains("Usage:"), "\(arguments): \(result.stderr)")
        }
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM activity") == before)
    }
}
