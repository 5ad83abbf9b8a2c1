import Foundation

/// The language the merchant reads: English, German or Thai.
///
///     Language.fromEnvironment(["LANG": "de_DE.UTF-8"])   // .german
///     Language.current                                    // what `tr` writes in
///
/// The binary chooses it once at start (`Language.startWith`), from the environment the way Unix
/// programs do and the merchant's `language` setting; a test chooses one for its task with
/// `Language.$override.withValue(.thai) { … }`.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case german = "de"
    case thai = "th"

    /// The language of this task: a test's override, else the one the process started with.
    public static var current: Language { override ?? started.value }

    /// A test's (or a task's) own language; nil means the process's.
    @TaskLocal public static var override: Language?

    /// Sets the process's language; the binary calls it once, before it writes a word.
    public static func startWith(_ language: Language) { started.value = language }

    private static let started = LanguageBox()

    /// The language the environment asks for, as gettext reads it: `LANGUAGE` (a list such as `th:de`,
    /// the first one we speak), then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, whose
    /// language decides (`de_DE.UTF-8`, `de`, `th_TH`); English when none names German or Thai.
    /// It needs no installed locale: only the variable's text is read.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let list = environment["LANGUAGE"], !list.isEmpty {
            for item in list.split(separator: ":") {
                if let language = Language(localeName: String(item)) { return language }
            }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(localeName: value) ?? .english
        }
        return .english
    }

    /// The language a locale name starts with: "de_AT.UTF-8@euro" is German, "C.UTF-8" none we speak.
    public init?(localeName: String) {
        let code = localeName.prefix { $0.isLetter }.lowercased()
        switch code {
        case "en": self = .english
        case "de": self = .german
        case "th": self = .thai
        default: return nil
        }
    }
}

/// The merchant's choice in settings: a language, or `auto` (the environment's).
public enum LanguageChoice: Equatable, Sendable, Codable {
    case auto
    case fixed(Language)

    /// "de", "th", "en" or "auto"; nil for anything else.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "auto" { self = .auto; return }
        guard let language = Language(rawValue: t) else { return nil }
        self = .fixed(language)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = LanguageChoice(text) ?? .auto
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var text: String {
        switch self {
        case .auto: "auto"
        case .fixed(let language): language.rawValue
        }
    }

    /// The language this choice means in `environment`.
    public func language(in environment: [String: String]) -> Language {
        switch self {
        case .auto: Language.fromEnvironment(environment)
        case .fixed(let language): language
        }
    }
}

/// The process's language, written once at start and read from any thread.
private final class LanguageBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Language.english
    var value: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
