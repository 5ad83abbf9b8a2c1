import Foundation

/// The table the benchmark prints and writes to BENCHMARKS.md: each figure, its budget, and the comparison.
struct Report {
    struct Row: Equatable {
        var measurement: String
        var figure: String
        var budget: String
        /// nil: no budget (a comparison only).
        var met: Bool?
        var comparison: String
    }

    var title = "Benchmarks"
    var preamble: [String] = []
    var sections: [(String, [Row])] = []
    var notes: [String] = []

    mutating func add(_ section: String, _ rows: [Row]) { sections.append((section, rows)) }

    static func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: "ok"
        case false?: "**missed**"
        case nil: "–"
        }
    }

    /// One Markdown table per section; cells never contain a raw `|`.
    var markdown: String {
        var out = ["# \(title)", ""] + preamble + [""]
        for (name, rows) in sections {
            out.append("## \(name)")
            out.append("")
            out.append("| measurement | figure | budget | within | comparison |")
            out.append("|---|---|---|---|---|")
            for r in rows {
                let cells = [r.measurement, r.figure, r.budget, Self.verdict(r.met), r.comparison].map { $0.replacingOccurrences(of: "|", with: "\\|") }
                out.append("| " + cells.joined(separator: " | ") + " |")
            }
            out.append("")
        }
        if !notes.isEmpty {
            out.append("## Notes")
            out.append("")
            out += notes.map { "- \($0)" }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Plain columns for the terminal.
    var text: String {
        var out: [String] = []
        for (name, rows) in sections {
            out.append("")
            out.append(name)
            for r in rows {
                let verdict = r.met.map { $0 ? "ok" : "MISSED" } ?? ""
                out.append("  " + [pad(r.measurement, 34), pad(r.figure, 34), pad(r.budget, 16), pad(verdict, 7), r.comparison].joined(separator: " "))
            }
        }
        return out.joined(separator: "\n")
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}

/// Numbers as the report writes them.
enum Format {
    static func ms(_ v: Double) -> String { v.isNaN ? "–" : v < 10 ? String(format: "%.2f ms", v) : String(format: "%.0f ms", v) }
    static func mb(_ v: Double) -> String { v.isNaN ? "–" : String(format: "%.0f MB", v) }
    static func rate(_ v: Double) -> String { v.isNaN ? "–" : "\(grouped(Int(v.rounded()))) orders/s" }
    static func ratio(_ v: Double) -> String { v.isNaN || v.isInfinite ? "–" : v >= 10 ? String(format: "%.0f×", v) : String(format: "%.2f×", v) }
    static func grouped(_ n: Int) -> String {
        let s = String(abs(n))
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
    /// "median 1.20 ms, p99 3.40 ms (n=200)"
    static func spread(_ s: Samples, _ unit: (Double) -> String = ms) -> String {
        s.count == 0 ? "not measured" : "median \(unit(s.median)), p99 \(unit(s.p99)) (n=\(s.count))"
    }
}
