import Foundation

/// The demo catalog a first run starts with, as shipped in `Resources/DemoCatalog.json`.
public enum DemoData {
    public static func catalogJSON() throws -> Data {
        guard let url = Bundle.module.url(forResource: "DemoCatalog", withExtension: "json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }
}
