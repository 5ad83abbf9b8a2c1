import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// moto's `moto_server` (PyPI `moto[server]`), a local SQS that we did not write, on a free loopback port.
/// Started by `start()`, stopped by `stop()`; a test stops it in a `defer`.
public final class MotoServer {
    public let port: Int
    let process: Child
    public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The AWS variables a merchant would set to reach this moto (moto checks no signature; the keys are AWS's examples).
    public func environment(region: String = "eu-west-1") -> [String: String] {
        ["AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "AWS_REGION": region, "AWS_ENDPOINT_URL_SQS": endpoint.absoluteString]
    }

    /// Whether `moto_server` is on PATH.
    public static var isInstalled: Bool {
        (try? Spawn.run("sh", ["-c", "command -v moto_server"]).status) == 0
    }

    /// Starts moto and waits until it answers HTTP (its imports take a few seconds on a busy machine).
    public init() throws {
        port = try Self.freePort()
        process = try Spawn.start("moto_server", ["-H", "127.0.0.1", "-p", String(port)])
    }

    /// Polls until moto answers, or gives up after `seconds`.
    public func waitUntilAnswering(seconds: Double = 60) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            guard process.isRunning else { throw MotoError("moto_server ended before it answered") }
            var request = URLRequest(url: endpoint.appendingPathComponent("moto-api/"))
            request.timeoutInterval = 2
            if let (_, response) = try? await URLSession.shared.data(for: request), (response as? HTTPURLResponse) != nil { return }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        throw MotoError("moto_server did not answer on port \(port) within \(Int(seconds)) s")
    }

    /// Kills moto. SIGKILL, not `terminate()`: a child of the test runner inherits its blocked SIGTERM and
    /// would never end.
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A port nothing listens on now: the kernel's pick for a socket bound to port 0.
    public static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw MotoError("no socket for a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        guard bound else { throw MotoError("could not pick a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Creates a standard queue in moto with boto3 (moto's own client), and returns its URL.
    public func createQueue(named name: String, region: String) throws -> String {
        let script = """
        import boto3, sys
        sqs = boto3.client('sqs', endpoint_url=sys.argv[1], region_name=sys.argv[2],
                           aws_access_key_id='testing', aws_secret_access_key='testing')
        print(sqs.create_queue(QueueName=sys.argv[3])['QueueUrl'])
        """
        let run = try Python.run(script, arguments: [endpoint.absoluteString, region, name])
        guard run.status == 0 else { throw MotoError("boto3 could not create the queue: \(run.errors)") }
        return String(decoding: run.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

public struct MotoError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
