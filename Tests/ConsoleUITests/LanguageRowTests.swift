import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The language row of Settings: Space and ←/→ step through auto, English, Deutsch and ไทย, saved at once (R28),
/// and the console speaks the choice from the next frame on.
@Suite("The language row in Settings")
struct LanguageRowTests {
    /// Settings, on the language row (after the three switches and the interval).
    static func languageRow(_ f: ConsoleFixture) {
        f.press(.character("4"), .down, .down, .down, .down)
    }

    // The test's task speaks English of its own, so the switch below changes this console only, never the
    // process's language that the other tests read.
    @Test("Space steps auto → English → Deutsch: saved at once (R28), and the next screen is German")
    func switchToGerman() throws {
        try Language.$override.withValue(.english) {
            let f = try ConsoleFixture()
            Self.languageRow(f)
            #expect(f.text.contains("Language                           auto ("))
            f.press(.character(" "))
            #expect(try f.store.settings().language == .fixed(.english))
            #expect(f.text.contains("Saved: the console speaks English now."))
            f.press(.character(" "))
            #expect(try f.store.settings().language == .fixed(.german))  // R28: stored at once
            let text = f.text
            #expect(text.contains("Gespeichert: die Konsole spricht jetzt Deutsch."))
            #expect(text.contains("Vertriebskanal") && text.contains("Verkäuferkonto"))
            #expect(text.contains("Deutsch   ←/→ oder Space"))
            // The frame (tabs, status line) as a console started in German draws it, on the next screen.
            let german = try Language.$override.withValue(.german) { () throws -> [String] in
                let g = try ConsoleFixture()
                g.press(.character("4"))
                return [g.screen.text(row: 0), g.screen.text(row: 2)]
            }
            #expect([f.screen.text(row: 0), f.screen.text(row: 2)] == german)
            // Keys stay the keys: j/k and Space still work in German.
            f.press(.character("k"), .character("j"))
            #expect(f.program.state.settings.selected == 4)
        }
    }

    @Test("→ and ← step the languages round, ไทย after Deutsch and auto after ไทย")
    func arrowsStepRound() throws {
        try Language.$override.withValue(.english) {
            let f = try ConsoleFixture()
            Self.languageRow(f)
            f.press(.right, .right, .right)
            #expect(try f.store.settings().language == .fixed(.thai))
            #expect(f.text.contains("ช่องทางการขาย"))
            #expect(f.text.contains("บันทึกแล้ว: คอนโซลแสดงเป็นภาษา ไทย แล้ว"))
            f.press(.left)
            #expect(try f.store.settings().language == .fixed(.german))
            f.press(.right, .right)
            #expect(try f.store.settings().language == .auto)
            #expect(f.program.state.settings.language == Language.fromEnvironment(ProcessInfo.processInfo.environment))
            // The change is in the activity log, as every setting's (R28).
            #expect(try f.store.activity(limit: 20, includeSync: false).contains { $0.subject == "language" })
        }
    }

    @Test("on another row ←/→ change nothing and say why, in the console's language")
    func arrowsElsewhere() throws {
        try Language.$override.withValue(.german) {
            let f = try ConsoleFixture()
            f.press(.character("4"), .right)
            #expect(try f.store.settings().language == .auto)
            #expect(f.text.contains("sie ändert das Sync-Intervall: wähle zuerst diese Zeile"))
        }
    }
}
