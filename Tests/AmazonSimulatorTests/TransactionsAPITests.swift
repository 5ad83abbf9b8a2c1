import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// The simulator's Finances 2024-06-19 `listTransactions`, checked against the official model.
@Suite struct TransactionsAPITests {
    static let path = "/finances/2024-06-19/transactions"

    func iso(_ date: Date) -> String { SPAPIDate.format(date) }

    func transactions(_ response: HTTPResponse) throws -> TransactionsPayload {
        try #require(try ListTransactionsResponse.decode(from: response.body).payload)
    }

    @Test("refunds are answered as the model describes them: type Refund, the order among the related identifiers, exact negative amounts",
          .enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func answersValidateAgainstTheOfficialModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "finances_2024-06-19.json"))
        let fixture = try SimulatorFixture()
        let start = fixture.clock.now
        let mug = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        let yen = try fixture.simulator.placeOrder(sku: "BECHER-THAI", marketplaceId: "A1VC38T7YXB528")
        try fixture.simulator.refundOnAmazon(orderId: mug, amount: "8.56")
        let jpy = try #require(Int(try fixture.simulator.orderView(orderId: yen).refundable))
        try fixture.simulator.refundOnAmazon(orderId: yen, amount: String(jpy))
        fixture.clock.advance(seconds: 300)
        let answer = try await fixture.get(Self.path, [("postedAfter", iso(start.addingTimeInterval(-3600)))])
        #expect(answer.status == 200)
        #expect(try checker.violations(of: answer.body, against: "ListTransactionsResponse") == [])
        let text = String(decoding: answer.body, as: UTF8.self)
        #expect(text.contains(#""currencyAmount":-8.56"#))
        let page = try transactions(answer)
        #expect(page.nextToken == nil)
        let list = page.transactions ?? []
        #expect(list.map { $0.relatedIdentifier("ORDER_ID") } == [mug, yen])
        #expect(list.allSatisfy { $0.transactionType == "Refund" && $0.transactionStatus == "RELEASED" && $0.postedDate != nil })
        #expect(list.map { $0.totalAmount?.amountText } == ["-8.56", "-\(jpy)"])
        #expect(list.map { $0.totalAmount?.currencyCode } == ["EUR", "JPY"])
        #expect(list.map { $0.breakdowns?.first?.breakdownAmount?.amountText } == ["-8.56", "-\(jpy)"])
        #expect(list.first?.items?.first?.contexts?.first?.sku == "MUG-BLAU-350")
        // The same refund has the same transaction id on every read; different refunds different ones.
        let again = try transactions(try await fixture.get(Self.path, [("postedAfter", iso(start.addingTimeInterval(-3600)))]))
        #expect(again.transactions?.map(\.transactionId) == list.map(\.transactionId))
        #expect(Set(list.compactMap(\.transactionId)).count == 2)
        // One order's transactions, asked by its id without a date.
        let one = try await fixture.get(Self.path, [("relatedIdentifierName", "ORDER_ID"), ("relatedIdentifierValue", yen)])
        #expect(try transactions(one).transactions?.map { $0.relatedIdentifier("ORDER_ID") } == [yen])
        #expect(try checker.violations(of: one.body, against: "ListTransactionsResponse") == [])
    }

    @Test("a request Amazon refuses gets a 400 and an error list as the model words it",
          .enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func refusalsAsTheModelWordsThem() async throws {
        let checker = try #require(ModelSchemaChecker(model: "finances_2024-06-19.json"))
        let fixture = try SimulatorFixture()
        let now = fixture.clock.now
        let noStart = try await fixture.get(Self.path, [("postedBefore", iso(now.addingTimeInterval(-86_400)))])
        #expect(noStart.status == 400)
        #expect(try checker.violations(of: noStart.body, against: "ErrorList") == [])
        let error = try #require(try JSONDecoder().decode(SPAPIErrorList.self, from: noStart.body).errors.first)
        #expect(error.code == "InvalidInput" && error.message == "Start date cannot be null")

        // postedBefore must be more than two minutes before the request.
        let tooRecent = try await fixture.get(Self.path, [("postedAfter", iso(now.addingTimeInterval(-86_400))), ("postedBefore", iso(now.addingTimeInterval(-60)))])
        #expect(tooRecent.status == 400)
        #expect(fixture.errorCode(tooRecent) == "InvalidInput")
        #expect(try checker.violations(of: tooRecent.body, against: "ErrorList") == [])
        #expect(String(decoding: tooRecent.body, as: UTF8.self).contains("two minutes"))
        let justEnough = try await fixture.get(Self.path, [("postedAfter", iso(now.addingTimeInterval(-86_400))), ("postedBefore", iso(now.addingTimeInterval(-120)))])
        #expect(justEnough.status == 200)

        let backwards = try await fixture.get(Self.path, [("postedAfter", iso(now.addingTimeInterval(-3600))), ("postedBefore", iso(now.addingTimeInterval(-7200)))])
        #expect(backwards.status == 400)
        let badToken = try await fixture.get(Self.path, [("postedAfter", iso(now.addingTimeInterval(-3600))), ("nextToken", "not-a-token")])
        #expect(badToken.status == 400)
    }

    @Test("a range over 180 days is answered with no transactions, as the model says; 180 days exactly is answered")
    func longRangeAnsweredEmpty() async throws {
        let fixture = try SimulatorFixture()
        let start = fixture.clock.now
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        try fixture.simulator.refundOnAmazon(orderId: id, amount: "1.00")
        fixture.clock.advance(seconds: 200 * 86_400)
        let before = start.addingTimeInterval(100 * 86_400)
        let tooLong = try await fixture.get(Self.path, [("postedAfter", iso(before.addingTimeInterval(-180 * 86_400 - 1))), ("postedBefore", iso(before))])
        #expect(tooLong.status == 200)
        #expect(try transactions(tooLong).transactions == [])
        let longest = try await fixture.get(Self.path, [("postedAfter", iso(before.addingTimeInterval(-180 * 86_400))), ("postedBefore", iso(before))])
        #expect(try transactions(longest).transactions?.count == 1)
    }

    @Test("pages of 100 follow nextToken to the last, none repeated or skipped, while more refunds are posted")
    func paging() async throws {
        let fixture = try SimulatorFixture()
        let start = fixture.clock.now
        let id = try fixture.simulator.placeOrder(sku: "KANNE-GUSS-1L", quantity: 3)
        for _ in 0..<205 { try fixture.simulator.refundOnAmazon(orderId: id, amount: "0.01") }
        fixture.clock.advance(seconds: 300)
        let after = iso(start.addingTimeInterval(-60))
        var ids: [String] = []
        var token: String?
        var pages = 0
        repeat {
            var query = [("postedAfter", after)]
            if let token { query.append(("nextToken", token)) }
            let answer = try await fixture.get(Self.path, query)
            #expect(answer.status == 200)
            let page = try transactions(answer)
            ids += (page.transactions ?? []).compactMap(\.transactionId)
            token = page.nextToken
            pages += 1
            try fixture.simulator.refundOnAmazon(orderId: id, amount: "0.01")   // posted now: after this read's range
        } while token != nil
        #expect(pages == 3)
        #expect(ids.count == 205 && Set(ids).count == 205)
    }
}
