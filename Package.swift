// swift-tools-version: 6.1
import PackageDescription

// Layers (see docs/architecture.md). Lower layers never import higher ones:
//   SamskabJournalLine — the journal line format: encode, decode, bounds, text hygiene; standard library only
//   SamskabModel   — the workshop definition: parsed and validated; pure
//   SamskabPlanning — the planners (tables, pairs, rotation) and their seeded random; needs no session
//   SamskabSession — events and the session state as a pure fold of them
//   SamskabFiles   — plain files: definitions, the journal, session folders
//   SamskabExport  — the day's summary, read from the state
//   SamskabCanvas  — the cell canvas, keys and text widths: the small core the backend and the screens share
//   SamskabQR      — a QR code's modules (libqrencode through CQREncode) and its half-block text
//   SamskabScreens — pure screens: state + size → a canvas of cells; keys → view changes and events
//   CNCursesW      — the ncursesw shim; only the terminal backend imports it
//   SamskabTerminal — the ncurses backend: paints canvases, reads keys, restores the terminal;
//                     depends only on SamskabCanvas (and the C shims), not on the screens
//   SamskabWeb     — the phone page (Hummingbird): forms that build the engine's commands; never the screens
//   samskab        — the command line, which wires the layers together
let package = Package(
    name: "samskab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samskab", targets: ["samskab"]),
        .executable(name: "samskab-bench", targets: ["samskab-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
    ],
    targets: [
        // No pkgConfig: ncursesw.pc adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600, which SwiftPM
        // refuses with a warning on every build. The shim defines what it needs itself.
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libqrencode for the join card's QR code; no pkgConfig, as for ncurses.
        .systemLibrary(
            name: "CQREncode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The journal line format, standard library only: what the fuzzer links directly.
        .target(
            name: "SamskabJournalLine"
        ),
        .target(
            name: "SamskabModel",
            dependencies: [
                "SamskabJournalLine",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The table, pair and rotation planners: people and departments in, plans out; no session.
        .target(
            name: "SamskabPlanning",
            dependencies: [
                "SamskabModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "SamskabSession",
            dependencies: [
                "SamskabJournalLine",
                "SamskabModel",
                "SamskabPlanning",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Standard library only: no model, no session.
        .target(
            name: "SamskabCanvas"
        ),
        // A QR code as a matrix of modules and as half-block text: pure, on libqrencode.
        .target(
            name: "SamskabQR",
            dependencies: ["CQREncode"]
        ),
        .target(
            name: "SamskabScreens",
            dependencies: ["SamskabCanvas", "SamskabModel", "SamskabSession", "SamskabQR"]
        ),
        // Signal handlers that give the terminal back; in C, as a handler must not run Swift code.
        .target(
            name: "CTerminalCleanup",
            dependencies: ["CNCursesW"]
        ),
        // prctl(PR_SET_PDEATHSIG) for the web server `run --serve` starts: it ends with the projector.
        .target(
            name: "CParentDeath"
        ),
        .target(
            name: "SamskabTerminal",
            dependencies: ["CNCursesW", "CTerminalCleanup", "SamskabCanvas"]
        ),
        .target(
            name: "SamskabFiles",
            dependencies: ["SamskabJournalLine", "SamskabModel", "SamskabSession"]
        ),
        .target(
            name: "SamskabExport",
            dependencies: [
                "SamskabModel",
                "SamskabSession",
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The phone page: plain HTTP on the local network, server-rendered pages that only build
        // the engine's commands. Never imports the screens or the terminal.
        .target(
            name: "SamskabWeb",
            dependencies: [
                "SamskabModel",
                "SamskabSession",
                "SamskabFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "samskab",
            dependencies: [
                "SamskabWeb",
                "SamskabModel",
                "SamskabSession",
                "SamskabFiles",
                "SamskabExport",
                "SamskabCanvas",
                "SamskabScreens",
                "SamskabTerminal",
                "CParentDeath",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The journal line reader under libFuzzer (see its Fuzz.swift), or replaying a corpus: the
        // line format's own properties, then the events' (decoded, written back, folded).
        .executableTarget(
            name: "samskab-fuzz",
            dependencies: ["SamskabJournalLine", "SamskabSession"]
        ),
        .executableTarget(
            name: "samskab-bench",
            dependencies: ["SamskabModel", "SamskabPlanning", "SamskabSession", "SamskabFiles", "SamskabCanvas", "SamskabScreens", "CSQLite"]
        ),
        .testTarget(
            name: "SamskabJournalLineTests",
            dependencies: ["SamskabJournalLine"]
        ),
        .testTarget(
            name: "SamskabModelTests",
            dependencies: ["SamskabModel", "SamskabFiles"],
            exclude: ["FuzzCorpus"]
        ),
        .testTarget(
            name: "SamskabSessionTests",
            dependencies: ["SamskabJournalLine", "SamskabModel", "SamskabPlanning", "SamskabSession", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["JournalCorpus"]
        ),
        .testTarget(
            name: "SamskabScreensTests",
            dependencies: ["SamskabModel", "SamskabSession", "SamskabCanvas", "SamskabScreens"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "SamskabExportTests",
            dependencies: ["SamskabModel", "SamskabPlanning", "SamskabSession", "SamskabExport", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "SamskabFilesTests",
            dependencies: ["SamskabModel", "SamskabSession", "SamskabFiles"]
        ),
        .testTarget(
            name: "SamskabQRTests",
            dependencies: ["SamskabQR"]
        ),
        .testTarget(
            name: "SamskabWebTests",
            dependencies: [
                "SamskabModel", "SamskabSession", "SamskabFiles", "SamskabWeb",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "SamskabTerminalTests",
            dependencies: ["SamskabTerminal", "SamskabCanvas", "CNCursesW"]
        ),
        .testTarget(
            name: "SamskabCLITests",
            dependencies: ["samskab", "samskab-bench", "SamskabFiles", "SamskabScreens", "SamskabWeb",
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Browser"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
