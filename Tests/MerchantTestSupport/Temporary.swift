import Foundation

/// Fresh places under the system's temporary folder, a new one for each use, so that no two tests share a file.
public enum Temporary {
    /// A new name, `prefix-UUID`, under the temporary folder; nothing is made there yet.
    public static func url(_ prefix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    /// A new, empty folder, `prefix-UUID`, under the temporary folder.
    public static func folder(_ prefix: String) throws -> URL {
        let folder = url(prefix)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
