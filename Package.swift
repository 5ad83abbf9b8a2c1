// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MerchantConsole",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "merchant", targets: ["merchant"]),
        .executable(name: "merchant-bench", targets: ["MerchantBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Spreadsheet exports for `merchant ship --csv`: quoted fields, line breaks inside them, CRLF.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // HMAC-SHA256 and SHA-256 for AWS Signature Version 4 (the SQS queue of ORDER_CHANGE notifications).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The domain: rules of DOMAIN.md as pure functions. Foundation only.
        .target(name: "MerchantCore"),
        // The SQLite file: schema, migrations, queries, and the merchant's operations.
        .target(
            name: "MerchantStore",
            dependencies: ["MerchantCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // SP-API wire models (real field names) and a typed client over HTTPTransport.
        .target(name: "SellingPartnerAPI"),
        // Simulated Amazon: persistent state, a seeded generator, SP-API endpoints.
        .target(
            name: "AmazonSimulator",
            dependencies: [
                "SellingPartnerAPI", "MerchantCore", "AmazonSQS",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // Amazon SQS over the AWS JSON protocol, signed with SigV4: the queue of SP-API notifications.
        .target(name: "AmazonSQS", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Pull (incremental, paged, throttled) and push (the outbox) between store and Amazon.
        .target(
            name: "ChannelSync",
            dependencies: ["MerchantCore", "MerchantStore", "SellingPartnerAPI", "AmazonSQS"]
        ),
        // ncursesw as a Swift module, with a C shim for its macros and globals.
        .systemLibrary(name: "CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // The only code that touches the terminal: setup, keys, resizes, drawing rows of styled text.
        .target(name: "Terminal", dependencies: ["CNCurses"]),
        // glibc wcwidth in a UTF-8 locale, for display widths without curses.
        .target(name: "CWidth"),
        // The console without a terminal: state, messages, update, views into a Screen.
        .target(name: "ConsoleUI", dependencies: ["MerchantCore", "MerchantStore", "ChannelSync", "CWidth"]),
        .executableTarget(
            name: "merchant",
            dependencies: [
                "MerchantCore", "MerchantStore", "SellingPartnerAPI", "AmazonSimulator", "ChannelSync", "AmazonSQS",
                "DemoData", "ConsoleUI", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // `swift run -c release merchant-bench`: a million orders, timed against budgets (not part of `swift test`).
        .executableTarget(
            name: "MerchantBench",
            dependencies: [
                "MerchantCore", "MerchantStore", "SellingPartnerAPI", "AmazonSimulator", "ChannelSync", "ConsoleUI", "DemoData",
            ]
        ),
        // The demo catalog and simulated account a first run starts with (`Resources/`).
        // The first run's working day too, lived through the simulator and the real sync (`DemoDay`).
        .target(name: "DemoData", dependencies: ["AmazonSimulator", "ChannelSync", "MerchantStore", "MerchantCore", "SellingPartnerAPI"],
                path: "Resources", resources: [.copy("DemoCatalog.json")]),
        // What more than one test target needs: the console over a fresh store, the sync harness, the built binary
        // on a folder of its own, tmux, golden screens, the rule-id check and `.ownThread` (swift-argument-parser's
        // test helpers, as a target of their own). Tests only: no product depends on it.
        .target(
            name: "MerchantTestSupport",
            dependencies: ["ConsoleUI", "MerchantStore", "MerchantCore", "ChannelSync", "AmazonSimulator", "SellingPartnerAPI"],
            path: "Tests/MerchantTestSupport"
        ),
        .testTarget(name: "MerchantCoreTests", dependencies: ["MerchantCore"]),
        .testTarget(name: "MerchantStoreTests", dependencies: ["MerchantStore", "MerchantCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SellingPartnerAPITests", dependencies: ["SellingPartnerAPI"]),
        .testTarget(name: "AmazonSQSTests", dependencies: ["AmazonSQS", "MerchantTestSupport"]),
        .testTarget(name: "AmazonSimulatorTests", dependencies: ["AmazonSimulator", "SellingPartnerAPI", "MerchantCore", "MerchantTestSupport"]),
        .testTarget(
            name: "ChannelSyncTests",
            dependencies: ["ChannelSync", "MerchantStore", "MerchantCore", "AmazonSimulator", "SellingPartnerAPI", "AmazonSQS",
                           "DemoData", "MerchantTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ConsoleUITests", dependencies: ["ConsoleUI", "MerchantStore", "MerchantCore", "MerchantTestSupport", "ChannelSync", "AmazonSimulator", "SellingPartnerAPI"],
                    exclude: ["Snapshots"]),  // golden screens, read from the source folder by expectSnapshot
        // The terminal driver's pure parts (the escape-sequence decoder), without a terminal.
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        // End to end, one kind a target (`swift test --filter CommandLineTests` runs one kind alone).
        // The built binary's commands, as a merchant's script runs them.
        .testTarget(name: "CommandLineTests", dependencies: ["merchant", "MerchantTestSupport", "ConsoleUI", "MerchantCore"],
                    exclude: ["Snapshots"]),  // golden pick lists and packing slips, read from the source folder by expectSnapshot
        // The console (and `merchant sync`) in a real terminal: tmux's send-keys in, capture-pane out.
        .testTarget(name: "TmuxTests", dependencies: ["merchant", "MerchantTestSupport", "MerchantCore", "ConsoleUI"]),
        // Long harnesses: kill -9 of the sync and of the merchant's commands, many writers on one folder at once
        // (the console's core in the test's process); `MERCHANT_SOAK=1` runs them longer.
        .testTarget(
            name: "SoakTests",
            dependencies: ["merchant", "MerchantTestSupport", "ConsoleUI", "MerchantStore", "MerchantCore", "SellingPartnerAPI",
                           "AmazonSimulator", "ChannelSync", "AmazonSQS"]
        ),
        // The helpers themselves: their rule-id checks still fire, and the layout of Tests/ keeps its promises.
        .testTarget(name: "MerchantTestSupportTests", dependencies: ["MerchantTestSupport", "merchant", "ConsoleUI"]),
    ]
)
