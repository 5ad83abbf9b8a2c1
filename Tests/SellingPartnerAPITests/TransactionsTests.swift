import Foundation
import Testing
@testable import SellingPartnerAPI

/// Finances 2024-06-19 `listTransactions` as the client sends and reads it.
@Suite struct TransactionsTests {
    static let after = Date(timeIntervalSince1970: 1_790_000_000)
    static let before = Date(timeIntervalSince1970: 1_790_086_400)

    static func page(amounts: [String], next: String? = nil) -> String {
        let transactions = amounts.enumerated().map { n, amount in
            #"{"transactionId":"t\#(n)","transactionType":"Refund","postedDate":"2026-09-21T10:00:00Z","#
                + #""relatedIdentifiers":[{"relatedIdentifierName":"ORDER_ID","relatedIdentifierValue":"302-1"}],"#
                + #""totalAmount":{"currencyAmount":\#(amount),"currencyCode":"EUR"},"#
                + #""breakdowns":[{"breakdownType":"ProductCharges","breakdownAmount":{"currencyAmount":\#(amount),"currencyCode":"EUR"},"breakdowns":[]}]}"#
        }
        let token = next.map { #""nextToken":"\#($0)","# } ?? ""
        return #"{"payload":{\#(token)"transactions":[\#(transactions.joined(separator: ","))]}}"#
    }

    @Test("8.56 and 1234.5 are read exactly from the digits Amazon wrote, never through a Double")
    func amountsStayExact() async throws {
        let (client, _, _) = makeClient([.json(Self.page(amounts: ["-8.56", "1234.5", "-0.1", "12.90", "1E+2"]))])
        let page = try await client.listTransactions(postedAfter: Self.after, postedBefore: Self.before)
        let amounts = (page.transactions ?? []).map { $0.totalAmount?.currencyAmount }
        let exact = ["-8.56", "1234.5", "-0.1", "12.9", "100"].map { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        #expect(amounts == exact)
        #expect((page.transactions ?? []).map { $0.totalAmount?.amountText } == ["-8.56", "1234.5", "-0.1", "12.9", "100"])
        #expect(page.transactions?.first?.breakdowns?.first?.breakdownAmount?.currencyAmount == exact[0])
        // The trap it avoids: 8.56 by way of a Double is not 8.56.
        #expect(Decimal(8.56) != Decimal(string: "8.56"))
    }

    @Test("an amount that is not a number refuses the answer instead of reading it as something else")
    func notANumberRefused() async throws {
        let (client, _, _) = makeClient([.json(#"{"payload":{"transactions":[{"totalAmount":{"currencyAmount":"8.56abc","currencyCode":"EUR"}}]}}"#)],
                                        backoff: BackoffPolicy(maxAttempts: 1, seed: 7))
        await #expect(throws: SPAPIError.self) {
            _ = try await client.listTransactions(postedAfter: Self.after, postedBefore: Self.before)
        }
    }

    @Test("only the numbers of currencyAmount are quoted; strings that look like them are left alone")
    func quotingIsCareful() throws {
        let raw = #"{"note":"\"currencyAmount\": 1.5","currencyAmount" : -8.56,"n":3,"a":{"currencyAmount":1234.5e0},"currencyAmount":null,"currencyAmount":"2.10"}"#
        let quoted = String(decoding: JSONNumberText.quotingNumbers(ofKeys: ["currencyAmount"], in: Data(raw.utf8)), as: UTF8.self)
        #expect(quoted == #"{"note":"\"currencyAmount\": 1.5","currencyAmount" : "-8.56","n":3,"a":{"currencyAmount":"1234.5e0"},"currencyAmount":null,"currencyAmount":"2.10"}"#)
        #expect(JSONNumberText.decimal("8.56abc") == nil)
        #expect(JSONNumberText.decimal("01.5") == nil)
        #expect(JSONNumberText.decimal("1.") == nil)
        #expect(JSONNumberText.decimal("-0.10") == Decimal(string: "-0.1"))
    }

    @Test("a next page is asked with its nextToken and the same range as the first")
    func nextPageCarriesTheSameArguments() async throws {
        let token = "AQICAHg+Lu0W/bpD9c=="
        let (client, transport, _) = makeClient([.json(Self.page(amounts: ["-1.00"], next: token)), .json(Self.page(amounts: ["-2.00"]))])
        let first = try await client.listTransactions(postedAfter: Self.after, postedBefore: Self.before)
        #expect(first.nextToken == token)
        let second = try await client.listTransactions(postedAfter: Self.after, postedBefore: Self.before, nextToken: first.nextToken)
        #expect(second.nextToken == nil)
        let requests = transport.requests
        #expect(requests.map(\.path) == ["/finances/2024-06-19/transactions", "/finances/2024-06-19/transactions"])
        #expect(requests[0].query.map(\.0) == ["postedAfter", "postedBefore"])
        #expect(requests[1].query.filter { $0.0 != "nextToken" }.map(\.1) == requests[0].query.map(\.1))
        #expect(requests[1].query.first { $0.0 == "nextToken" }?.1 == token)
        #expect(requests[0].query.first { $0.0 == "postedAfter" }?.1 == "2026-09-21T14:13:20Z")
    }

    @Test("listTransactions has its own rate: 0.5 a second, a burst of 10")
    func documentedRate() {
        #expect(RateLimitPolicy.documented.limits[.listTransactions] == RateLimit(rate: 0.5, burst: 10))
        #expect(SPAPIOperation.listTransactions.isRead)
    }

    @Test("the official model's examples decode, its Transaction example (breakdowns wrapped in an object) too",
          .enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
    func officialExamplesDecode() throws {
        guard let spec = try SpecFiles.json("finances_2024-06-19.json") as? [String: Any],
              let operation = ((spec["paths"] as? [String: Any])?["/finances/2024-06-19/transactions"] as? [String: Any])?["get"] as? [String: Any],
              let sandbox = ((operation["responses"] as? [String: Any])?["200"] as? [String: Any])?["x-amzn-api-sandbox"] as? [String: Any],
              let entries = sandbox["static"] as? [[String: Any]],
              let example = ((spec["definitions"] as? [String: Any])?["Transaction"] as? [String: Any])?["example"]
        else { Issue.record("the model has no examples where expected"); return }
        try #require(!entries.isEmpty)
        for entry in entries {
            let body = try JSONSerialization.data(withJSONObject: try #require(entry["response"]))
            let page = try #require(try ListTransactionsResponse.decode(from: body).payload)
            let first = try #require(page.transactions?.first)
            #expect(first.relatedIdentifier("ORDER_ID") == "8129762527551")
            #expect(first.totalAmount?.currencyAmount == 10)
        }
        let transaction = try JSONDecoder().decode(Transaction.self, from: JSONSerialization.data(withJSONObject: example))
        #expect(transaction.transactionId == "b1qD0oAliFkLiqRyGbmeT0DoS2Z2kHzi7TZ92z-vARI")
        #expect(transaction.breakdowns?.first?.breakdownType == "Sales")
        #expect(transaction.items?.first?.contexts?.first?.sku == "sku-12")
    }
}
