import ConsoleUI

/// One line of `merchant settings show`: the setting's title, its value and, last, the name `settings set` takes.
struct SettingLine {
    let title: String
    let value: String
    let key: String

    /// Values wider than this (an address) run on instead of pushing every `[key]` far to the right.
    static let valueColumnLimit = 24

    /// Prints the lines in three columns measured by display width (German and Thai titles are wider or narrower than
    /// English ones, and "on" is narrower than "off"), so the titles, the values and the `[key]`s each start in one column.
    static func print(_ lines: [SettingLine]) {
        let titles = Labels(lines.map(\.title), gap: 1)
        let values = lines.map { CLIText.inert($0.value) }
        let valueWidth = values.map { DisplayWidth.of($0) }.filter { $0 <= valueColumnLimit }.max() ?? 0
        for (i, line) in lines.enumerated() {
            let padding = String(repeating: " ", count: max(0, valueWidth - DisplayWidth.of(values[i])))
            Swift.print(titles[i] + values[i] + padding + "   [\(line.key)]")
        }
    }
}
