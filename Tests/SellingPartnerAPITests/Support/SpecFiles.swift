import Foundation

/// The official SP-API models in `shared/spapi`, found by walking up from this file
/// (`/work/shared/spapi` here, `../shared/spapi` beside a CI clone). Nil when absent: the tests skip.
enum SpecFiles {
    static let directory: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared/spapi")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    static func json(_ name: String) throws -> Any? {
        guard let url = directory?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }
}
