/// A span of time as the console and the command line both write it: "45s", "12m", "3h", "2d" (the sign dropped).
public enum TimeSpanText {
    public static func short(_ seconds: Double) -> String {
        let s = abs(seconds)
        if s < 60 { return "\(Int(s))s" }
        if s < 3600 { return "\(Int(s / 60))m" }
        if s < 86_400 { return "\(Int(s / 3600))h" }
        return "\(Int(s / 86_400))d"
    }
}
