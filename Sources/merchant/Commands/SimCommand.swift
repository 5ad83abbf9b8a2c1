import AmazonSimulator
import ArgumentParser
import Foundation
import MerchantCore

struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim", abstract: "The simulated Amazon account: let time pass, place and pay orders, serve SP-API over HTTP.",
        subcommands: [Advance.self, Place.self, Pay.self, FraudCancel.self, RequestCancel.self, Refund.self, Return.self, FBAStock.self, ShowOrder.self, Serve.self, Throttling.self, Faults.self])

    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let simulated Amazon live N minutes: orders, payments, fraud checks, Amazon's shipments.")
        @Option(help: "How many simulated minutes.") var minutes: Int
        @Option(help: "Seed for the generator (the same seed gives the same orders).") var seed: UInt64?

        func run() throws {
            guard (1...525_600).contains(minutes) else { throw Refusal("--minutes must be 1 to 525600 (a year)") }
            let context = try Context.open()
            let result = try context.simulator.advance(minutes: minutes, seed: seed)
            // The web shop sells meanwhile too.
            let shop = try ShopTraffic.place(count: minutes / 240, seed: (seed ?? 0) &+ UInt64(minutes), store: context.store, at: context.now)
            print("Simulated Amazon lived \(minutes) minutes: \(result.ordersPlaced) orders placed (\(result.from) → \(result.to))"
                  + (shop.isEmpty ? "." : "; the web shop took \(shop.count) order\(shop.count == 1 ? "" : "s")."))
        }
    }

    struct Place: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Place one order now and print its id.")
        @Option var sku: String
        @Option var quantity: Int = 1
        @Flag(help: "Leave it pending until `merchant sim pay`.") var pending = false
        @Flag(help: "Fulfilled by Amazon.") var afn = false
        @Option var buyer: String?
        @Option var marketplace: String?

        func run() throws {
            guard (1...999).contains(quantity) else { throw Refusal("--quantity must be 1 to 999") }
            let id = try Context.open().simulator.placeOrder(
                sku: sku, quantity: quantity, pending: pending, afn: afn, buyerName: buyer, marketplaceId: marketplace)
            print(id)
        }
    }

    struct Pay: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Amazon confirms a pending order's payment.")
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.pay(orderId: id)
            print("\(id) is paid (UNSHIPPED) at Amazon.")
        }
    }

    struct FraudCancel: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "fraud-cancel", abstract: "Amazon's fraud check cancels a pending order.")
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.fraudCancel(orderId: id)
            print("\(id) was cancelled by Amazon's fraud check.")
        }
    }

    struct RequestCancel: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "request-cancel", abstract: "The buyer asks Amazon to cancel an unshipped order.")
        @Argument var id: String
        func run() throws {
            try Context.open().simulator.requestCancel(orderId: id)
            print("The buyer of \(id) asks to cancel it; the next sync brings the request home.")
        }
    }

    struct Refund: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A refund made in Seller Central, not by the console.")
        @Argument var id: String
        @Option var amount: String
        func run() throws {
            try Context.open().simulator.refundOnAmazon(orderId: id, amount: amount)
            print("\(id): \(amount) refunded on Amazon.")
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The buyer sends the order's last package back: asked and on its way, or (--arrived) arrived.")
        @Argument var id: String
        @Flag(help: "The package has arrived back at the merchant.") var arrived = false
        func run() throws {
            try Context.open().simulator.returnPackage(orderId: id, arrived: arrived)
            print("\(id): \(arrived ? "the return arrived" : "the buyer is returning the package").")
        }
    }

    struct FBAStock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "fba-stock", abstract: "An inbound shipment arrived at Amazon: it can now ship QUANTITY of SKU.")
        @Argument var sku: String
        @Argument var quantity: Int
        func run() throws {
            try Context.open().simulator.setFBAStock(sku: sku, quantity: quantity)
            print("\(sku): Amazon can ship \(quantity).")
        }
    }

    struct ShowOrder: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "order", abstract: "Amazon's own view of an order: status, shipments, refunds, acknowledgements, idempotency keys.")
        @Argument var id: String
        @Flag(help: "Write JSON for scripts.") var json = false
        func run() throws {
            let view = try Context.open().simulator.orderView(orderId: id)
            if json { try printJSON(view) } else { print(SimOrderText.render(view)) }
        }
    }

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Serve the simulator's SP-API over HTTP on 127.0.0.1 only.")
        @Option var port: UInt16 = 8080
        @Option(help: "Misbehave while serving: none, flaky, hostile or gateway, optionally with knobs (hostile,seed=7,timeout=0). Kept in the simulator's file.")
        var faults: String?
        @Option(name: .customLong("lwa-client-id"), help: "Issue and check access tokens as Login with Amazon does, for this client id (with --lwa-client-secret and --lwa-refresh-token).")
        var lwaClientId: String?
        @Option(name: .customLong("lwa-client-secret")) var lwaClientSecret: String?
        @Option(name: .customLong("lwa-refresh-token")) var lwaRefreshToken: String?
        @Option(name: .customLong("token-lifetime"), help: "Seconds of simulated time an access token lives.") var tokenLifetime: Double = 3600
        @Flag(help: "Answer as a production endpoint does: sendTestNotification is refused (Amazon answers it on sandbox endpoints only).")
        var production = false

        func run() async throws {
            let context = try Context.open()
            let lwa = try lwaClient()
            context.simulator.acceptLWA(lwa)
            if let faults {
                let profile = try SimCommand.profile(faults)
                try context.simulator.setFaults(profile)
                print("Faults: \(profile).")
            }
            try context.simulator.setSandbox(!production)
            let server = try SimulatorServer(simulator: context.simulator, port: port)
            let bound = try await server.start()
            print("Simulated Amazon serves SP-API on http://127.0.0.1:\(bound) (Ctrl-C stops it).")
            print("Its SQS queue for order notifications: \(AmazonSimulator.queueURL(baseURL: "http://127.0.0.1:\(bound)"))"
                  + " (AWS_ENDPOINT_URL_SQS=http://127.0.0.1:\(bound)).")
            if let lwa {
                print("Login with Amazon: access tokens at http://127.0.0.1:\(bound)/auth/o2/token, living \(Int(lwa.tokenLifetime)) s, required on every request.")
                print("Connect to it: merchant connect --region eu --seller-id SELLER --endpoint http://127.0.0.1:\(bound)")
            } else {
                print("Sync with it: merchant sync --endpoint http://127.0.0.1:\(bound)")
            }
            while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
        }

        /// The application whose tokens the simulator accepts, when all three are given.
        func lwaClient() throws -> SimulatedLWAClient? {
            let given = [lwaClientId, lwaClientSecret, lwaRefreshToken].compactMap { $0 }
            if given.isEmpty { return nil }
            guard let lwaClientId, let lwaClientSecret, let lwaRefreshToken, given.allSatisfy({ !$0.isEmpty }) else {
                throw Refusal("Login with Amazon needs all three: --lwa-client-id, --lwa-client-secret and --lwa-refresh-token")
            }
            guard tokenLifetime >= 1, tokenLifetime <= 86_400 else { throw Refusal("--token-lifetime must be 1 to 86400 seconds") }
            return SimulatedLWAClient(clientId: lwaClientId, clientSecret: lwaClientSecret, refreshToken: lwaRefreshToken, tokenLifetime: tokenLifetime)
        }
    }

    struct Faults: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make simulated Amazon misbehave (429 bursts, 500/502/503/504, slow and lost answers, broken bodies, repeated pages, stale orders, FATAL feeds), or show how.",
            discussion: """
                PROFILE is none, flaky, hostile or gateway (502s and 504s only), optionally followed by knobs: hostile,seed=7,timeout=0.1.
                Knobs: \(FaultProfile.knobNames.joined(separator: ", ")).
                Probabilities are 0 to 1. The profile is kept in the simulator's file, so an in-process
                `merchant sync` and `merchant sim serve` both meet it. Without PROFILE: the profile in force
                and how many faults of each kind were injected.
                """)
        @Argument(help: "none, flaky, hostile or gateway, with optional knobs.") var profile: String?
        @Flag(help: "Start counting injected faults from zero.") var resetCounts = false

        func run() throws {
            let simulator = try Context.open().simulator
            if let profile {
                let parsed = try SimCommand.profile(profile)
                try simulator.setFaults(parsed)
                print("Simulated Amazon's faults: \(parsed).")
            } else {
                print("Simulated Amazon's faults: \(try simulator.faults()).")
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
        static let configuration = CommandConfiguration(abstract: "Turn the simulator's rate limits on or off (off for benchmarks).")
        @Argument var value: String
        func run() throws {
            let on = try Switch.parse(value, name: "throttling")
            try Context.open().simulator.setThrottling(enabled: on)
            print("Simulated Amazon's rate limits are \(on ? "on" : "off").")
        }
    }
}
