import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct OutboxCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "outbox", abstract: tr("help.outbox.abstract", OutboxMessage.failuresShownDays)) }
    @Flag(help: ArgumentHelp(tr("help.outbox.all"))) var all = false
    @Flag(help: ArgumentHelp(tr("help.json-print"))) var json = false

    func run() throws {
        let context = try Context.open()
        // Without --all: what failed lately (newest first, the merchant has to act on it), then what waits.
        let messages = try context.store.outbox(includeDone: all, failedSince: OutboxMessage.failuresShownSince(context.now))
        if json { return try printJSON(messages.map(OutboxJSON.init)) }
        guard !messages.isEmpty else { return print(tr("commands.outbox.empty", OutboxMessage.failuresShownDays)) }
        for m in messages {
            let error = m.lastErrorInMerchantsWords.map { "  " + tr("commands.outbox.last-error", CLIText.inert($0)) } ?? ""
            print("\(CLIText.fit(OutboxWords.kind(m.kind), 15)) \(CLIText.fit(m.subject, 20)) \(CLIText.fit(OutboxWords.state(of: m), 10)) \(tr("commands.outbox.attempts", m.attempts))\(error)")
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
    /// A failed message's refuser: "amazon" (Amazon answered it) or "console" (not sent: a rule says Amazon would refuse it).
    var refusedBy: String?

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
        refusedBy = m.refusedBy?.rawValue
    }
}
