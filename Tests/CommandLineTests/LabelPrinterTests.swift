import Foundation
import MerchantTestSupport
import Testing

/// The `printer` setting: `--print` of label, slip and picklist sends to it (`lp -d NAME`), and a bought label prints
/// as soon as it is saved. A fake `lp` on PATH writes what it got to files, so the test reads what a printer would.
@Suite("The printer setting and lp", .serialized, .ownThread)
struct LabelPrinterTests {
    /// A folder holding an `lp` that records its arguments and input, answering as CUPS does (or refusing).
    struct FakeLp {
        let folder = Temporary.url("fake-lp")
        var arguments: URL { folder.appendingPathComponent("arguments") }
        var input: URL { folder.appendingPathComponent("input") }

        init(refuses: Bool = false) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let script = folder.appendingPathComponent("lp")
            let answer = refuses ? #"echo "lp: The printer or class does not exist." >&2; exit 1"# : #"echo "request id is Office-1 (1 file(s))""#
            try """
                #!/bin/sh
                printf '%s\\n' "$@" > '\(arguments.path)'
                cat > '\(input.path)'
                \(answer)
                """.write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        }

        var environment: [String: String?] { ["PATH": folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")] }
        func said() throws -> [String] { try String(contentsOf: arguments, encoding: .utf8).split(separator: "\n").map(String.init) }
    }

    static let pngCheck = """
        import sys, zlib, struct
        d = sys.stdin.buffer.read()
        assert d[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        i, idat = 8, b''
        while i < len(d):
            n, = struct.unpack('>I', d[i:i + 4])
            kind, body = d[i + 4:i + 8], d[i + 8:i + 8 + n]
            assert zlib.crc32(kind + body) & 0xffffffff == struct.unpack('>I', d[i + 8 + n:i + 12 + n])[0], kind
            if kind == b'IHDR': w, h = struct.unpack('>II', body[:8])
            if kind == b'IDAT': idat += body
            i += 12 + n
        assert len(zlib.decompress(idat)) == ((w + 7) // 8 + 1) * h
        print(w, h)
        """

    func cheapestRate(_ m: MerchantBinary, _ id: String) throws -> String {
        let answer = try #require(try m.json("rates", id, "--json") as? JSONObject)
        return try #require((answer["rates"] as? [JSONObject])?.first?["rateId"] as? String)
    }

    @Test("settings set printer: shown, in --json, checked, cleared with none")
    func theSetting() throws {
        // R28: stored at once and written to the activity log; R30: a name CUPS would not take changes nothing.
        let m = MerchantBinary()
        #expect(try m.ok("settings", "set", "printer", "Office_Zebra").contains("Printer: Office_Zebra"))
        #expect(try m.ok("settings", "show").contains("Office_Zebra   [printer]"))
        #expect((try m.json("settings", "show", "--json") as? JSONObject)?["printer"] as? String == "Office_Zebra")
        let bad = try m.run("settings", "set", "printer", "Office Zebra")
        #expect(bad.status != 0 && bad.stderr.contains("is not a printer name"), "\(bad.stderr)")
        #expect((try m.json("settings", "show", "--json") as? JSONObject)?["printer"] as? String == "Office_Zebra")
        #expect(try m.ok("activity").contains("Printer: none → Office_Zebra"))
        #expect(try m.ok("settings", "set", "printer", "none").contains("No printer set"))
        #expect((try m.json("settings", "show", "--json") as? JSONObject)?["printer"] as? String == "none")
    }

    @Test("with a printer set, a bought label prints as soon as it is saved; slip and picklist --print go to it")
    func printsToTheSetPrinter() throws {
        let m = MerchantBinary()
        let lp = try FakeLp()
        try m.ok("settings", "set", "printer", "Office_Zebra")
        let id = try m.paidOrder()
        let slip = try m.run(["slip", id, "--print"], environment: lp.environment)
        #expect(slip.status == 0 && slip.stdout.contains("request id is Office-1"), "\(slip.stderr)")
        #expect(try lp.said() == ["-d", "Office_Zebra", "-o", "media=A4"])
        #expect(try String(contentsOf: lp.input, encoding: .utf8).contains(id))
        let picklist = try m.run(["picklist", "--print"], environment: lp.environment)
        #expect(picklist.status == 0)
        #expect(try lp.said() == ["-d", "Office_Zebra", "-o", "media=A4"])

        let bought = try m.run(["label", id, "--rate", try cheapestRate(m, id), "--format", "zpl", "--yes"], environment: lp.environment)
        #expect(bought.status == 0, "\(bought.stderr)")
        let path = try #require(bought.stdout.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        // lp -d Office_Zebra -- FILE: the file itself, by the process that saved it.
        #expect(try lp.said() == ["-d", "Office_Zebra", "--", path])
    }

    @Test("a printer that refuses: the label is saved all the same, the activity log and the message say why")
    func aFailedPrintLosesNoLabel() throws {
        let m = MerchantBinary()
        let lp = try FakeLp(refuses: true)
        try m.ok("settings", "set", "printer", "Gone")
        let id = try m.paidOrder()
        let bought = try m.run(["label", id, "--rate", try cheapestRate(m, id), "--yes"], environment: lp.environment)
        #expect(bought.status == 0)
        let path = try #require(bought.stdout.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).prefix(5), as: UTF8.self) == "%PDF-")
        #expect(bought.stderr.contains("the label was not printed (the printer refused it: lp: The printer or class does not exist.)"), "\(bought.stderr)")
        #expect(try m.ok("activity").contains("label not printed"))
        // Nothing is owed: the label is done; only the paper is missing.
        let owed = try #require(try m.json("outbox", "--all", "--json") as? [JSONObject])
        #expect(owed.filter { $0["kind"] as? String == "label" }.map { $0["state"] as? String } == ["done"])
    }

    @Test("without a printer set, --print uses the default printer (lp without -d); without lp it says so")
    func theDefaultPrinter() throws {
        let m = MerchantBinary()
        let lp = try FakeLp()
        let id = try m.paidOrder()
        let bought = try m.run(["label", id, "--rate", try cheapestRate(m, id), "--format", "png", "--print", "--yes"], environment: lp.environment)
        #expect(bought.status == 0, "\(bought.stderr)")
        let path = try #require(bought.stdout.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        #expect(path.hasSuffix(".png"))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try lp.said() == ["--", path])
        if Python.has("zlib") {
            // Another reader's word: Python's zlib checks every chunk's CRC and inflates the image data.
            let png = try Data(contentsOf: URL(fileURLWithPath: path))
            let read = try Python.run(Self.pngCheck, input: png)
            #expect(read.status == 0, "\(read.errors)")
            #expect(String(decoding: read.output, as: UTF8.self) == "812 1218\n")
        }
        let slip = try m.run(["slip", id, "--print"], environment: ["PATH": "/nonexistent"])
        #expect(slip.status != 0 && slip.stderr.contains("lp was not found"))
    }
}
