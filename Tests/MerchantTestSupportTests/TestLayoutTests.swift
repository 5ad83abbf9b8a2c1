import Foundation
import MerchantTestSupport
import Testing

/// The layout of `Tests/` keeps its promises: every folder is a target that `swift test` runs (a file in a folder
/// no target names would never run, silently), and every suite that blocks on a process carries `.ownThread`.
@Suite("Tests by kind")
struct TestLayoutTests {
    static let package = (try? String(contentsOf: PackageFolder.root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""

    /// The folders of Tests/ that hold Swift files.
    static func foldersOfTests() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: PackageFolder.tests.path).sorted().filter { name in
            let walker = FileManager.default.enumerator(atPath: PackageFolder.tests.appendingPathComponent(name).path)
            return walker?.contains { ($0 as? String)?.hasSuffix(".swift") == true } == true
        }
    }

    /// Every Swift file of the test targets, with its text.
    static func filesOfTests() throws -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        for folder in try foldersOfTests() where folder != "MerchantTestSupport" {
            let base = PackageFolder.tests.appendingPathComponent(folder)
            for case let file as String in FileManager.default.enumerator(atPath: base.path)! where file.hasSuffix(".swift") {
                files.append(("\(folder)/\(file)", try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return files
    }

    @Test("every folder of Tests/ is a target of Package.swift, so no test in it is left out of swift test")
    func everyFolderIsATarget() throws {
        let testTargets = Set(Self.package.matches(of: /\.testTarget\(\s*name: "(\w+)"/).map { String($0.output.1) })
        let paths = Set(Self.package.matches(of: /path: "Tests\/(\w+)"/).map { String($0.output.1) })
        #expect(testTargets.isSuperset(of: ["CommandLineTests", "TmuxTests", "SoakTests"]), "\(testTargets.sorted())")
        #expect(paths.contains("MerchantTestSupport"))
        let folders = try Self.foldersOfTests()
        #expect(folders.count >= 12)
        let orphans = folders.filter { !testTargets.contains($0) && !paths.contains($0) }
        #expect(orphans.isEmpty, "folders of Tests/ that no target names, whose tests never run: \(orphans); move their files into the target of their kind")
    }

    @Test("every suite that runs the binary, tmux or another process carries .ownThread")
    func blockingSuitesOwnAThread() throws {
        let blocking = /\b(MerchantBinary|ShopFolder|TmuxSession|posix_spawn)\b|\bProcess\(\)/
        var checked = 0
        var missing: [String] = []
        for (path, text) in try Self.filesOfTests() where !path.hasSuffix("/TestLayoutTests.swift") && text.contains(blocking) {
            for suite in text.matches(of: /@Suite\([^\n]*\)\n/) {
                checked += 1
                if !suite.output.contains(".ownThread") { missing.append("\(path): \(suite.output.trimmingCharacters(in: .whitespacesAndNewlines))") }
            }
        }
        #expect(checked >= 20)
        #expect(missing.isEmpty, "blocking suites without .ownThread:\n\(missing.joined(separator: "\n"))")
    }
}
