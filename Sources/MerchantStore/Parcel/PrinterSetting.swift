import Foundation
import GRDB
import MerchantCore

/// The printer the merchant set (`merchant settings set printer NAME`), one value in the `setting` table (key
/// `printer`). When set, `--print` sends there, and a bought label is printed as soon as it is saved.
enum PrinterSetting {
    static let key = "printer"
}

extension MerchantStore {
    /// The printer's CUPS name, or nil: print to the system's default, and only when asked.
    public func printerName() throws -> String? {
        try pool.read { db in try db.cachedValue(String.self, sql: "SELECT value FROM setting WHERE key = ?", arguments: [PrinterSetting.key]) }
    }

    /// Sets (nil: clears) the printer, with its activity line (R28). The name is checked before (`PrinterName.parse`).
    public func setPrinterName(_ name: String?, actor: String, at now: Date) throws {
        try pool.write { db in
            let current = try db.cachedValue(String.self, sql: "SELECT value FROM setting WHERE key = ?", arguments: [PrinterSetting.key])
            guard current != name else { return }
            if let name {
                try db.cachedExecute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                     arguments: [PrinterSetting.key, name])
            } else {
                try db.cachedExecute(sql: "DELETE FROM setting WHERE key = ?", arguments: [PrinterSetting.key])
            }
            try ActivityLog.append(db, at: now, actor: actor, kind: "setting", subject: "printer",
                                   message: tr("labels.activity.printer", current ?? tr("labels.printer.none"), name ?? tr("labels.printer.none")))
        }
    }

    /// A saved label the printer did not take: the label stays saved; the activity log says why.
    public func recordLabelPrintFailed(orderId: String, path: String, reason: String, at now: Date) throws {
        try pool.write { db in
            try ActivityLog.append(db, at: now, actor: "sync", kind: "label", subject: orderId, message: tr("labels.activity.printfailed", orderId, reason, path))
        }
    }
}
