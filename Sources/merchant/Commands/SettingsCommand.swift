import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "The Amazon channel's settings.",
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Account, marketplaces, switches and sync state.")
        @Flag(help: "Write JSON for scripts.") var json = false

        func run() throws {
            let context = try Context.open()
            let s = try context.store.settings()
            let sync = try context.store.syncState()
            if json {
                var values: [String: String] = [
                    "sellerId": s.sellerId, "marketplaceIds": s.marketplaceIds.joined(separator: ","),
                    "connectedAt": ISO8601DateFormatter().string(from: s.connectedAt),
                ]
                for key in s.keys { values[key.rawValue] = s.value(of: key) }
                if let shipFrom = try context.store.shipFromAddress() { values[ShipFromSettingText.key] = shipFrom.shortForm }
                return try printJSON(values)
            }
            print("Seller account:   \(s.sellerId)")
            print("Marketplaces:     \(s.marketplaceIds.map { "\(Marketplace.named($0).name) (\($0))" }.joined(separator: ", "))")
            print("Connected since:  \(OrderDetailText.format(s.connectedAt))")
            for key in s.keys { print(CLIText.fit(key.title + ":", 34) + s.value(of: key) + "   [\(key.rawValue)]") }
            ShipFromSettingText.show(try context.store.shipFromAddress())
            print("Last sync:        \(sync.lastSuccessAt.map { "\(RelativeTime.ago($0, now: context.now)): \(sync.lastReport ?? "")" } ?? "never")")
            if let error = sync.lastError { print("Last error:       \(error)") }
            let next = (sync.lastAttemptAt ?? context.now).addingTimeInterval(Double(s.syncIntervalSeconds))
            print("Next sync due:    \(RelativeTime.deadline(next, now: context.now).replacingOccurrences(of: "LATE", with: "overdue"))")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a setting: import-orders, import-pending, reserve-pending (on/off), sync-interval (90s, 5m); in the demo shop demo-trading (on/off).")
        @Argument var key: String
        @Argument var value: String

        func run() throws {
            let context = try Context.open()
            if key.lowercased() == ShipFromSettingText.key { return try ShipFromSettingText.set(value, context: context) }
            let setting = try SettingKey.named(key)
            let settings = try context.store.setSetting(setting, to: value, actor: "cli", at: context.now)
            print("\(setting.title): \(settings.value(of: setting)). Takes effect on the next sync.")
        }
    }
}
