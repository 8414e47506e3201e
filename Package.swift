// swift-tools-version: 6.1
import PackageDescription

// Layers (see README "Architecture"): SamskabModel is pure (no file I/O, no curses);
// SamskabFiles reads and writes the plain files; CNCursesW is reached only by the
// terminal backend; the `samskab` executable wires them together.
let package = Package(
    name: "samskab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "samskab", targets: ["samskab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "SamskabModel",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "SamskabFiles",
            dependencies: ["SamskabModel"]
        ),
        .executableTarget(
            name: "samskab",
            dependencies: [
                "SamskabModel",
                "SamskabFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SamskabModelTests",
            dependencies: ["SamskabModel", "SamskabFiles"]
        ),
        .testTarget(
            name: "SamskabCLITests",
            dependencies: ["samskab"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
