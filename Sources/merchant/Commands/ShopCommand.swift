import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct ShopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shop", abstract: "Orders of the merchant's own web shop: Amazon fulfils those of FBA products, the merchant ships the rest.",
        subcommands: [Order.self, List.self, Ship.self, CancelFulfillment.self], defaultSubcommand: List.self)

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enter a shop order by hand.")
        @Option(help: "A product's SKU; repeat with --quantity for more lines.") var sku: [String]
        @Option(help: "How many of each --sku, in the same order (default 1 each).") var quantity: [Int] = []
        @Option(help: "The buyer's name.") var name: String
        @Option(help: "Street, then postal code and city: \"Hauptstraße 1, 10115 Berlin\".") var address: String
        @Option(help: "Two-letter country code.") var country: String

        func run() throws {
            let context = try Context.open()
            guard quantity.isEmpty || quantity.count == sku.count else { throw Refusal("give one --quantity per --sku, or none") }
            let lines = sku.enumerated().map { (sku: $1, quantity: quantity.isEmpty ? 1 : quantity[$0]) }
            let order = try context.store.createShopOrder(
                ShopOrderRequest(buyerName: name, address: try ShopAddress.parse(address, name: name, country: country), lines: lines),
                actor: "cli", at: context.now)
            print(order.reference + ": " + (order.fulfilledBy == .amazon ? "Amazon fulfils it (FBA); it goes to Amazon on the next sync."
                                                                          : "you ship it" + (order.note.map { " (\($0))" } ?? "") + "."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "orders", abstract: "Shop orders, newest first, with who fulfils them.")
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let orders = try Context.open().store.shopOrders()
            if json { return try printJSON(orders) }
            guard !orders.isEmpty else { return print("No shop orders yet.") }
            for o in orders {
                let items = o.lines.map { "\($0.quantity)× \($0.productSku)" }.joined(separator: ", ")
                var who = o.fulfilledBy == .amazon ? "Amazon: \(o.fulfillment?.status ?? "?")" : "merchant"
                if let tracking = o.fulfillment?.trackingNumber { who += " \(o.fulfillment?.carrier ?? "") \(tracking)" }
                print("\(CLIText.fit(o.reference, 10)) \(CLIText.fit(CLIText.inert(o.buyerName), 22)) \(CLIText.fit(o.status.rawValue, 10)) \(CLIText.fit(who, 34)) \(items)")
                if let note = o.note { print("           \(CLIText.inert(note))") }
            }
        }
    }

    struct Ship: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ship a shop order yourself (no message to Amazon).")
        @Argument var reference: String
        @Option var carrier: String
        @Option(help: "The carrier's name, when --carrier is Other.") var carrierName: String?
        @Option var tracking: String
        @Option(help: "Ship date (default now).") var date: String?

        func run() throws {
            let context = try Context.open()
            let tracking = try context.store.shipShopOrder(reference, carrier: try Carrier.parse(carrier, name: carrierName), trackingNumber: tracking,
                                                           shipDate: try date.map { try ShipDate.parse($0, now: context.now, timeZone: .current) }, actor: "cli", at: context.now)
            print("Shipped \(reference) with \(carrier) \(tracking).")
        }
    }

    struct CancelFulfillment: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a shop order back from Amazon before it starts picking; you ship it then.")
        @Argument var reference: String

        func run() throws {
            let context = try Context.open()
            try context.store.cancelFulfillment(reference, actor: "cli", at: context.now)
            print("\(reference): Amazon is asked to cancel its fulfillment order on the next sync.")
        }
    }
}

/// "Hauptstraße 1, 10115 Berlin" as a postal address.
enum ShopAddress {
    static func parse(_ text: String, name: String, country: String) throws -> PostalAddress {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let street = parts.first, parts.count >= 2 else { throw Refusal("--address needs the street, then postal code and city: \"Hauptstraße 1, 10115 Berlin\"") }
        let place = parts.last!.split(separator: " ", maxSplits: 1).map(String.init)
        guard place.count == 2, place[0].allSatisfy({ $0.isNumber || $0.isUppercase }) else {
            throw Refusal("--address ends with the postal code and city: \"10115 Berlin\", not \"\(parts.last!)\"")
        }
        let code = country.uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { throw Refusal("--country takes a two-letter code like DE, not \"\(country)\"") }
        return PostalAddress(name: name, lines: [street] + parts.dropFirst().dropLast(), city: place[1], postalCode: place[0], region: nil, countryCode: code)
    }
}
