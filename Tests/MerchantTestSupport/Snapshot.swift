import Foundation
import Testing

/// Compares text with `Snapshots/<name>.txt` beside the tests; `RECORD_SNAPSHOTS=1 swift test` writes them anew.
public func expectSnapshot(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectNoRuleIds(text, sourceLocation: sourceLocation)
    let folder = snapshotFolder(of: sourceLocation.filePath)
    let file = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard FileManager.default.fileExists(atPath: file.path) else {
        Issue.record("no snapshot Snapshots/\(name).txt: record it with RECORD_SNAPSHOTS=1 swift test, read it, commit it", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    let actual = text + "\n"
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let diff = (0..<max(e.count, a.count)).compactMap { i -> String? in
            let l = i < e.count ? String(e[i]) : "", r = i < a.count ? String(a[i]) : ""
            return l == r ? nil : "line \(i + 1):\n  expected: \(l)\n  actual:   \(r)"
        }.joined(separator: "\n")
        Issue.record("screen differs from Snapshots/\(name).txt (RECORD_SNAPSHOTS=1 re-records):\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// `Snapshots/` in the folder of the calling test's target (`Tests/ConsoleUITests/Snapshots` for a test anywhere in
/// `Tests/ConsoleUITests`): the golden screens stay beside the tests that draw them, wherever this helper lives.
public func snapshotFolder(of testFile: String) -> URL {
    var folder = URL(fileURLWithPath: testFile).deletingLastPathComponent()
    while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.pathComponents.count > 2 {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("Snapshots")
}
