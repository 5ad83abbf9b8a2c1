import Foundation
import MerchantCore

/// Sends text to the system's printer through CUPS's `lp`, on the paper it was laid out for.
enum Printer {
    enum Media {
        case a4, label

        /// CUPS media names: A4, and the 100×150 mm label of parcel label printers.
        var option: String { self == .a4 ? "media=A4" : "media=Custom.100x150mm" }
    }

    static func send(_ text: String, media: Media) throws {
        print(try deliver(text, media: media))
    }

    /// Sends the text and answers what to tell the merchant ("Sent to the printer. request id is …"), printing
    /// nothing itself: the console shows the answer on its message line.
    static func deliver(_ text: String, media: Media) throws -> String {
        guard let lp = find("lp") else {
            throw Refusal(tr("parcel.print.nolp"))
        }
        let process = Process()
        process.executableURL = lp
        process.arguments = ["-o", media.option]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((text + "\n").utf8))
        try input.fileHandleForWriting.close()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let refused = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Refusal(tr("parcel.print.refused", refused.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return tr("parcel.print.sent", said.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first executable `name` on PATH.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
