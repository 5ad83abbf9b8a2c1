import Foundation

/// An LWA access token, sent as `x-amz-access-token`. Printing, debug-printing or dumping it shows
/// "<redacted>", so it cannot slip into a log, a crash report or a test failure.
public struct AccessToken: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret itself; read it only to put it on the wire.
    public let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "AccessToken(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
