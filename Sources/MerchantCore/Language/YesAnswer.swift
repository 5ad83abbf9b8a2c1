/// What answers yes to a question that cannot be undone, in the console's dialogs and on the command line alike.
///
///     YesAnswer.isYes("j", .german)   // true: German programs ask "j/n"
///     YesAnswer.isYes("j", .english)  // false
///
/// y and yes answer yes in every language, so a merchant's habit and a script never break; German adds j and ja.
/// No is n or no (German nein too); anything else is neither, and a question never defaults to yes.
public enum YesAnswer {
    public static func isYes(_ text: String, _ language: Language = .current) -> Bool {
        let t = text.lowercased()
        return t == "y" || t == "yes" || (language == .german && (t == "j" || t == "ja"))
    }

    public static func isNo(_ text: String, _ language: Language = .current) -> Bool {
        let t = text.lowercased()
        return t == "n" || t == "no" || (language == .german && t == "nein")
    }
}
