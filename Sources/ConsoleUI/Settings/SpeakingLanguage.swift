import MerchantCore

extension ConsoleState {
    /// Runs `body` (an update, a frame) in the language chosen in Settings. The binary's console needs no help:
    /// the choice set the process's language (`Console.languageSaved`). A task that speaks a language of its own
    /// (a test's `Language.$override`) keeps the process's language alone, so its console speaks the choice here.
    func speaking<T>(_ body: () throws -> T) rethrows -> T {
        guard Language.override != nil, let language = settings.language else { return try body() }
        return try Language.$override.withValue(language, operation: body)
    }
}
