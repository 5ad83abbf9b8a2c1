import AmazonSimulator
import ArgumentParser
import Foundation
import MerchantCore

struct SimCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "sim", abstract: tr("help.sim.abstract"),
        subcommands: [Advance.self, Place.self, Pay.self, FraudCancel.self, RequestCancel.self, Refund.self, Return.self, FBAStock.self, ShowOrder.self, Serve.self, Throttling.self, Faults.self]) }

    struct Advance: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.advance.abstract")) }
        @Option(help: ArgumentHelp(tr("help.sim.minutes"))) var minutes: Int
        @Option(help: ArgumentHelp(tr("help.sim.seed"))) var seed: UInt64?

        func run() throws {
            guard (1...525_600).contains(minutes) else { throw Refusal(tr("commands.sim.minutes")) }
            let context = try Context.open()
            let result = try context.simulator.advance(minutes: minutes, seed: seed)
            // The web shop sells meanwhile too.
            let shop = try ShopTraffic.place(count: minutes / 240, seed: (seed ?? 0) &+ UInt64(minutes), store: context.store, at: context.now)
            let lived = tr("commands.sim.lived", minutes, result.ordersPlaced, "\(result.from)", "\(result.to)")
            print(lived + (shop.isEmpty ? "." : "; " + tr("commands.sim.shop-took", shop.count) + "."))
        }
    }

    struct Place: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.place.abstract")) }
        @Option var sku: String
        @Option var quantity: Int = 1
        @Flag(help: ArgumentHelp(tr("help.sim.pending"))) var pending = false
        @Flag(help: ArgumentHelp(tr("help.sim.afn"))) var afn = false
        @Option var buyer: String?
        @Option var marketplace: String?

        func run() throws {
            guard (1...999).contains(quantity) else { throw Refusal(tr("commands.sim.quantity")) }
            let id = try Context.open().simulator.placeOrder(
                sku: sku, quantity: quantity, pending: pending, afn: afn, buyerName: buyer, marketplaceId: marketplace)
            print(id)
        }
    }

    struct Pay: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.pay.abstract")) }
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.pay(orderId: id)
            print(tr("commands.sim.paid", id))
        }
    }

    struct FraudCancel: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "fraud-cancel", abstract: tr("help.sim.fraud-cancel.abstract")) }
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.fraudCancel(orderId: id)
            print(tr("commands.sim.fraud-cancelled", id))
        }
    }

    struct RequestCancel: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "request-cancel", abstract: tr("help.sim.request-cancel.abstract")) }
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.requestCancel(orderId: id)
            print(tr("commands.sim.cancel-requested", id))
        }
    }

    struct Refund: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.refund.abstract")) }
        @Argument var id: String
        @Option var amount: String
        func run() throws {
            try Context.open().simulator.refundOnAmazon(orderId: id, amount: amount)
            print(tr("commands.sim.refunded", id, amount))
        }
    }

    struct Return: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.return.abstract")) }
        @Argument var id: String
        @Flag(help: ArgumentHelp(tr("help.sim.arrived"))) var arrived = false
        func run() throws {
            try Context.open().simulator.returnPackage(orderId: id, arrived: arrived)
            print(arrived ? tr("commands.sim.return-arrived", id) : tr("commands.sim.returning", id))
        }
    }

    struct FBAStock: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "fba-stock", abstract: tr("help.sim.fba-stock.abstract")) }
        @Argument var sku: String
        @Argument var quantity: Int
        func run() throws {
            try Context.open().simulator.setFBAStock(sku: sku, quantity: quantity)
            print(tr("commands.sim.fba-stock", sku, quantity))
        }
    }

    struct ShowOrder: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "order", abstract: tr("help.sim.order.abstract")) }
        @Argument var id: String
        @Flag(help: ArgumentHelp(tr("help.json"))) var json = false
        func run() throws {
            let view = try Context.open().simulator.orderView(orderId: id)
            if json { try printJSON(view) } else { print(SimOrderText.render(view)) }
        }
    }

    struct Serve: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.serve.abstract")) }
        @Option var port: UInt16 = 8080
        @Option(help: ArgumentHelp(tr("help.sim.faults")))
        var faults: String?
        @Option(name: .customLong("lwa-client-id"), help: ArgumentHelp(tr("help.sim.lwa-client-id")))
        var lwaClientId: String?
        @Option(name: .customLong("lwa-client-secret")) var lwaClientSecret: String?
        @Option(name: .customLong("lwa-refresh-token")) var lwaRefreshToken: String?
        @Option(name: .customLong("token-lifetime"), help: ArgumentHelp(tr("help.sim.token-lifetime"))) var tokenLifetime: Double = 3600
        @Flag(help: ArgumentHelp(tr("help.sim.production")))
        var production = false

        func run() async throws {
            let context = try Context.open()
            let lwa = try lwaClient()
            context.simulator.acceptLWA(lwa)
            if let faults {
                let profile = try SimCommand.profile(faults)
                try context.simulator.setFaults(profile)
                print(tr("commands.sim.faults-set", "\(profile)"))
            }
            try context.simulator.setSandbox(!production)
            let server = try SimulatorServer(simulator: context.simulator, port: port)
            let bound = try await server.start()
            print(tr("commands.sim.serving", "http://127.0.0.1:\(bound)"))
            print(tr("commands.sim.queue", AmazonSimulator.queueURL(baseURL: "http://127.0.0.1:\(bound)"), "http://127.0.0.1:\(bound)"))
            if let lwa {
                print(tr("commands.sim.lwa", "http://127.0.0.1:\(bound)/auth/o2/token", Int(lwa.tokenLifetime)))
                print(tr("commands.sim.connect-to-it", "http://127.0.0.1:\(bound)"))
            } else {
                print(tr("commands.sim.sync-with-it", "http://127.0.0.1:\(bound)"))
            }
            while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
        }

        /// The application whose tokens the simulator accepts, when all three are given.
        func lwaClient() throws -> SimulatedLWAClient? {
            let given = [lwaClientId, lwaClientSecret, lwaRefreshToken].compactMap { $0 }
            if given.isEmpty { return nil }
            guard let lwaClientId, let lwaClientSecret, let lwaRefreshToken, given.allSatisfy({ !$0.isEmpty }) else {
                throw Refusal(tr("commands.sim.lwa-three"))
            }
            guard tokenLifetime >= 1, tokenLifetime <= 86_400 else { throw Refusal(tr("commands.sim.token-lifetime")) }
            return SimulatedLWAClient(clientId: lwaClientId, clientSecret: lwaClientSecret, refreshToken: lwaRefreshToken, tokenLifetime: tokenLifetime)
        }
    }

    struct Faults: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: tr("help.sim.faults.abstract"),
                                 discussion: tr("help.sim.faults.discussion", FaultProfile.knobNames.joined(separator: ", ")))
        }
        @Argument(help: ArgumentHelp(tr("help.sim.profile"))) var profile: String?
        @Flag(help: ArgumentHelp(tr("help.sim.reset-counts"))) var resetCounts = false

        func run() throws {
            let simulator = try Context.open().simulator
            if let profile {
                let parsed = try SimCommand.profile(profile)
                try simulator.setFaults(parsed)
                print(tr("commands.sim.faults", "\(parsed)"))
            } else {
                print(tr("commands.sim.faults", "\(try simulator.faults())"))
                let counts = try simulator.faultCounts()
                for kind in FaultKind.allCases where counts[kind, default: 0] > 0 { print("  \(kind.rawValue): \(counts[kind]!)") }
            }
            if resetCounts { try simulator.resetFaultCounts() }
        }
    }

    static func profile(_ text: String) throws -> FaultProfile {
        do { return try FaultProfile.parse(text) } catch let error as FaultProfileError { throw Refusal(error.description) }
    }

    struct Throttling: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.sim.throttling.abstract")) }
        @Argument var value: String
        func run() throws {
            let on = try Switch.parse(value, name: "throttling")
            try Context.open().simulator.setThrottling(enabled: on)
            print(on ? tr("commands.sim.throttling-on") : tr("commands.sim.throttling-off"))
        }
    }
}
