import MerchantCore
import Testing

/// The program speaks to the merchant in one voice per language, and a message shared by the console and the
/// command line tells what to do in both.
@Suite struct OneVoiceTests {
    @Test func germanSaysDuEverywhereNeverTheFormalIhr() {
        // A capitalised Ihr/Ihre reads as the formal Sie, whatever it was meant to say.
        let formal = ["Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihnen"]
        let found = Catalogue.entries(.german).filter { _, text in
            text.split(whereSeparator: { !$0.isLetter }).contains { formal.contains(String($0)) }
        }.keys.sorted()
        #expect(found.isEmpty, "formal address in \(found)")
        #expect(Language.$override.withValue(.german) { tr("dialog.bulk.anyway", 1) }
            == "Trotzdem versenden? Der Käufer dieser Bestellung will stornieren: nur wenn es sein muss.")
    }

    @Test("a missing lp says what to do without naming a command-line flag, which the console does not have",
          arguments: [Language.english, .german, .thai])
    func noPrinterCommandFitsTheConsoleToo(language: Language) {
        let text = Catalogue.text("parcel.print.nolp", language)
        #expect(!text.contains("--"), "\(text)")
        #expect(text.contains("apt-get install cups-client"))
    }

    @Test func germanSaysWhatToDoWhenLpIsMissingInFullWords() {
        #expect(Catalogue.text("parcel.print.nolp", .german)
            == "hier gibt es keinen Druckbefehl (lp fehlt): installiere CUPS (apt-get install cups-client) und drucke dann noch einmal")
    }
}
