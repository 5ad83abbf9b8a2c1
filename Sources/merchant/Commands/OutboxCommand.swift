import ArgumentParser
import Foundation
import MerchantStore

struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outbox", abstract: "What Amazon has not confirmed yet.")
    @Flag(help: "Also show delivered and refused messages.") var all = false

    func run() throws {
        let context = try Context.open()
        let messages = try context.store.outbox(includeDone: all)
        guard !messages.isEmpty else { return print("Nothing waiting for Amazon.") }
        for m in messages {
            let error = m.lastError.map { "  last error: \($0)" } ?? ""
            print("\(CLIText.fit(m.kind.rawValue, 15)) \(CLIText.fit(m.subject, 20)) \(CLIText.fit(m.state.rawValue, 10)) attempts \(m.attempts)\(error)")
        }
    }
}
