import ArgumentParser
import Foundation
import MerchantStore

struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outbox", abstract: "What Amazon has not confirmed yet.")
    @Flag(help: "Also show delivered and refused messages.") var all = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context.open()
        let messages = try context.store.outbox(includeDone: all)
        if json { return try printJSON(messages.map(OutboxJSON.init)) }
        guard !messages.isEmpty else { return print("Nothing waiting for Amazon.") }
        for m in messages {
            let error = m.lastError.map { "  last error: \($0)" } ?? ""
            print("\(CLIText.fit(m.kind.rawValue, 15)) \(CLIText.fit(m.subject, 20)) \(CLIText.fit(m.state.rawValue, 10)) attempts \(m.attempts)\(error)")
        }
    }
}

/// `merchant outbox --json`: one message, without its payload.
struct OutboxJSON: Encodable {
    var id: Int64
    var idempotencyKey: String
    var kind: String
    var subject: String
    var state: String
    var attempts: Int
    var lastError: String?
    var feedId: String?
    var createdAt: Date

    init(_ m: OutboxMessage) {
        id = m.id
        idempotencyKey = m.idempotencyKey
        kind = m.kind.rawValue
        subject = m.subject
        state = m.state.rawValue
        attempts = m.attempts
        lastError = m.lastError
        feedId = m.feedId
        createdAt = m.createdAt
    }
}
