import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Named moments where the kill -9 harness (SoakTests) stops a sync dead: with `MERCHANT_CRASH_POINT` set to a
/// point's name, the process kills itself there with SIGKILL, exactly as `kill -9` from outside would, so that a
/// test can hit a moment (Amazon sold the label, the answer is not recorded yet) that a timed kill hits by luck.
enum CrashPoint {
    static let chosen = ProcessInfo.processInfo.environment["MERCHANT_CRASH_POINT"]

    static func reach(_ name: String) {
        if chosen == name { kill(getpid(), SIGKILL) }
    }
}
