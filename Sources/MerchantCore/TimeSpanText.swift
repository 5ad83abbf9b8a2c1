/// A span of time as the console and the command line both write it: "45s", "12m", "3h", "2d" (the sign dropped),
/// in German "45s", "12min", "3h", "2T", in Thai "45วิ", "12น.", "3ชม.", "2วัน".
public enum TimeSpanText {
    public static func short(_ seconds: Double) -> String {
        let s = abs(seconds)
        if s < 60 { return tr("common.span.seconds", Int(s)) }
        if s < 3600 { return tr("common.span.minutes", Int(s / 60)) }
        if s < 86_400 { return tr("common.span.hours", Int(s / 3600)) }
        return tr("common.span.days", Int(s / 86_400))
    }
}
