import ArgumentParser
import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

struct CatalogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "catalog", abstract: tr("help.catalog.abstract"), subcommands: [List.self, Set.self, Map.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.catalog.list.abstract")) }
        @Flag(help: ArgumentHelp(tr("help.json"))) var json = false

        func run() throws {
            let entries = try Context.open().store.catalog()
            if json { return try printJSON(entries) }
            let head = ["SKU", tr("commands.catalog.col.title"), tr("commands.catalog.col.stock"), tr("commands.catalog.col.reserved"),
                        tr("commands.catalog.col.held"), tr("commands.catalog.col.available"), tr("commands.catalog.col.amazon"), "FBA",
                        tr("commands.catalog.col.at-amazon"), "ASIN"]
            // A header longer than its column in a language widens the column: never cut a header.
            let widths = zip(head, [18, 34, 6, 6, 6, 6, 8, 4, 8, 11]).map { max($1, DisplayWidth.of($0)) }
            print(zip(head, widths).map { CLIText.fit($0, $1) }.joined(separator: " "))
            for e in entries {
                let p = e.product
                let cells = [p.sku + (p.enabled ? "" : " " + tr("commands.catalog.off")), p.title, "\(e.stock.onHand)", "\(e.stock.reserved)", "\(e.stock.held)",
                             "\(e.stock.available)", e.offeredOnAmazon.map(String.init) ?? (p.fba ? "FBA" : "—"), p.fba ? tr("commands.catalog.fba-on") : "",
                             e.fbaStock.map { "\($0.fulfillable)" } ?? (p.fba ? "?" : ""), p.asin ?? "—"]
                print(zip(cells, widths).map { CLIText.fit($0, $1) }.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                if !e.mappedAmazonSkus.isEmpty { print("  ↳ " + tr("commands.catalog.mapped", e.mappedAmazonSkus.joined(separator: ", "))) }
                if let facts = ParcelFactsText.line(p.parcel) { print("  ↳ \(facts)") }
            }
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.catalog.set.abstract")) }
        @Argument var sku: String
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.catalog.stock"))) var stock: Int?
        @Option(help: ArgumentHelp(tr("help.catalog.enabled"))) var enabled: String?
        @Option(help: ArgumentHelp(tr("help.catalog.asin"))) var asin: String?
        @Option(help: ArgumentHelp(tr("help.catalog.fba"))) var fba: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.catalog.amazon-stock"))) var amazonStock: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.catalog.amazon-price"))) var amazonPrice: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.catalog.handling-days"))) var handlingDays: String?
        @OptionGroup var parcel: ParcelFactOptions

        func run() throws {
            let context = try Context.open()
            var change = ProductChange(stockOnHand: stock, asin: asin)
            change.enabled = try enabled.map { try Switch.parse($0, name: "--enabled") }
            change.fba = try fba.map { try Switch.parse($0, name: "--fba") }
            change.amazonStockOverride = try amazonStock.map { try Optional.parseNone($0, name: "--amazon-stock", Int.init) }
            change.handlingDays = try handlingDays.map { try Optional.parseNone($0, name: "--handling-days", Int.init) }
            let currency = Marketplace.named(try context.store.settings().marketplaceIds.first ?? "").currency
            change.amazonPrice = try amazonPrice.map { text in
                text.lowercased() == "none" ? nil : try AmountArgument.parse(text, currency: currency, option: "--amazon-price")
            }
            try parcel.apply(to: &change)
            let product = try context.store.updateProduct(sku: sku, change, actor: "cli", at: context.now)
            print(tr("commands.catalog.changed", product.sku, product.stockOnHand,
                     product.enabled ? tr("commands.catalog.enabled") : tr("commands.catalog.disabled"),
                     product.asin ?? tr("commands.catalog.none"), product.fba ? "on" : "off"))
            if let facts = ParcelFactsText.line(product.parcel) { print("  \(facts)") }
            // R27: allowed, but the merchant hears when Amazon cannot ship it yet.
            if change.fba == true, let warning = FBARules.warningOnSwitchingOn(sku: sku, stock: try context.store.product(sku: sku)?.fbaStock) {
                FileHandle.standardError.write(Data("merchant: \(tr("commands.warning", warning))\n".utf8))
            }
        }
    }

    struct Map: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.catalog.map.abstract")) }
        @Argument(help: ArgumentHelp(tr("help.catalog.amazon-sku"))) var amazonSku: String
        @Argument(help: ArgumentHelp(tr("help.catalog.product-sku"))) var productSku: String

        func run() throws {
            let context = try Context.open()
            try context.store.mapSku(amazonSku: amazonSku, to: productSku, actor: "cli", at: context.now)
            print(tr("commands.catalog.mapped-to", amazonSku, productSku))
        }
    }
}

/// on/off switches as the merchant types them.
enum Switch {
    static func parse(_ text: String, name: String) throws -> Bool {
        guard let value = OnOff.parse(text) else { throw Refusal(tr("commands.switch", name, text)) }
        return value
    }
}

extension Optional {
    /// "none" clears a value; anything else must parse.
    static func parseNone(_ text: String, name: String, _ parse: (String) -> Wrapped?) throws -> Wrapped? {
        if text.lowercased() == "none" { return nil }
        guard let value = parse(text) else { throw Refusal(tr("commands.value-or-none", name, text)) }
        return value
    }
}
