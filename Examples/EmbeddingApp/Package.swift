// swift-tools-version: 6.0
// An app that embeds Overdue: it depends on the project by path and uses only OverdueKit.
import PackageDescription
import Foundation

let package = Package(
    name: "EmbeddingApp",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(name: "EmbeddingApp", dependencies: [.product(name: "OverdueKit", package: overduePackage)]),
    ]
)

/// The identity SwiftPM gives a path dependency is its folder's name, whatever the clone is called.
var overduePackage: String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.lastPathComponent
}
