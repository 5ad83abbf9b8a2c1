import MerchantCore
import Testing

@Suite("Amazon's reason codes in plain words")
struct ReasonWordsTests {
    @Test("every cancel and refund reason Amazon accepts has plain words")
    func everyReasonHasWords() {
        for reason in CancelReason.allCases { #expect(ReasonWords.plain(reason.rawValue) != nil, "\(reason.rawValue)") }
        for reason in RefundReason.allCases { #expect(ReasonWords.plain(reason.rawValue) != nil, "\(reason.rawValue)") }
    }

    @Test("a code is shown with its words beside it; an unknown code as it came")
    func labelled() {
        #expect(ReasonWords.labelled("RiskAssessmentInformationNotValid") == "RiskAssessmentInformationNotValid (the payment check failed)")
        #expect(ReasonWords.labelled("SomethingNew") == "SomethingNew")
    }
}
