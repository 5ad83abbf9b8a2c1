import ConsoleUI
import Foundation
import MerchantStore

/// Cold start: from process start to the first complete frame of the Orders pane, headless (this
/// binary started again as a probe that drives ConsoleUI over the store) and in tmux (`merchant console`);
/// and the resident memory at that moment.
enum ColdStart {
    struct Result {
        var headless = Samples()
        var headlessRSS = Samples()
        var tmux = Samples()
        /// From the exec of `merchant console` to its first frame written to the terminal.
        var tmuxFromExec = Samples()
        var tmuxRSS = Samples()
        var tmuxNote: String?
        /// tmux's own share: a window whose program only prints an order id, timed the same way.
        var tmuxFloor = Samples()
    }

    /// The probe's side: open the store, draw the first frame, say so with the memory it took, exit.
    static func probe(storePath: String, now: Double) -> Never {
        do {
            let store = try MerchantStore.open(at: storePath)
            let program = ConsoleProgram(store: store, sync: nil, size: Size(rows: 40, columns: 120), now: { Date(timeIntervalSince1970: now) })
            program.start()
            let text = program.screen.text
            guard containsOrderId(text) else { print("no orders on the first frame"); exit(1) }
            FileHandle.standardOutput.write(Data("frame \(peakResidentMBOfSelf())\n".utf8))
            exit(0)
        } catch {
            print("error \(error)")
            exit(1)
        }
    }

    static func measureHeadless(_ data: DataSet, now: Date, repeats: Int, into result: inout Result) throws {
        let me = try selfExecutable()
        // One start unmeasured: the first after the store was copied and migrated pays for the file's pages.
        for run in -1..<repeats {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: me)
            process.arguments = ["--probe-first-frame", data.storePath, String(now.timeIntervalSince1970)]
            let out = Pipe()
            process.standardOutput = out
            let start = ContinuousClock.now
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let ms = milliseconds(since: start)
            process.waitUntilExit()
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix("frame "), let rss = Double(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw Shell.Failure(description: "the first-frame probe failed: \(text)")
            }
            guard run >= 0 else { continue }
            result.headless.add(ms)
            result.headlessRSS.add(rss)
        }
    }

    static func measureTmux(_ data: DataSet, merchant: String, tmux: Tmux, repeats: Int, into result: inout Result) throws {
        let stamp = data.folder.appendingPathComponent("console-exec-time").path
        let frame = data.folder.appendingPathComponent("console-first-frame-time").path
        func nanos(_ path: String) -> Double? {
            (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        for _ in 0..<repeats {
            try? FileManager.default.removeItem(atPath: stamp)
            try? FileManager.default.removeItem(atPath: frame)
            let start = ContinuousClock.now
            // The shell notes the wall clock just before it becomes the console (exec): the start of the process.
            // The console notes when its first frame is out (MERCHANT_FIRST_FRAME_STAMP).
            let (pane, pid) = try tmux.open("sh -c 'date +%s%N > \(stamp); exec env LANG=C.UTF-8 MERCHANT_HOME=\(data.folder.path) MERCHANT_FIRST_FRAME_STAMP=\(frame) \(merchant) console'")
            guard let ms = tmux.wait(pane, from: start, timeout: 20, containsOrderId) else {
                result.tmuxNote = "the console showed no orders within 20 s: \(tmux.capture(pane).prefix(300))"
                tmux.close(pane)
                return
            }
            if let exec = nanos(stamp), let drawn = nanos(frame) { result.tmuxFromExec.add((drawn - exec) / 1e6) }
            result.tmux.add(ms)
            if let rss = residentMB(pid: pid) { result.tmuxRSS.add(rss) }
            tmux.send(pane, "q")
            Thread.sleep(forTimeInterval: 0.3)
            tmux.close(pane)
        }
    }

    /// What any program pays in tmux before its first character shows: the window, the exec, the polls.
    static func measureTmuxFloor(tmux: Tmux, repeats: Int, into result: inout Result) throws {
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            let (pane, _) = try tmux.open("sh -c 'echo 302-0000000-0000000; sleep 5'")
            if let ms = tmux.wait(pane, from: start, timeout: 20, containsOrderId) { result.tmuxFloor.add(ms) }
            tmux.close(pane)
        }
    }

    static func selfExecutable() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }
}
