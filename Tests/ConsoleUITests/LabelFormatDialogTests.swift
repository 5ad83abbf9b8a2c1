import AmazonSimulator
import ChannelSync
@testable import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// The label's format in the console: the merchant's `label-format` setting, `f` in the label dialog for one purchase,
/// the label bought in that format (the file Amazon sent), and a rate without it refused instead of bought in another.
@Suite("The label format: the setting, f in the label dialog, and a rate without the format")
struct LabelFormatDialogTests {
    /// The file of the one label bought for the console's first order, once saved.
    func savedFile(_ c: LabelConsole) async throws -> Data {
        let label = try #require(try c.h.store.labels(orderId: c.orderIds[0]).first)
        try await c.waitUntil("the label saved") { try c.h.store.label(id: label.id)?.state == .saved }
        let path = try #require(try c.h.store.label(id: label.id)?.filePath)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    @Test("the dialog starts on PDF, the default, and f goes round PDF, ZPL, PNG, PDF; the question names the format")
    func fCyclesTheFormats() async throws {
        let c = try await LabelConsole()
        try await c.openRates()
        #expect(c.dialog?.format == .pdf)
        #expect(c.text.contains("Format: PDF  (f changes)"))
        var seen: [LabelFormat] = []
        for _ in 0..<3 {
            c.press(.character("f"))
            seen.append(try #require(c.dialog?.format))
            #expect(c.text.contains("Format: \(seen.last!.wire)"))
        }
        #expect(seen == [.zpl, .png, .pdf])
        c.press(.character("f"), .enter)
        let offer = try #require(c.dialog?.chosen.first?.offer)
        #expect(c.text.contains("Buy \(offer.serviceName) for"))
        #expect(c.text.contains("as a ZPL label?"))
        // While asked, f changes nothing: the answer is to the format named.
        c.press(.character("f"))
        #expect(c.dialog?.format == .zpl)
        // For this purchase only: the setting stays PDF, and the next dialog starts on it.
        c.press(.escape)
        #expect(try c.h.store.settings().labelFormat == .pdf)
        try await c.openRates()
        #expect(c.dialog?.format == .pdf)
    }

    @Test("f then Yes buys a ZPL label: the saved file is ZPL (^XA); PNG the same with the PNG signature", arguments: [1, 2])
    func boughtInTheChosenFormat(presses: Int) async throws {
        let c = try await LabelConsole()
        try await c.openRates()
        for _ in 0..<presses { c.press(.character("f")) }
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 1)
        let file = try await savedFile(c)
        if presses == 1 {
            #expect(String(decoding: file.prefix(3), as: UTF8.self) == "^XA")
        } else {
            #expect(file.prefix(8) == Self.pngSignature)
        }
    }

    @Test("the label-format setting is where the dialog starts: zpl set, the label bought with no f is ZPL")
    func theSettingIsTheDefault() async throws {
        let c = try await LabelConsole()
        try c.h.store.setSetting(.labelFormat, to: "zpl", actor: "test", at: c.h.clock.now)
        c.program.send(.dataChanged)
        try await c.waitUntil("the overview with the setting") { c.program.state.overview.settings?.labelFormat == .zpl }
        try await c.openRates()
        #expect(c.text.contains("Format: ZPL"))
        c.press(.enter, .character("y"), .enter)
        let file = try await savedFile(c)
        #expect(String(decoding: file.prefix(3), as: UTF8.self) == "^XA")
    }

    @Test("the default buys PDF (%PDF-)")
    func pdfByDefault() async throws {
        let c = try await LabelConsole()
        try await c.openRates()
        c.press(.enter, .character("y"), .enter)
        let file = try await savedFile(c)
        #expect(String(decoding: file.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test("a rate without the chosen format says so, and Enter asks nothing and buys nothing")
    func rateWithoutTheFormatRefused() async throws {
        // R30: refused in the merchant's words, nothing changed; never a PDF bought in silence for a ZPL printer.
        let c = try await LabelConsole(transport: { FormatsWithheld(simulator: $0, withheld: ["ZPL"], firstRateOnly: true) })
        try await c.openRates()
        while c.dialog?.selected != 0 { c.press(.up) }
        let offer = try #require(c.dialog?.chosen.first?.offer)
        #expect(!offer.formats.contains("ZPL"))
        c.press(.character("f"))
        #expect(c.dialog?.format == .zpl)
        #expect(c.text.contains("✗ this rate's label comes as PDF, PNG, not ZPL."))
        c.press(.enter)
        #expect(c.dialog?.question == nil)
        #expect(c.text.contains("Choose a rate whose label comes as ZPL, or press f for another format."))
        c.press(.enter)
        #expect(c.labelMessages == 0)
        #expect(try c.h.store.labels(orderId: c.orderIds[0]).isEmpty)
        // Another rate has it: bought as ZPL.
        c.press(.down)
        #expect(!c.text.contains("✗ this rate's label"))
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 1)
        #expect(String(decoding: try await savedFile(c).prefix(3), as: UTF8.self) == "^XA")
    }

    @Test("marked orders: an order no rate of which has the format is left out and named; f back to PDF labels it")
    func markedOrderWithoutTheFormatLeftOut() async throws {
        // R30
        let c = try await LabelConsole(orders: 2, transport: { FormatsWithheld(simulator: $0, withheld: ["PNG"], firstRateOnly: false) })
        c.orderIds.forEach(c.mark)
        c.press(.character("s"), .control("t"))
        try await c.waitUntil("the rates of both") { c.dialog?.asking == false }
        c.press(.character("f"), .character("f"))
        #expect(c.dialog?.format == .png)
        #expect(c.dialog?.chosen.isEmpty == true)
        #expect(c.dialog?.leftOut.count == 2)
        #expect(c.dialog?.leftOut.map(\.why) == Array(repeating: "no rate offers a PNG label: press f for another format", count: 2))
        #expect(c.text.contains("✗ \(c.orderIds[0]): no rate offers a PNG label"))
        c.press(.enter)
        #expect(c.dialog?.question == nil)
        #expect(c.labelMessages == 0)
        c.press(.character("f"))
        #expect(c.dialog?.chosen.count == 2)
        c.press(.enter)
        #expect(c.text.contains("Buy 2 PDF labels for "))
        c.press(.character("y"), .enter)
        #expect(c.labelMessages == 2)
        #expect(try c.h.store.labels(orderId: c.orderIds[1]).first?.format == "PDF")
    }

    @Test("in the ship dialog f is typed into the tracking number, as before; ? lists f for the label dialog")
    func fIsTypedElsewhere() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        f.type("1Zf")
        guard case .ship(let d) = f.program.state.dialog else { Issue.record("no ship dialog"); return }
        #expect(d.tracking.text == "1Zf")
        #expect(KeyBindings.rows(of: .dialog).filter { $0.keys.contains(.character("f")) }.count == 1)
    }

