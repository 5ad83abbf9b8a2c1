/// The answer to a dialog's question: No until the merchant moves to Yes, so that Enter alone never
/// does what cannot be undone (R17).
enum YesNo {
    /// y or n answers as well as ←/→; nil for any other key.
    static func answer(_ key: Key) -> Bool? {
        guard case .character(let c) = key, "yYnN".contains(c) else { return nil }
        return "yY".contains(c)
    }
}
