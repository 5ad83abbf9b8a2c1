import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Products: stock, enabled, ASIN, FBA, Amazon overrides, SKU mapping.",
        subcommands: [List.self, Set.self, Map.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every product with its stock and what Amazon is offered.")
        @Flag(help: "Write JSON for scripts.") var json = false

        func run() throws {
            let entries = try Context.open().store.catalog()
            if json { return try printJSON(entries) }
            let widths = [18, 34, 6, 6, 6, 6, 8, 4, 8, 11]
            let head = ["SKU", "TITLE", "STOCK", "RESV", "HELD", "AVAIL", "AMAZON", "FBA", "AT AMZN", "ASIN"]
            print(zip(head, widths).map { CLIText.fit($0, $1) }.joined(separator: " "))
            for e in entries {
                let p = e.product
                let cells = [p.sku + (p.enabled ? "" : " (off)"), p.title, "\(e.stock.onHand)", "\(e.stock.reserved)", "\(e.stock.held)",
                             "\(e.stock.available)", e.offeredOnAmazon.map(String.init) ?? (p.fba ? "FBA" : "—"), p.fba ? "on" : "",
                             e.fbaStock.map { "\($0.fulfillable)" } ?? (p.fba ? "?" : ""), p.asin ?? "—"]
                print(zip(cells, widths).map { CLIText.fit($0, $1) }.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                if !e.mappedAmazonSkus.isEmpty { print("  ↳ Amazon SKUs: \(e.mappedAmazonSkus.joined(separator: ", "))") }
                if let facts = ParcelFactsText.line(p.parcel) { print("  ↳ \(facts)") }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a product; the Amazon quantity follows on the next sync.")
        @Argument var sku: String
        @Option(help: "Stock on hand.") var stock: Int?
        @Option(help: "on or off.") var enabled: String?
        @Option(help: "The Amazon ASIN (needed to sell on Amazon).") var asin: String?
        @Option(help: "Fulfilled by Amazon: on or off.") var fba: String?
        @Option(help: "Stock offered on Amazon instead of stock on hand, or none.") var amazonStock: String?
        @Option(help: "Price on Amazon, or none.") var amazonPrice: String?
        @Option(help: "Handling days on Amazon (0 to 30), or none.") var handlingDays: String?
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
            print("\(product.sku): stock \(product.stockOnHand), \(product.enabled ? "enabled" : "disabled"), ASIN \(product.asin ?? "none"), FBA \(product.fba ? "on" : "off")")
            if let facts = ParcelFactsText.line(product.parcel) { print("  \(facts)") }
            // R27: allowed, but the merchant hears when Amazon cannot ship it yet.
            if change.fba == true, let warning = FBARules.warningOnSwitchingOn(sku: sku, stock: try context.store.product(sku: sku)?.fbaStock) {
                FileHandle.standardError.write(Data("merchant: warning: \(warning)\n".utf8))
            }
        }
    }

    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let an Amazon SKU take its stock from a product; its blocked orders import on the next sync.")
        @Argument(help: "The SKU Amazon's orders name.") var amazonSku: String
        @Argument(help: "The product's SKU in the catalog.") var productSku: String

        func run() throws {
            let context = try Context.open()
            try context.store.mapSku(amazonSku: amazonSku, to: productSku, actor: "cli", at: context.now)
            print("Amazon SKU \(amazonSku) → \(productSku). Run `merchant sync` to import its blocked orders.")
        }
    }
}

/// on/off switches as the merchant types them.
enum Switch {
    static func parse(_ text: String, name: String) throws -> Bool {
        guard let value = OnOff.parse(text) else { throw Refusal("\(name) takes on or off, not \"\(text)\"") }
        return value
    }
}

extension Optional {
    /// "none" clears a value; anything else must parse.
    static func parseNone(_ text: String, name: String, _ parse: (String) -> Wrapped?) throws -> Wrapped? {
        if text.lowercased() == "none" { return nil }
        guard let value = parse(text) else { throw Refusal("\(name) takes a value or none, not \"\(text)\"") }
        return value
    }
}
