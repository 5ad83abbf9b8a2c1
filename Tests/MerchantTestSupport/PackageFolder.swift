import Foundation

/// The package's own folders, found from this file's place in `Tests/MerchantTestSupport/`.
public enum PackageFolder {
    /// The folder that holds `Package.swift`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Tests/`: one folder per test target, and this support target.
    public static let tests = root.appendingPathComponent("Tests")
}
