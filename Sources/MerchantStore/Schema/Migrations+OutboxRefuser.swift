import GRDB

extension Schema {
    /// v26: who refused a failed outbox message: Amazon, which answered it, or the console, which kept it back
    /// before sending (R21, R27). The Outbox said "refused by Amazon" of both. Messages failed before are told
    /// apart by their words: the console's own are kept in every language, Amazon's as Amazon wrote them (the
    /// console's wrapping of an Amazon refusal, "Amazon refused it: …", being Amazon's too).
    static func registerOutboxRefuser(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v26: who refused an outbox message") { db in
            try db.execute(sql: """
                ALTER TABLE outbox ADD COLUMN refusedBy TEXT;
                UPDATE outbox SET refusedBy = CASE
                    WHEN lastErrorWords IS NOT NULL AND lastError NOT LIKE 'Amazon refused it: %' THEN 'console' ELSE 'amazon' END
                WHERE state = 'failed';
                """)
        }
    }
}
