import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct ShopCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "shop", abstract: tr("help.shop.abstract"),
                             subcommands: [Order.self, List.self, Ship.self, CancelFulfillment.self], defaultSubcommand: List.self)
    }

    struct Order: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.shop.order.abstract")) }
        @Option(help: ArgumentHelp(tr("help.shop.sku"))) var sku: [String]
        @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp(tr("help.shop.quantity"))) var quantity: [Int] = []
        @Option(help: ArgumentHelp(tr("help.shop.name"))) var name: String
        @Option(help: ArgumentHelp(tr("help.shop.address"))) var address: String
        @Option(help: ArgumentHelp(tr("help.shop.country"))) var country: String

        func run() throws {
            let context = try Context.open()
            guard quantity.isEmpty || quantity.count == sku.count else { throw Refusal(tr("commands.shop.quantities")) }
            let lines = sku.enumerated().map { (sku: $1, quantity: quantity.isEmpty ? 1 : quantity[$0]) }
            let order = try context.store.createShopOrder(
                ShopOrderRequest(buyerName: name, address: try ShopAddress.parse(address, name: name, country: country), lines: lines),
                actor: "cli", at: context.now)
            print(order.reference + ": " + (order.fulfilledBy == .amazon ? tr("commands.shop.fba")
                                                                          : tr("commands.shop.you-ship", order.note.map { " (\($0))" } ?? "")))
            // Said now, not first when the merchant tries to ship it.
            if order.fulfilledBy == .merchant, let short = try context.store.refusalToShipShopOrder(order.reference) {
                FileHandle.standardError.write(Data("merchant: \(tr("commands.warning", short))\n".utf8))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "orders", abstract: tr("help.shop.orders.abstract")) }
        @Flag(help: ArgumentHelp(tr("help.json-print"))) var json = false

        func run() throws {
            let orders = try Context.open().store.shopOrders()
            if json { return try printJSON(orders) }
            guard !orders.isEmpty else { return print(tr("commands.shop.none")) }
            for o in orders {
                let items = o.lines.map { "\($0.quantity)× \($0.productSku)" }.joined(separator: ", ")
                var who = o.fulfilledBy == .amazon ? "Amazon: \(o.fulfillment?.status ?? "?")" : tr("commands.shop.merchant")
                if let tracking = o.fulfillment?.trackingNumber { who += " \(o.fulfillment?.carrier ?? "") \(tracking)" }
                print("\(CLIText.fit(o.reference, 10)) \(CLIText.fit(CLIText.inert(o.buyerName), 22)) \(CLIText.fit(o.status.label, 10)) \(CLIText.fit(who, 34)) \(items)")
                if let note = o.noteInMerchantsWords { print("           \(CLIText.inert(note))") }
            }
        }
    }

    struct Ship: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.shop.ship.abstract")) }
        @Argument var reference: String
        @Option var carrier: String
        @Option(help: ArgumentHelp(tr("help.carrier-name"))) var carrierName: String?
        @Option var tracking: String
        @Option(help: ArgumentHelp(tr("help.shop.date"))) var date: String?

        func run() throws {
            let context = try Context.open()
            let tracking = try context.store.shipShopOrder(reference, carrier: try Carrier.parse(carrier, name: carrierName), trackingNumber: tracking,
                                                           shipDate: try date.map { try ShipDate.parse($0, now: context.now, timeZone: .current) }, actor: "cli", at: context.now)
            print(tr("commands.shop.shipped", reference, carrier, tracking))
        }
    }

    struct CancelFulfillment: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.shop.cancel-fulfillment.abstract")) }
        @Argument var reference: String

        func run() throws {
            let context = try Context.open()
            try context.store.cancelFulfillment(reference, actor: "cli", at: context.now)
            print(tr("commands.shop.cancel-fulfillment", reference))
        }
    }
}

/// "Hauptstraße 1, 10115 Berlin" as a postal address.
enum ShopAddress {
    static func parse(_ text: String, name: String, country: String) throws -> PostalAddress {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let street = parts.first, parts.count >= 2 else { throw Refusal(tr("commands.shop.address")) }
        let place = parts.last!.split(separator: " ", maxSplits: 1).map(String.init)
        guard place.count == 2, place[0].allSatisfy({ $0.isNumber || $0.isUppercase }) else {
            throw Refusal(tr("commands.shop.address-end", parts.last!))
        }
        let code = country.uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { throw Refusal(tr("commands.shop.country", country)) }
        return PostalAddress(name: name, lines: [street] + parts.dropFirst().dropLast(), city: place[1], postalCode: place[0], region: nil, countryCode: code)
    }
}
