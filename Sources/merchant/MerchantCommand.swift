import ArgumentParser
import Foundation
import MerchantCore
#if canImport(Glibc)
// `stdout` is a C global that Swift 6 refuses without this (setvbuf below).
@preconcurrency import SwiftGlibc
#endif

@main
struct MerchantCommand: AsyncParsableCommand {
    // Computed, so that --help reads it in the language `main` chose before parsing.
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "merchant",
        abstract: tr("help.merchant.abstract"),
        discussion: tr("help.merchant.discussion"),
        subcommands: [
            ConsoleCommand.self, OverviewCommand.self, SyncCommand.self, OrdersCommand.self, OrderCommand.self, CatalogCommand.self,
            SettingsCommand.self, OutboxCommand.self, ActivityCommand.self, ShipCommand.self, CancelCommand.self, RefundCommand.self,
            RefundsCommand.self, RatesCommand.self, LabelCommand.self, TrackCommand.self, ShopCommand.self, SimCommand.self, ConnectCommand.self, NotificationsCommand.self,
            PicklistCommand.self, SlipCommand.self,
        ],
        defaultSubcommand: OverviewCommand.self) }

    static func main() async {
        // Files we create are the merchant's alone (0600, folders 0700).
        umask(0o077)
        // A long-running command (`sim serve`, `sync --watch`) must show its lines at once, also in a log file.
        setvbuf(stdout, nil, _IOLBF, 0)
        // The environment's language from the first word on (--help too); the data folder's setting may change it.
        Language.startWith(Language.fromEnvironment(ProcessInfo.processInfo.environment))
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let i = arguments.firstIndex(where: { $0 == "--home" || $0.hasPrefix("--home=") }) {
            if arguments[i] == "--home" {
                guard i + 1 < arguments.count else { fail(Refusal(tr("commands.home.missing"))) }
                Home.override = arguments[i + 1]
                arguments.removeSubrange(i...(i + 1))
            } else {
                Home.override = String(arguments[i].dropFirst("--home=".count))
                arguments.remove(at: i)
            }
        }
        // `merchant` alone opens the console in a terminal; piped or scripted, it prints the overview.
        // `merchant --no-mouse` is the console's flag on the console `merchant` alone opens.
        if arguments.isEmpty || arguments == ["--no-mouse"] {
            arguments = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 ? ["console"] + arguments : ["overview"]
        }
        do {
            var command = try parseAsRoot(arguments)
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            // ArgumentParser's own errors (usage, --help) print as it prints them; ours in plain words.
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { exit(withError: error) }
            fail(error)
        }
    }
}
