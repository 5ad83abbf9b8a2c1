@testable import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The Orders title and the blocked banner name the filter in the console's language; the command line keeps the
/// typed names (`merchant orders --status blocked`) in every language (docs/GLOSSARY.md).
@Suite("Filter names in the language")
struct FilterWordsTests {
    static let german: [OrderFilterName: String] = [
        .all: "alle", .unshipped: "nicht versendet", .pending: "ausstehend", .cancelRequested: "Käufer möchte stornieren",
        .blocked: "blockiert", .partShipped: "teilweise versendet", .shipped: "versendet", .cancelled: "storniert",
        .readOnly: "schreibgeschützt",
    ]

    @Test("f steps through the filters, each named in German in the title and at 80 columns, no code left")
    func germanTitles() throws {
        try Language.$override.withValue(.german) {
            let f = try ConsoleFixture()
            for _ in OrderFilters.cycle {
                let name = try #require(f.program.state.orders.filter.name)
                let word = try #require(Self.german[name])
                let title = try #require((0..<f.screen.rows).map { f.screen.text(row: $0) }.first { $0.hasPrefix("Bestellungen · ") })
                #expect(title.contains("Filter \(word) (") || title.contains("Bestellungen · \(word) ("), "\(name): \(title)")
                if name.rawValue != word { #expect(!title.contains(" \(name.rawValue) "), "\(title)") }
                LanguageSnapshotTests.expectFits(f.screen)
                f.press(.character("f"))
            }
        }
    }

    @Test("R5: the banner sends the merchant to the blocked filter by its name in the language, and b opens it", arguments: Language.allCases)
    func bannerNamesTheFilter(language: Language) throws {
        try Language.$override.withValue(language) {
            let f = try ConsoleFixture(size: Size(rows: 30, columns: 160))
            let word = OrderFilters.words(.blocked)
            #expect(f.text.contains(tr("frame.banner.blocked", 1, word)))
            f.press(.character("b"))
            #expect(f.program.state.orders.filter == .importState(.blocked))
            #expect(f.text.contains(word))
            if language != .english { #expect(!f.text.contains("blocked")) }
        }
    }

    @Test("Thai: the title says ทั้งหมด, not all")
    func thaiAll() throws {
        try Language.$override.withValue(.thai) {
            let f = try ConsoleFixture()
            #expect(f.text.contains("ตัวกรอง ทั้งหมด ("))
            #expect(!f.text.contains(" all "))
        }
    }
}
