// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Overdue",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "overdue", targets: ["overdue"]),
        .library(name: "OverdueKit", targets: ["OverdueKit", "InvoiceModel", "InvoiceReaders", "LateFees", "Letters", "LetterPDF", "XLSX"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
    ],
    targets: [
        // Debian's libhpdf-dev ships no pkg-config file: link by name.
        .systemLibrary(name: "CHaru", path: "Sources/CHaru"),
        .target(name: "HaruPDF", dependencies: ["CHaru"]),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode"),
        .target(name: "QRCode", dependencies: ["CQRencode"]),
        .target(name: "InvoiceModel"),
        .target(name: "LateFees", dependencies: ["InvoiceModel", .product(name: "CSV", package: "CSV.swift")]),
        // The XLSX reader: ZIP archive, workbook parts, sheet rows as text cells. Knows nothing of invoices.
        .target(name: "XLSX", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                             .product(name: "XMLCoder", package: "XMLCoder")]),
        .target(name: "InvoiceReaders", dependencies: ["InvoiceModel", "LateFees", "XLSX",
                                                       .product(name: "Yams", package: "Yams"),
                                                       .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Letters", dependencies: ["InvoiceModel", "LateFees", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "LetterPDF", dependencies: ["Letters", "HaruPDF", "QRCode"]),
        .target(name: "OverdueKit", dependencies: ["InvoiceModel", "InvoiceReaders", "LateFees", "Letters", "LetterPDF", "HaruPDF", "Batch"]),
        .target(name: "Batch", dependencies: ["InvoiceModel", "InvoiceReaders", "LateFees", "Letters", "LetterPDF", "HaruPDF",
                                              .product(name: "Crypto", package: "swift-crypto")]),
        // The dunning policy: pure, given the journal's facts and the as-of date.
        .target(name: "Dunning", dependencies: ["InvoiceModel", "LateFees"]),
        // The letter journal: SQLite through GRDB, migrated by version.
        .target(name: "Journal", dependencies: ["InvoiceModel", .product(name: "GRDB", package: "GRDB.swift"),
                                               .product(name: "Crypto", package: "swift-crypto")]),
        // The e-mail writer (RFC 5322 / MIME): Foundation only.
        .target(name: "Mail"),
        // The hand-over pack: the ZIP for the agency, bailiff or lawyer, its summary, the IUB verdict.
        .target(name: "Handover", dependencies: ["Journal", "InvoiceModel", "LateFees", .product(name: "CSV", package: "CSV.swift"),
                                                 .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                 .product(name: "Crypto", package: "swift-crypto")]),
        // The dunning plan and run shared by `overdue plan/run` and the studio; the engine through the front door.
        .target(name: "DunningRun", dependencies: [
            "OverdueKit", "Dunning", "Journal", "Mail", "Handover",
            "InvoiceModel", "InvoiceReaders", "LateFees", "Letters",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Overdue Studio: the local web app over the same dunning code as the CLI.
        .target(name: "Studio", dependencies: [
            "OverdueKit", "DunningRun", "Dunning", "Journal",
            "InvoiceModel", "InvoiceReaders", "LateFees", "Letters",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The command line sees the batch and PDF engine (Batch, LetterPDF, HaruPDF) only through
        // the front door, OverdueKit (.ci/run checks its imports).
        .executableTarget(name: "overdue", dependencies: [
            "OverdueKit", "Dunning", "Journal", "Mail", "Handover", "DunningRun", "Studio",
            "InvoiceModel", "InvoiceReaders", "LateFees", "Letters",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "overdue-bench", dependencies: ["OverdueKit", "InvoiceModel", "InvoiceReaders", "LateFees", "Letters", "HaruPDF", "QRCode"],
                          path: "Benchmarks/Sources"),
        .executableTarget(name: "overdue-dunning-bench", dependencies: ["Journal", "InvoiceModel", .product(name: "GRDB", package: "GRDB.swift")],
                          path: "Benchmarks/Dunning"),
        .executableTarget(name: "overdue-bench-exports", dependencies: ["InvoiceReaders", "InvoiceModel",
                                                                       .product(name: "CSV", package: "CSV.swift"),
                                                                       .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                          path: "Benchmarks/Exports"),
        .testTarget(name: "LateFeesTests", dependencies: ["LateFees", "InvoiceModel"]),
        .testTarget(name: "InvoiceReadersTests", dependencies: ["InvoiceReaders", "InvoiceModel", "LateFees"]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX"]),
        .testTarget(name: "LettersTests", dependencies: ["Letters", "LateFees", "InvoiceReaders"]),
        .testTarget(name: "LetterPDFTests", dependencies: ["LetterPDF", "Letters", "HaruPDF", "LateFees", "InvoiceReaders"]),
        .testTarget(name: "CLITests", dependencies: ["overdue"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "InvoiceModel"]),
        .testTarget(name: "OverdueKitTests", dependencies: ["OverdueKit"]),
        .testTarget(name: "DunningTests", dependencies: ["Dunning", "InvoiceModel", "LateFees"]),
        .testTarget(name: "MailTests", dependencies: ["Mail"]),
        .testTarget(name: "HandoverTests", dependencies: ["Handover", "Journal", "InvoiceModel", "LateFees",
                                                        .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "StudioTests", dependencies: ["Studio", "DunningRun", "Journal", "Dunning", "InvoiceModel",
                                                      .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "JournalTests", dependencies: ["Journal", "Dunning", "Batch", "InvoiceModel", "InvoiceReaders", "Letters", "HaruPDF",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
