import Foundation

/// Where an incremental sync starts and how its watermark moves (R3).
public enum SyncWindow {
    /// How far back each sync looks again, because Amazon reports some updates late.
    public static let overlap: TimeInterval = 5 * 60
    /// How far before the connection the first sync looks, so that older orders are shown (R1) though never imported (R2).
    public static let firstLookBack: TimeInterval = 30 * 86_400

    /// The `lastUpdatedAfter` of the next search.
    public static func queryStart(watermark: Date?, connectedAt: Date) -> Date {
        if let watermark { return watermark.addingTimeInterval(-overlap) }
        return connectedAt.addingTimeInterval(-firstLookBack)
    }

    /// The watermark after a page: never moves backwards, so a page with old times cannot rewind the sync.
    public static func advance(_ watermark: Date?, to seen: Date?) -> Date? {
        guard let seen else { return watermark }
        guard let watermark else { return seen }
        return max(watermark, seen)
    }
}
