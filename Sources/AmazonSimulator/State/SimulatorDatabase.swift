import Foundation
import GRDB

/// Opens the simulator's own SQLite file: WAL so a reader never waits for `advance`,
/// a busy timeout because `merchant sim serve` and the console may share the file.
enum SimulatorDatabase {
    static func open(at path: String) throws -> DatabaseQueue {
        let existed = FileManager.default.fileExists(atPath: path)
        if !existed {
            // Created 0600 before SQLite touches it: the file holds buyers' names and addresses.
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.journalMode = .wal
        let queue = try DatabaseQueue(path: path, configuration: config)
        try SimulatorSchema.migrator.migrate(queue)
        return queue
    }
}
