import Foundation

/// A command refused with a message for the merchant; nothing was changed.
struct Refusal: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Prints a refusal or failure on stderr in plain words and exits non-zero.
func fail(_ error: any Error) -> Never {
    let message = String(describing: error)
    FileHandle.standardError.write(Data("merchant: \(CLIText.inert(message))\n".utf8))
    exit(1)
}
