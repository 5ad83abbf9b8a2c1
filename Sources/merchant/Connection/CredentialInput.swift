import Foundation
import MerchantCore
import SellingPartnerAPI
#if canImport(Glibc)
import Glibc
#endif

/// The terminal's settings while a prompt hides what is typed, for the Ctrl-C handler to put back.
nonisolated(unsafe) private var savedTerminal = termios()

/// The credentials `merchant connect` checks: from `LWA_CLIENT_ID`, `LWA_CLIENT_SECRET` and
/// `SP_API_REFRESH_TOKEN`, else asked for on the terminal without echo (or read line by line from a pipe).
/// Never from a flag: flags land in the shell's history and in `ps`.
enum CredentialInput {
    static func read(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LWACredentials {
        func value(_ variable: String, _ label: String) throws -> String {
            if let v = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty { return v }
            let answer = prompt(tr("commands.credentials.prompt", label, variable) + " ")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !answer.isEmpty else {
                throw Refusal(tr("commands.credentials.none-given", label, variable))
            }
            return answer
        }
        return LWACredentials(
            clientId: try value("LWA_CLIENT_ID", "LWA client id"),
            clientSecret: try value("LWA_CLIENT_SECRET", "LWA client secret"),
            refreshToken: try value("SP_API_REFRESH_TOKEN", "refresh token"))
    }

    /// One line from stdin, the question on stderr; on a terminal what is typed is not shown.
    static func prompt(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        guard isatty(STDIN_FILENO) == 1 else {
            defer { FileHandle.standardError.write(Data("\n".utf8)) }
            return readLine(strippingNewline: true)
        }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        savedTerminal = saved
        // Ctrl-C while nothing is echoed must not leave the terminal deaf.
        let previous = signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal)
            _exit(130)
        }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            signal(SIGINT, previous)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
