import Foundation

/// The AGE column of the Refunds and Shop panes: 4 columns as it always was, or as wide as the longest age the
/// language writes ("59m" is 3 wide, Thai "59นาที" 6), so that an age is never cut.
enum AgeColumn {
    static var width: Int {
        max(4, [59.0, 59 * 60, 23 * 3600, 99 * 86_400].map { DisplayWidth.of(Format.span($0)) }.max() ?? 0)
    }
}
