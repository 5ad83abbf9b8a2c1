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
        // Files, not pipes (Spawn's too): a large input and a large output through pipes can block each other.
        let inputFile = folder.appendingPathComponent("in")
        try input.write(to: inputFile)
        let run = try Spawn.bytes("python3", ["-c", script] + arguments, input: inputFile.path)
        return (run.status, run.output, String(decoding: run.errors, as: UTF8.self))
    }
}
