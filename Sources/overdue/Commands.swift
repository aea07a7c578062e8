import ArgumentParser
import Foundation
import HaruPDF
import InvoiceModel
import LateFees
import LetterPDF
import Letters

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a letter as a print-ready PDF.")
    @OptionGroup var claimOptions: ClaimOptions
    @OptionGroup var letterOptions: LetterOptions
    @Option(name: [.short, .customLong("output")], help: "The PDF to write. Default: <claim name>-<letter>.pdf in the working folder.")
    var output: String?

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        let letter = try pipeline.compose(letterOptions)
        let pdf = try LetterPDFRenderer().render(letter)
        let stem = URL(fileURLWithPath: claimOptions.claim).deletingPathExtension().lastPathComponent
        let path = output ?? "\(stem)-\(letterOptions.letter.kind.rawValue).pdf"
        try Files.writeAtomically(pdf, to: path)
        pipeline.printWarnings(letter)
        Output.write("wrote \(path)")
    }
}

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a letter as plain text (wrapped at 78 columns).")
    @OptionGroup var claimOptions: ClaimOptions
    @OptionGroup var letterOptions: LetterOptions
    @Option(help: "Wrap width in columns.")
    var width: Int = 78

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        let letter = try pipeline.compose(letterOptions)
        Output.write(PlainTextWriter(width: width).write(letter), terminator: "")
        pipeline.printWarnings(letter)
    }
}

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the debtor owes: principal, interest per period, fees, total and deadline.")
    @OptionGroup var claimOptions: ClaimOptions
    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        let report = AssessmentReport(pipeline.assessment)
        if json {
            Output.write(try report.json())
        } else {
            Output.write(AssessmentTable(report: report).text, terminator: "")
        }
        pipeline.printWarnings()
    }
}
