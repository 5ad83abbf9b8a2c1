import Foundation
import SellingPartnerAPI
import Testing

@Suite struct FeedDocumentsTests {
    @Test func anAcknowledgementFeedRoundTrips() throws {
        let feed = OrderAcknowledgementFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [
            .init(messageId: 1, amazonOrderId: "302-1234567-1234567", merchantOrderId: "1001", statusCode: .success,
                  items: [.init(amazonOrderItemCode: "12345678901234", merchantOrderItemId: "1")]),
            .init(messageId: 2, amazonOrderId: "302-7654321-7654321", statusCode: .failure,
                  items: [.init(amazonOrderItemCode: "43210987654321", cancelReason: "NoInventory")]),
        ])
        let xml = feed.xml()
        #expect(xml.contains("<MessageType>OrderAcknowledgement</MessageType>"))
        #expect(xml.contains("<DocumentVersion>1.01</DocumentVersion>"))
        #expect(try OrderAcknowledgementFeed.parse(Data(xml.utf8)) == feed)
    }

    @Test func anAdjustmentFeedRoundTripsWithCurrencies() throws {
        let feed = OrderAdjustmentFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [
            .init(messageId: 1, amazonOrderId: "302-1234567-1234567", items: [
                .init(amazonOrderItemCode: "12345678901234", adjustmentReason: "CustomerReturn", components: [
                    .init(type: "Principal", amount: "12.90", currency: "EUR"), .init(type: "Shipping", amount: "4.99", currency: "EUR"),
                ]),
            ]),
            .init(messageId: 2, amazonOrderId: "503-1234567-1234567", items: [
                .init(amazonOrderItemCode: "22345678901234", adjustmentReason: "GeneralAdjustment", components: [.init(type: "Principal", amount: "1500", currency: "JPY")]),
            ]),
        ])
        let xml = feed.xml()
        #expect(xml.contains(#"<Amount currency="EUR">12.90</Amount>"#))
        #expect(try OrderAdjustmentFeed.parse(Data(xml.utf8)) == feed)
    }

    @Test func aProcessingReportRoundTrips() throws {
        let report = ProcessingReport(merchantIdentifier: "A2DEMOSELLER01", documentTransactionId: "50000000001",
                                      messagesProcessed: 3, messagesSuccessful: 1, messagesWithError: 1, messagesWithWarning: 1, results: [
            .init(messageId: 2, resultCode: .error, resultMessageCode: "18028", resultDescription: "The order ID was not found.", amazonOrderId: "302-1234567-1234567"),
            .init(messageId: 3, resultCode: .warning, resultMessageCode: "18092", resultDescription: "Already cancelled."),
        ])
        let parsed = try ProcessingReport.parse(Data(report.xml().utf8))
        #expect(parsed == report)
        #expect(parsed.result(forMessage: 2)?.amazonOrderId == "302-1234567-1234567")
    }

    @Test func textIsEscapedAndUnicodeSurvives() throws {
        let tricky = #"<Müller & "Söhne"> 'x'"#
        let feed = OrderAcknowledgementFeed(merchantIdentifier: "Jürgen Groß & สมชาย ใจดี", messages: [
            .init(messageId: 1, amazonOrderId: "302-1234567-1234567", merchantOrderId: tricky, statusCode: .success),
            .init(messageId: 2, amazonOrderId: "山田太郎-น้ำ-🎉", merchantOrderId: "ที่ 東京", statusCode: .success),
        ])
        let xml = feed.xml()
        #expect(!xml.contains(tricky))
        #expect(xml.contains("&lt;Müller &amp; &quot;Söhne&quot;&gt;"))
        let parsed = try OrderAcknowledgementFeed.parse(Data(xml.utf8))
        #expect(parsed == feed)
        #expect(parsed.messages[1].amazonOrderId == "山田太郎-น้ำ-🎉")
    }

    @Test func malformedDocumentsAreRefusedInWords() {
        #expect(throws: FeedDocumentError.self) { try OrderAcknowledgementFeed.parse(Data("<AmazonEnvelope><Message>".utf8)) }
        let wrongType = OrderAcknowledgementFeed(merchantIdentifier: "M", messages: []).xml()
        #expect(throws: FeedDocumentError.unexpected("OrderAcknowledgement", expected: "OrderAdjustment")) {
            try OrderAdjustmentFeed.parse(Data(wrongType.utf8))
        }
    }
}
