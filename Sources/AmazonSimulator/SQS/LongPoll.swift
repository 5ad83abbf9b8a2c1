import Foundation
import SellingPartnerAPI

extension AmazonSimulator {
    /// Answers `request`; an SQS ReceiveMessage that found nothing asks again every `step` seconds until a message
    /// is there or its `WaitTimeSeconds` ran out (a long poll). In process the wait is on the simulator's clock
    /// (a manual clock moves at once); over HTTP it is real time.
    func longPolled(_ request: HTTPRequest, now: () -> Double, sleep: (Double) async throws -> Void, step: Double = 1) async throws -> SimulatorAnswer {
        var answer = try respond(to: request)
        guard answer.longPoll > 0 else { return answer }
        let deadline = now() + answer.longPoll
        while answer.longPoll > 0 {
            let left = deadline - now()
            if left <= 0 { break }
            try await sleep(min(step, left))
            answer = try respond(to: request)
        }
        answer.longPoll = 0
        return answer
    }
}
