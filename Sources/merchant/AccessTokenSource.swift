import Foundation
import MerchantCore
import SellingPartnerAPI

/// Where the SP-API access token comes from: `SPAPI_ACCESS_TOKEN`, else the file `spapi-access-token`
/// in the data folder, which must be the merchant's alone (0600).
///
///     let token = try AccessTokenSource.resolve(home: home)   // nil: no token, fine for the simulator
///
/// The token is a secret: it is read here and put on the wire by the client, never printed or logged;
/// a refusal names the file, never its content.
enum AccessTokenSource {
    static let fileName = "spapi-access-token"

    static func resolve(home: Home, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AccessToken? {
        if let value = environment["SPAPI_ACCESS_TOKEN"], !value.isEmpty { return AccessToken(value) }
        let path = home.url.appendingPathComponent(fileName).path
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Refusal(tr("commands.token-file.not-a-file", path)) }
        // Group or others may read it: a secret shared with every account on the machine. Refuse, say how to mend it.
        guard info.st_mode & 0o077 == 0 else {
            throw Refusal(tr("commands.token-file.readable", path, String(info.st_mode & 0o777, radix: 8)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Refusal(tr("commands.token-file.unreadable", path)) }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw Refusal(tr("commands.token-file.empty", path)) }
        guard token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw Refusal(tr("commands.token-file.words", path))
        }
        return AccessToken(token)
    }
}
