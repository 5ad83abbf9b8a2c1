import Foundation
import Testing
@testable import MerchantCore

/// Every key the code asks for is in every language's catalogue, and no catalogue keeps a key no code asks for.
@Suite struct CatalogueCompletenessTests {
    /// `Sources/` of this package, found from this file's place in `Tests/MerchantCoreTests/Language/`.
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The Swift text of every source file outside the catalogues themselves, comment lines blanked
    /// (a doc comment's example is not a use).
    static let code: [(path: String, text: String)] = {
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.path.contains("/Language/Catalogues/") } ?? []
        return files.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.drop { $0 == " " }.hasPrefix("//") ? "" : $0
            }
            return (url.path, lines.joined(separator: "\n"))
        }
    }()

    /// The keys of every `tr("…")` in the code.
    static let usedKeys: Set<String> = {
        let pattern = try! NSRegularExpression(pattern: #"\btr\(\s*"([^"\\]+)""#)
        var keys = Set<String>()
        for (_, text) in code {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                keys.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return keys
    }()

    @Test func everyKeyTheCodeUsesIsInEveryLanguage() {
        #expect(!Self.usedKeys.isEmpty)
        for language in Language.allCases {
            let missing = Self.usedKeys.subtracting(Catalogue.entries(language).keys).sorted()
            #expect(missing.isEmpty, "missing in \(language.rawValue): \(missing.joined(separator: ", "))")
        }
    }

    @Test func noCatalogueKeepsAKeyNoCodeUses() {
        for language in Language.allCases {
            let unused = Set(Catalogue.entries(language).keys).subtracting(Self.usedKeys).sorted()
            #expect(unused.isEmpty, "unused in \(language.rawValue): \(unused.joined(separator: ", "))")
        }
    }

    /// A key built at run time would escape both checks above.
    @Test func everyKeyIsWrittenOutAtItsCallSite() {
        let call = try! NSRegularExpression(pattern: #"(?<![\w.])tr\((?!\s*")"#)
        var dynamic: [String] = []
        // Translate.swift declares the function itself.
        for (path, text) in Self.code where !path.hasSuffix("Language/Translate.swift") {
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let line = text[..<Range(match.range, in: text)!.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count
                dynamic.append("\(path.split(separator: "/").suffix(2).joined(separator: "/")):\(line)")
            }
        }
        #expect(dynamic.isEmpty, "tr( without a literal key at \(dynamic.joined(separator: ", "))")
    }

    @Test func noLanguageDefinesAKeyTwice() {
        for language in Language.allCases {
            var seen = Set<String>(), twice: [String] = []
            for area in Catalogue.areas(language) {
                for (key, _) in Catalogue.lines(area) where !seen.insert(key).inserted { twice.append(key) }
            }
            #expect(twice.isEmpty, "defined twice in \(language.rawValue): \(twice.joined(separator: ", "))")
        }
    }

    /// A German or Thai text inserts the same arguments as the English one: none lost, none made up.
    @Test func everyTranslationInsertsTheSameArguments() {
        let english = Catalogue.entries(.english)
        for language in [Language.german, .thai] {
            for (key, text) in Catalogue.entries(language) {
                guard let source = english[key] else { continue }
                #expect(Self.inserted(text) == Self.inserted(source),
                        "\(language.rawValue) \(key): inserts \(Self.inserted(text).sorted()), English \(Self.inserted(source).sorted())")
            }
        }
    }

    /// The numbers N of the `{N}` places of a text (plural choices pick words and are not counted).
    static func inserted(_ text: String) -> Set<Int> {
        let place = try! NSRegularExpression(pattern: #"\{(\d+)\}"#)
        return Set(place.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Int(text[Range($0.range(at: 1), in: text)!])
        })
    }

    @Test func keysAreLowerCaseAndNamedForTheirArea() {
        let shape = try! NSRegularExpression(pattern: #"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$"#)
        for key in Catalogue.entries(.english).keys {
            #expect(shape.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) != nil, "\(key)")
        }
    }
}
