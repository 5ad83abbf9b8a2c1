import Foundation

/// Repeated timings of one thing, in milliseconds, summarised as median and p99.
struct Samples: Sendable {
    var values: [Double] = []

    mutating func add(_ ms: Double) { values.append(ms) }

    /// Runs `body` once and records how long it took.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let result = try body()
        add(milliseconds(since: start))
        return result
    }

    var median: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
    var count: Int { values.count }

    /// The nearest-rank percentile (p99 of 20 samples is the slowest one).
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) * 1_000 + Double(d.components.attoseconds) / 1e15
}

func seconds(since start: ContinuousClock.Instant) -> Double { milliseconds(since: start) / 1_000 }

/// Resident memory of a process in MB (VmRSS of /proc), or nil when it is gone.
func residentMB(pid: Int32) -> Double? { statusField("VmRSS:", pid: pid) }

/// A memory figure of /proc/PID/status (given there in kB), in MB.
private func statusField(_ name: String, pid: Int32) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
        let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) }
        return kb.map { $0 / 1_024 }
    }
    return nil
}

/// The peak resident memory of this process so far, in MB: `VmHWM`, which starts again at exec.
/// (`getrusage`'s `ru_maxrss` does not: a probe forked from the benchmark reported the benchmark's own size.)
func peakResidentMBOfSelf() -> Double {
    statusField("VmHWM:", pid: getpid()) ?? .nan
}

/// Progress for the person running the benchmark, on stderr so stdout stays the table.
func say(_ text: String) {
    FileHandle.standardError.write(Data("[bench] \(text)\n".utf8))
}
