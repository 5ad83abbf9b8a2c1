import ConsoleUI
import MerchantCore
import MerchantTestSupport
import Testing

/// In German j (ja) answers a yes/no question too, as German programs ask "j/n"; y and n answer in every language,
/// and a j typed into a text field (a tracking number, an amount, a scanner's input) answers nothing.
@Suite struct GermanYesKeyTests {
    static func cancelDialog(_ f: ConsoleFixture) -> CancelDialog? {
        if case .cancel(let d)? = f.program.state.dialog { d } else { nil }
    }

    @Test func jAnswersYesInGermanOnlyWhereTheAnswerIsAsked() throws {
        // R17: the question still starts at No
        try Language.$override.withValue(.german) {
            let f = try ConsoleFixture()
            f.press(.character("c"), .tab)  // the refund amount: a text field
            f.type("j")
            #expect(Self.cancelDialog(f)?.yes == false)
            #expect(f.text.contains("←→ oder j/n"))
            f.press(.tab, .character("j"))
            #expect(Self.cancelDialog(f)?.yes == true)
            f.press(.character("n"))
            #expect(Self.cancelDialog(f)?.yes == false)
            f.press(.character("y"))
            #expect(Self.cancelDialog(f)?.yes == true)
        }
        try Language.$override.withValue(.english) {
            let f = try ConsoleFixture()
            f.press(.character("c"), .tab, .tab, .character("j"))
            #expect(Self.cancelDialog(f)?.yes == false)
            #expect(f.text.contains("←→ or y/n"))
        }
    }
}
