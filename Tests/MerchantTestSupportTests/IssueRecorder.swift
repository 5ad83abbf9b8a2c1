import Synchronization
import Testing

/// What the issues `body` records say, each as text (an error it throws too), none of them failing the test: the
/// test that looks at them decides what must be among them, or that there are none.
func recordedIssues(_ body: () throws -> Void) -> [String] {
    let seen = Mutex<[String]>([])
    withKnownIssue(isIntermittent: true) {
        do { try body() } catch { seen.withLock { $0.append("thrown: \(error)") } }
    } matching: { issue in
        seen.withLock { $0.append(String(describing: issue)) }
        return true
    }
    return seen.withLock { $0 }
}
