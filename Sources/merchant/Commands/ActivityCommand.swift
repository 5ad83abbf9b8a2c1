import ArgumentParser
import Foundation
import MerchantStore

struct ActivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "activity", abstract: "The log of what was done, by whom, newest first.")
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "How many entries.") var limit = 50

    func run() throws {
        let context = try Context.open()
        let entries = try context.store.activity(limit: limit)
        if json { return try printJSON(entries) }
        guard !entries.isEmpty else { return print("Nothing done yet.") }
        for e in entries {
            print("\(CLIText.fit(SPAPITime.short(e.at), 17)) \(CLIText.fit(e.actor, 8)) \(CLIText.fit(e.kind, 12)) \(CLIText.inert(e.message))")
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
