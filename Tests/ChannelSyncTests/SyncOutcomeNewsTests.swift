import ChannelSync
import MerchantCore
import Testing

/// Whether a sync brought anything is a fact of its outcome, not read back from its words: the console's
/// background sync speaks only when it did, in every language (R3).
@Suite struct SyncOutcomeNewsTests {
    @Test func nothingNewIsAFlagInEveryLanguage() {
        // R3
        var outcome = SyncOutcome()
        for language in Language.allCases {
            #expect(Language.$override.withValue(language) { outcome.broughtNothing })
        }
        outcome.orders.new = 2
        for language in Language.allCases {
            #expect(!Language.$override.withValue(language) { outcome.broughtNothing })
        }
        #expect(Language.$override.withValue(.german) { outcome.news } != Language.$override.withValue(.english) { outcome.news })
    }
}
