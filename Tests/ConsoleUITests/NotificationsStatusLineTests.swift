import ConsoleUI
import Foundation
import MerchantStore
import MerchantTestSupport
import Testing

/// The status line says when order notifications cannot be read, and stops saying it once they can.
@Suite struct NotificationsStatusLineTests {
    @Test func anUnreachableQueueIsOnTheStatusLineInPlainWordsUntilItRecovers() throws {
        // R3: the console shows what the sync does; here, that the sweep alone reads orders
        let f = try ConsoleFixture(size: Size(rows: 24, columns: 200))
        try f.store.saveNotificationConnection(NotificationConnection(
            queueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", queueArn: "arn:aws:sqs:eu-west-1:123456789012:orders",
            destinationId: "d-1", subscriptionId: "s-1", connectedAt: ConsoleFixture.now))
        f.program.send(.dataChanged)
        #expect(!f.text.contains("order notifications"), "healthy notifications are not worth a word of trouble")
        // Outside a sandbox there is no test notification: the merchant sees that none came yet, then since when they come.
        #expect(f.text.contains("notifications: none yet"))

        try f.store.noteNotificationProblem("could not reach the queue at sqs.eu-west-1.amazonaws.com: no answer in time", at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        #expect(f.text.contains("order notifications unreachable: could not reach the queue at sqs.eu-west-1.amazonaws.com: no answer in time; reading orders every"))

        try f.store.noteNotificationsArrived(at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        #expect(!f.text.contains("order notifications unreachable"))
        #expect(f.text.contains("notifications since \(Self.clockTime(ConsoleFixture.now))"))
        #expect(!f.text.contains("none yet"))
    }

    @Test func ordersANotificationBroughtAreSaidLikeASyncsNews() throws {
        // R3: the console says what came from Amazon; orders a notification brought are news like a sync's
        let f = try ConsoleFixture(size: Size(rows: 24, columns: 120))
        f.program.hear(notified: "2 new orders")
        #expect(!f.text.contains("Order notifications: 2 new orders."), "heard at the console's next tick, not from the listener's task")
        f.program.tick()
        #expect(f.text.contains("Order notifications: 2 new orders."))
    }

    /// "09:30", the time of day in UTC as the console writes it.
    static func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
