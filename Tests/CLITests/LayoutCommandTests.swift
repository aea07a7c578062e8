import Foundation
import Testing

/// `--layout`, and the profile's `layout`, `logo` and `logo_width_mm`, on every rendering command.
@Suite(.serialized) struct LayoutCommandTests {
    static let logo = CLI.root.appendingPathComponent("Tests/LetterPDFTests/Fixtures/logo-rgba.png")
    static let exampleProfile = CLI.root.appendingPathComponent("Examples/overdue.yaml")

    func tool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The example profile with `extra` lines, in `folder`.
    func profile(in folder: URL, _ extra: String) throws -> String {
        let url = folder.appendingPathComponent("overdue.yaml")
        try (try String(contentsOf: Self.exampleProfile, encoding: .utf8) + extra).write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The x position (points) of the first word `word` on page 1.
    func x(of word: String, in pdf: String) throws -> Double? {
        let html = try tool(["pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-"])
        let regex = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)"[^>]*>\#(word)</word>"#)
        let ns = html as NSString
        return regex.firstMatch(in: html, range: NSRange(location: 0, length: ns.length)).map { Double(ns.substring(with: $0.range(at: 1)))! }
    }

    @Test func renderTakesTheLayoutOptionOverTheProfile() throws {
        let folder = try CLI.temporaryFolder()
        let profile = try profile(in: folder, "layout: nf\n")
        let nf = folder.appendingPathComponent("nf.pdf").path, us = folder.appendingPathComponent("us.pdf").path
        var result = try CLI.run(["render", CLI.example, "--letter", "notice", "--profile", profile, "-o", nf])
        #expect(result.status == 0, "\(result.stderr)")
        // NF: the window is on the right, 100 mm from the left edge; the address 10 mm inside it.
        #expect(try #require(try x(of: "Bakkerij", in: nf)) >= 110 * 72 / 25.4 - 0.5)
        #expect(try tool(["pdfinfo", nf]).contains("(A4)"))
        result = try CLI.run(["render", CLI.example, "--letter", "notice", "--profile", profile, "--layout", "us-commercial-9", "-o", us])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try tool(["pdfinfo", us]).contains("Page size:       612 x 792 pts (letter)"))
        #expect(try #require(try x(of: "Bakkerij", in: us)) < 50 * 72 / 25.4)
    }

    @Test func anUnknownPresetIsAnErrorListingThePresets() throws {
        let folder = try CLI.temporaryFolder()
        for command in ["render", "preview"] {
            let output = command == "render" ? ["-o", folder.appendingPathComponent("x.pdf").path] : []
            let result = try CLI.run([command, CLI.example, "--letter", "notice", "--layout", "c5-window"] + output)
            #expect(result.status != 0)
            #expect(result.stderr.contains("--layout: \"c5-window\" is not a layout preset"), "\(result.stderr)")
            #expect(result.stderr.contains("din5008-b, din5008-a, nf, sn, sn-left, us-commercial-9"))
        }
        let profile = try profile(in: folder, "layout: din-b\n")
        let result = try CLI.run(["render", CLI.example, "--letter", "notice", "--profile", profile, "-o", folder.appendingPathComponent("y.pdf").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(profile): layout: \"din-b\" is not a layout preset"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("y.pdf").path))
    }

    @Test func theLogoIsFoundBesideTheProfileAndDrawn() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: Self.logo, to: folder.appendingPathComponent("logo.png"))
        let profile = try profile(in: folder, "logo: logo.png\nlogo_width_mm: 35\n")
        let out = folder.appendingPathComponent("letter.pdf").path
        // Run from another folder: the logo's path is relative to the profile.
        let result = try CLI.run(["render", CLI.example, "--letter", "notice", "--profile", profile, "-o", out], in: CLI.root)
        #expect(result.status == 0, "\(result.stderr)")
        let images = try tool(["pdfimages", "-list", out])
        #expect(images.contains("image     300   100  rgb"), "\(images)")
    }

    @Test(arguments: [("logo: nowhere.png\n", "nowhere.png: no such image file"),
                      ("logo: overdue.yaml\n", "overdue.yaml: not a usable PNG or JPEG image"),
                      ("logo: logo.png\nlogo_width_mm: wide\n", "logo_width_mm: a string is not a width in millimetres"),
                      ("logo: logo.png\nlogo_width_mm: -5\n", "logo_width_mm: a number is not a width in millimetres")])
    func aBadLogoIsAnErrorNamingTheFile(_ extra: String, _ message: String) throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: Self.logo, to: folder.appendingPathComponent("logo.png"))
        let profile = try profile(in: folder, extra)
        let out = folder.appendingPathComponent("letter.pdf").path
        for command in [["render", CLI.example, "--letter", "notice", "--profile", profile, "-o", out],
                        ["batch", CLI.example, "--letter", "notice", "--profile", profile, "--out", folder.appendingPathComponent("b").path]] {
            let result = try CLI.run(command)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.contains(profile), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func batchLaysEveryLetterOutForThePresetWithTheLogo() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: Self.logo, to: folder.appendingPathComponent("logo.png"))
        let profile = try profile(in: folder, "logo: logo.png\n")
        let out = folder.appendingPathComponent("letters")
        let combined = folder.appendingPathComponent("all.pdf").path
        let csv = CLI.root.appendingPathComponent("Examples/invoices.csv").path
        func batch(_ extra: [String]) throws -> CLI.Result {
            try CLI.run(["batch", csv, "--profile", profile, "--letter", "reminder", "--as-of", "2026-11-29", "--out", out.path] + extra)
        }
        var result = try batch(["--layout", "us-commercial-9", "--combined", combined])
        #expect(result.status == 0, "\(result.stderr)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count == 3)
        for pdf in pdfs {
            let path = out.appendingPathComponent(pdf).path
            #expect(try tool(["pdfinfo", path]).contains("(letter)"))
            #expect(try tool(["pdfimages", "-list", path]).contains("image     300   100  rgb"))
        }
        #expect(try tool(["pdfinfo", combined]).contains("(letter)"))
        // Same inputs: nothing to do; another preset: every letter again.
        result = try batch(["--layout", "us-commercial-9"])
        #expect(result.stderr.contains("3 unchanged"), "\(result.stderr)")
        result = try batch(["--layout", "sn"])
        #expect(result.stderr.contains("3 rendered"), "\(result.stderr)")
        #expect(try tool(["pdfinfo", out.appendingPathComponent(pdfs[0]).path]).contains("(A4)"))
    }

    @Test func templatesListShowsThePresets() throws {
        let result = try CLI.run(["templates", "list"])
        #expect(result.status == 0)
        for name in ["din5008-b", "din5008-a", "nf", "sn", "sn-left", "us-commercial-9"] {
            #expect(result.stdout.contains("\n" + name + " "), "\(name)")
        }
        #expect(result.stdout.contains("US Letter"))
    }
}
