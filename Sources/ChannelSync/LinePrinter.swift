import Foundation
import MerchantCore

/// CUPS's `lp`, the one way this program prints: a file (a label) or text (a slip, a pick list), to the printer the
/// merchant set (`-d NAME`) or to the system's default.
public enum LinePrinter {
    /// Why nothing was printed, in a merchant's words.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// There is no `lp` on PATH.
        case noCommand
        /// `lp` would not start, or refused the job; what it said.
        case refused(String)

        public var description: String {
            switch self {
            case .noCommand: tr("parcel.print.nolp")
            case .refused(let said): tr("parcel.print.refused", said)
            }
        }
    }

    /// Prints `file`, or `text` when no file is given, with `lp` options (`-o media=A4`). What `lp` said ("request id is …").
    @discardableResult
    public static func send(file: String? = nil, text: String? = nil, printer: String?, options: [String] = []) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let lp = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("lp") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw Failure.noCommand }
        let process = Process()
        process.executableURL = lp
        // `--` ends the options, so a file name never reads as one.
        process.arguments = (printer.map { ["-d", $0] } ?? []) + options + (file.map { ["--", $0] } ?? [])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure.refused(tr("labels.print.nostart")) }
        if let text { input.fileHandleForWriting.write(Data((text + "\n").utf8)) }
        try? input.fileHandleForWriting.close()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let refused = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let why = refused.trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure.refused(why.isEmpty ? tr("labels.print.exit", Int(process.terminationStatus)) : why)
        }
        return said.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
