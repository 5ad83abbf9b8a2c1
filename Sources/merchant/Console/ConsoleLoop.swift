import AmazonSimulator
import ChannelSync
import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import Terminal

/// The console's loop: keys and resizes in, ticks every quarter second, the screen drawn by diff.
/// It runs on the main thread; the sync runs in a task of its own.
enum ConsoleLoop {
    /// How often time passes for the console: due syncs start and outside writes show within this.
    static let tickSeconds = 0.25

    /// `mouse`: clicks and the wheel reach the console (`--no-mouse` leaves the mouse to the terminal); `started` gets
    /// the program once it runs (the notifications listener tells it what it stored).
    static func run(store: MerchantStore, sync: ChannelSync, simulator: AmazonSimulator, mouse: Bool = true,
                    started: (ConsoleProgram) -> Void = { _ in }) throws {
        let terminal = try TerminalSession.start(mouse: mouse)
        defer { terminal.end() }
        let size = terminal.size
        let program = ConsoleProgram(store: store, sync: sync, size: Size(rows: size.rows, columns: size.columns),
                                     now: { (try? simulator.now) ?? Date() },
                                     printText: { try Printer.deliver($0, media: .a4, printer: store.printerName()) })
        program.start()
        started(program)
        terminal.draw(rows(program.screen, colors: terminal.colors))
        noteFirstFrame()
        var lastTick = Date()
        var rung = program.state.bells
        while !program.state.quit && !terminal.stopRequested {
            if let input = terminal.read(timeoutMilliseconds: 100) {
                switch input {
                case .resize(let rows, let columns):
                    program.send(.resize(Size(rows: rows, columns: columns)))
                case .mouse(let row, let column, let button):
                    program.send(.mouse(Mouse(row: row, column: column, kind: mouseKind(button))))
                default:
                    if let key = key(input) {
                        if key == .control("l") { terminal.invalidate() }
                        program.send(.key(key))
                        if key == .control("z") {
                            // Back to the shell until `fg`; then drawn anew, at the size the window has now.
                            terminal.suspend()
                            let size = terminal.size
                            program.send(.resize(Size(rows: size.rows, columns: size.columns)))
                        }
                    }
                }
            }
            if Date().timeIntervalSince(lastTick) >= tickSeconds {
                lastTick = Date()
                program.tick()
            }
            // A wrong scan in pack mode asks for the bell: one ring each, after the frame that says why.
            if !program.state.quit { terminal.draw(rows(program.screen, colors: terminal.colors)) }
            for _ in rung..<max(rung, program.state.bells) { terminal.bell() }
            rung = max(rung, program.state.bells)
        }
    }

    /// For the benchmark's cold start (`merchant-bench`): the wall clock when the first frame was out, written
    /// to the file `MERCHANT_FIRST_FRAME_STAMP` names, so that no polling of the terminal blurs the figure.
    static func noteFirstFrame() {
        guard let path = ProcessInfo.processInfo.environment["MERCHANT_FIRST_FRAME_STAMP"], !path.isEmpty else { return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        try? "\(Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))\n".write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// A terminal's input as a console key.
    static func key(_ input: TerminalInput) -> Key? {
        switch input {
        case .resize, .mouse: return nil
        case .key(let special):
            switch special {
            case .up: return .up
            case .down: return .down
            case .left: return .left
            case .right: return .right
            case .home: return .home
            case .end: return .end
            case .pageUp: return .pageUp
            case .pageDown: return .pageDown
            case .backspace: return .backspace
            case .delete: return .delete
            case .enter: return .enter
            case .backTab: return .backTab
            case .function(let n): return .function(n)
            }
        case .character(let scalar):
            switch scalar.value {
            case 0x0D, 0x0A: return .enter
            case 0x1B: return .escape
            case 0x09: return .tab
            case 0x7F, 0x08: return .backspace
            case 0x01...0x1A: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
            case 0x00...0x1F, 0x80...0x9F: return nil
            default: return .character(Character(scalar))
            }
        }
    }

    static func mouseKind(_ button: MouseButton) -> Mouse.Kind {
        switch button {
        case .press: .click
        case .wheelUp: .wheelUp
        case .wheelDown: .wheelDown
        }
    }

    /// The screen as the driver draws it: each row as runs of one style.
    static func rows(_ screen: Screen, colors: Bool) -> [[StyledRun]] {
        // NO_COLOR (or a terminal without colours): the console's own mapping keeps what stood out.
        let screen = colors ? screen : screen.withoutColor()
        return (0..<screen.rows).map { row in
            screen.runs(row: row).map { StyledRun($0.text, attributes($0.style)) }
        }
    }

    static func attributes(_ style: Style) -> RunAttributes {
        RunAttributes(bold: style.bold, dim: style.dim, reverse: style.reverse, underline: style.underline, color: style.color.map(color))
    }

    static func color(_ c: ConsoleUI.Color) -> TerminalColor {
        switch c {
        case .red: .red
        case .yellow: .yellow
        case .green: .green
        case .cyan: .cyan
        case .blue: .blue
        case .magenta: .magenta
        }
    }
}
