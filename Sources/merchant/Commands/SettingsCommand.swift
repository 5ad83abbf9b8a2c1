import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct SettingsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "settings", abstract: tr("help.settings.abstract"), subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.settings.show.abstract")) }
        @Flag(help: ArgumentHelp(tr("help.json"))) var json = false

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
                values[PrinterSettingText.key] = try context.store.printerName() ?? "none"
                return try printJSON(values)
            }
            // The labels' column is as wide as the language's widest label (18 in English, as always).
            let label = Labels([tr("commands.settings.seller"), tr("commands.settings.marketplaces"), tr("commands.settings.connected"),
                                tr("commands.settings.last-sync"), tr("commands.settings.last-error"), tr("commands.settings.next-sync")])
            print(label[0] + s.sellerId)
            print(label[1] + s.marketplaceIds.map { "\(Marketplace.named($0).name) (\($0))" }.joined(separator: ", "))
            print(label[2] + OrderDetailText.format(s.connectedAt))
            let shipFrom = try context.store.shipFromAddress()
            let printer = try context.store.printerName()
            let lines = SettingName.all(s).map { name in
                switch name {
                case .channel(let key): SettingLine(title: key.title + ":", value: s.value(of: key), key: name.key)
                case .shipFrom: SettingLine(title: tr("parcel.shipfrom.label"), value: shipFrom?.shortForm ?? tr("parcel.shipfrom.none"), key: name.key)
                case .printer: SettingLine(title: tr("labels.printer.label"), value: printer ?? tr("labels.printer.none"), key: name.key)
                }
            }
            SettingLine.print(lines)
            let last = sync.lastSuccessAt.map { "\(RelativeTime.ago($0, now: context.now)): \(sync.lastReportInMerchantsWords ?? "")" }
            print(label[3] + (last ?? tr("commands.settings.never")))
            if let error = sync.lastError { print(label[4] + error) }
            let next = (sync.lastAttemptAt ?? context.now).addingTimeInterval(Double(s.syncIntervalSeconds))
            let due = next < context.now ? tr("common.overdue", RelativeTime.span(next.timeIntervalSince(context.now)))
                                         : RelativeTime.deadline(next, now: context.now)
            print(label[5] + due)
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: tr("help.settings.set.abstract")) }
        @Argument(help: ArgumentHelp(tr("help.settings.set.key"))) var key: String
        // Every word after the key, a leading "-" too: ArgumentParser would read "-5" as an option and never let the
        // setting's own refusal say what is wrong with it.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp(tr("help.settings.set.value"))) var value: [String] = []

        func run() throws {
            let context = try Context.open()
            let settings = try context.store.settings()
            let name = try SettingName.named(key, in: settings)
            guard value.count == 1, let value = value.first else { throw Refusal(tr("commands.settings.one-value", name.key)) }
            let setting: SettingKey
            switch name {
            case .shipFrom: return try ShipFromSettingText.set(value, context: context)
            case .printer: return try PrinterSettingText.set(value, context: context)
            case .channel(let key): setting = key
            }
            let changed = try context.store.setSetting(setting, to: value, actor: "cli", at: context.now)
            if setting == .labelFormat {
                // Not the sync's: the next label is bought so.
                return print(tr("commands.settings.label-format-changed", setting.title, changed.value(of: setting), changed.labelFormat.wire))
            }
            guard setting == .language else { return print(tr("commands.settings.changed", setting.title, changed.value(of: setting))) }
            // The language is the program's, not the sync's: it speaks the new one from this line on.
            Language.startWith(changed.language.language(in: ProcessInfo.processInfo.environment))
            print(tr("commands.settings.language-changed", SettingKey.language.title, changed.value(of: setting)))
        }
    }
}
