import Foundation
import ArgumentParser
import MerchantCore
import MerchantStore

/// `merchant catalog set`'s parcel facts: any subset, each cleared with none. Every value is checked before
/// the store is asked, so one bad value refuses the whole command and nothing changes (R30).
struct ParcelFactOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("parcel.help.weight"))) var weight: String?
    @Option(help: ArgumentHelp(tr("parcel.help.size"))) var size: String?
    @Option(help: ArgumentHelp(tr("parcel.help.gtin"))) var gtin: String?
    @Option(help: ArgumentHelp(tr("parcel.help.bin"))) var bin: String?

    func apply(to change: inout ProductChange) throws {
        change.weight = try weight.map { try Self.noneOr($0) { try Weight.parse($0) } }
        change.size = try size.map { try Self.noneOr($0) { try PackageSize.parse($0) } }
        change.gtin = try gtin.map { try Self.noneOr($0) { try GTIN.parse($0) } }
        change.bin = try bin.map { try Self.noneOr($0) { try BinLocation.parse($0) } }
    }

    private static func noneOr<T>(_ text: String, _ parse: (String) throws -> T) throws -> T? {
        text.trimmingCharacters(in: .whitespaces).lowercased() == "none" ? nil : try parse(text)
    }
}

/// A product's parcel facts on one line, as `catalog` and `catalog set` print them; nil when none is set.
enum ParcelFactsText {
    static func line(_ f: ParcelFacts) -> String? {
        let parts = [f.weight.map(\.description), f.size.map(\.description), f.gtin.map { "GTIN \($0.digits)" }, f.bin.map { tr("parcel.facts.bin", $0.text) }]
            .compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
