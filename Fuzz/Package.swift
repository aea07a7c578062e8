// swift-tools-version: 6.0
// libFuzzer targets for Overdue's readers, one executable per input kind. Built apart from the
// main package so that its normal build is untouched: see run.sh and the README ("Fuzzing").
import PackageDescription

let targets = ["FuzzClaimJSON", "FuzzCSV", "FuzzUBL", "FuzzProfile", "FuzzRates", "FuzzTemplates", "FuzzXLSX"]

let package = Package(
    name: "OverdueFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Overdue", path: "..")],
    targets: [.target(name: "FuzzDriver", path: "Sources/FuzzDriver")] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "OverdueKit", package: "Overdue")], path: "Sources/\(name)")
    }
)
