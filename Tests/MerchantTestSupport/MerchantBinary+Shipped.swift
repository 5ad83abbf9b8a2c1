import Foundation
import Testing

extension MerchantBinary {
    /// What a console shipment leaves behind, read by the command line: the order shipped by our record, and after
    /// the next sync shipped at (simulated) Amazon with exactly this one package and tracking number (R13).
    public func expectShippedAndConfirmed(_ id: String, tracking: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let local = try #require(try json("order", id, "--json") as? JSONObject, sourceLocation: sourceLocation)
        #expect(local["localStatus"] as? String == "shipped", sourceLocation: sourceLocation)
        try ok("sync")
        let amazon = try #require(try json("sim", "order", id, "--json") as? JSONObject, sourceLocation: sourceLocation)
        #expect(amazon["status"] as? String == "SHIPPED", sourceLocation: sourceLocation)
        let packages = try #require(amazon["packages"] as? [JSONObject], sourceLocation: sourceLocation)
        #expect(packages.map { $0["trackingNumber"] as? String } == [tracking], sourceLocation: sourceLocation)
    }
}
