import ArgumentParser
import ConsoleUI
import Foundation
import MerchantCore

/// `merchant console` (and `merchant` alone in a terminal): the full-screen console.
struct ConsoleCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "console", abstract: tr("help.console.abstract")) }

    @Option(help: ArgumentHelp(tr("help.console.endpoint")))
    var endpoint: String?

    @Flag(help: ArgumentHelp(tr("help.console.no-mouse")))
    var noMouse = false

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Refusal(tr("commands.console.needs-terminal"))
        }
        // A new folder opens on the demo's working day, unless the console is for a real endpoint.
        let context = try Context.open(demoDay: endpoint == nil)
        let sync = try context.channelSync(endpoint: endpoint)
        // The demo's simulated Amazon trades beside the console, on a thread of its own; never with a real endpoint.
        if endpoint == nil, !context.isConnected { DemoTrading.start(store: context.store, simulator: context.simulator) }
        // Order notifications, when connected, store new orders at once; the console shows them as any outside write,
        // and says what came as it says a sync's news (its status line says when the queue cannot be read).
        var listening: Task<Void, Never>?
        defer { listening?.cancel() }
        try ConsoleLoop.run(store: context.store, sync: sync, simulator: context.simulator, mouse: !noMouse) { program in
            listening = NotificationsQueue.listen(context: context, sync: sync, say: { _ in }, news: { program.hear(notified: $0) })
        }
    }
}
