import Foundation

/// Runs the machine's `python3` for the tests that compare with botocore and drive moto.
public enum Python {
    /// Whether `python3` exists and imports `module`.
    public static func has(_ module: String) -> Bool {
        (try? run("import \(module)").status) == 0
    }

    /// Runs `script` with `input` on its standard input; waits for it.
    public static func run(_ script: String, input: Data = Data(), arguments: [String] = []) throws -> (status: Int32, output: Data, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amazonsqs-python-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: a large input and a large output through pipes can block each other.
        let inputFile = folder.appendingPathComponent("in"), outputFile = folder.appendingPathComponent("out")
        let errorFile = folder.appendingPathComponent("err")
        try input.write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: outputFile),
                String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}