    @Test("the Settings pane has the label format row; → steps it to ZPL, saved at once and said", arguments: [Language.english, .german, .thai])
    func settingsRow(language: Language) async throws {
        // R28: stored at once and written to the activity log.
        try await Language.$override.withValue(language) {
            let c = try await LabelConsole()
            c.press(.character("4"))
            let row = try #require(SettingsRows.keys(c.program.state).firstIndex(of: .labelFormat))
            while c.program.state.settings.selected < row { c.press(.character("j")) }
            #expect(c.text.contains(SettingKey.labelFormat.title))
            c.press(.right)
            try await c.waitUntil("the setting saved") { c.program.state.overview.settings?.labelFormat == .zpl }
            #expect(try c.h.store.settings().labelFormat == .zpl)
            #expect(c.program.state.flash?.text.contains("ZPL") == true)
            c.press(.left, .left)
            try await c.waitUntil("stepped back round to PNG") { c.program.state.overview.settings?.labelFormat == .png }
        }
    }
}

/// The simulator's rates with some label formats taken out (of the first rate only, or of all), as a carrier that
/// prints only some of them would offer.
struct FormatsWithheld: HTTPTransport {
    let simulator: AmazonSimulator
    let withheld: Set<String>
    let firstRateOnly: Bool

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = try await simulator.send(request)
        guard request.path.hasPrefix("/shipping/v2/shipments/rates"), response.status == 200,
              var root = try JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              var payload = root["payload"] as? [String: Any], var rates = payload["rates"] as? [[String: Any]] else { return response }
        for i in rates.indices where !firstRateOnly || i == 0 {
            let specs = rates[i]["supportedDocumentSpecifications"] as? [[String: Any]] ?? []
            rates[i]["supportedDocumentSpecifications"] = specs.filter { !withheld.contains($0["format"] as? String ?? "") }
        }
        payload["rates"] = rates
        root["payload"] = payload
        response.body = try JSONSerialization.data(withJSONObject: root)
        return response
    }
}
