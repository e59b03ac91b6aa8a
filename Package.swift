// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jianbao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jianbao", targets: ["jianbao"]),
        .library(name: "JianbaoReading", targets: ["JianbaoReading"]),
        .library(name: "JianbaoSite", targets: ["JianbaoSite"]),
        .library(name: "JianbaoServe", targets: ["JianbaoServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // The system cmark library, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE), which Glibc's Swift overlay does not expose.
        .target(name: "CAtomicSwap"),
        // Stage 1–2: report files → decoded text → articles. Foundation only.
        .target(
            name: "JianbaoReading",
            resources: [.embedInCode("Resources/adcodes.csv"), .embedInCode("Resources/adcodes-LICENSE.txt")]
        ),
        // Mustache templates rendered from values made by encoding the views. No dependencies.
        .target(name: "JianbaoTemplates"),
        // Stages 3–7: site model → Markdown → HTML → templates → Public/.
        .target(
            name: "JianbaoSite",
            dependencies: [
                "JianbaoReading",
                "JianbaoTemplates",
                "CCmark",
                "CAtomicSwap",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // The default templates and assets, carried in the binary: Templates/ made into Swift source.
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        // The preview server: the built site over HTTP, watching, rebuilding and reloading pages.
        .target(
            name: "JianbaoServe",
            dependencies: [
                "JianbaoSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "jianbao",
            dependencies: [
                "JianbaoReading",
                "JianbaoSite",
                "JianbaoServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JianbaoReadingTests",
            dependencies: ["JianbaoReading"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "JianbaoTemplatesTests",
            dependencies: ["JianbaoTemplates"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "JianbaoSiteTests",
            dependencies: ["JianbaoSite", "JianbaoReading", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(
            name: "JianbaoServeTests",
            dependencies: [
                "JianbaoServe",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "JianbaoCLITests",
            dependencies: ["jianbao"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
