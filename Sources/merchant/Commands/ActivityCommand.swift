import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct ActivityCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "activity", abstract: tr("help.activity.abstract")) }
    @Flag(help: ArgumentHelp(tr("help.json-print"))) var json = false
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.activity.limit"))) var limit = 50

    func run() throws {
        try ListLimit.check(limit)
        let context = try Context.open()
        let entries = try context.store.activity(limit: limit)
        if json { return try printJSON(entries) }
        guard !entries.isEmpty else { return print(tr("commands.activity.empty")) }
        for e in entries {
            print("\(CLIText.fit(SPAPITime.short(e.at), 17)) \(CLIText.fit(e.actor, 8)) \(CLIText.fit(OutboxWords.activity(e.kind), 12)) \(CLIText.inert(e.inMerchantsWords))")
        }
    }
}

/// A time as the command line prints it in lists: UTC, to the minute.
enum SPAPITime {
    static func short(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
}
