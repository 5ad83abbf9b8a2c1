import ChannelSync
import Foundation
import MerchantCore

/// Sends text to the printer through CUPS's `lp` (`LinePrinter`), on the paper it was laid out for: the printer the
/// merchant set (`merchant settings set printer NAME`), else the system's default.
enum Printer {
    enum Media {
        case a4, label

        /// CUPS media names: A4, and the 100×150 mm label of parcel label printers.
        var option: String { self == .a4 ? "media=A4" : "media=Custom.100x150mm" }
    }

    static func send(_ text: String, media: Media, printer: String? = nil) throws {
        print(try deliver(text, media: media, printer: printer))
    }

    /// Sends the text and answers what to tell the merchant ("Sent to the printer. request id is …"), printing
    /// nothing itself: the console shows the answer on its message line.
    static func deliver(_ text: String, media: Media, printer: String? = nil) throws -> String {
        do {
            let said = try LinePrinter.send(text: text, printer: printer, options: ["-o", media.option])
            return tr("parcel.print.sent", said)
        } catch let failure as LinePrinter.Failure {
            throw Refusal(failure.description)
        }
    }
}
