import OverdueKit
import ArgumentParser
import Foundation
import InvoiceModel
import InvoiceReaders
import LateFees
import Letters

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write letters as print-ready PDFs.")
    @OptionGroup var claimOptions: ClaimOptions
    @OptionGroup var letterOptions: LetterOptions
    @Option(name: [.short, .customLong("output")], help: "The PDF to write (one claim), or the folder for several. Default: the working folder.")
    var output: String?

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        pipeline.printNotes()
        let runs = try pipeline.runs(byEmail: letterOptions.by == .email)
        let templates = try TemplateLocator.load(override: letterOptions.templates, needed: try pipeline.templateNames(runs, letterOptions))
        let fonts = ResourceLocator.fonts()
        let renderer = try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback,
                                             layout: try letterOptions.layoutOption.preset(profile: pipeline.profile),
                                             logo: try LayoutOption.logo(profile: pipeline.profile))
        let kind = letterOptions.letter.kind.rawValue
        let stems = BatchPlan.stems(keys: runs.map { BatchPlan.key($0.claim) }, kind: kind)
        for (run, stem) in zip(runs, stems) {
            let letter = try pipeline.compose(run, letterOptions, templates: templates)
            let pdf: Data
            do {
                pdf = try renderer.render(letter)
            } catch let error as LayoutError {
                throw CLIFailure("\(run.origin): \(error)", hint: "shorten the address in the claim")
            } catch let error as HaruError {
                guard case .unprintable = error else { throw error }
                // Name the input and the field to fix.
                throw CLIFailure("\(run.origin): \(UnprintableField.describe(error, claim: run.claim))",
                                 hint: "write the name as it should print, or use a font that has these characters")
            }
            let path: String
            if runs.count == 1 {
                let stem = URL(fileURLWithPath: claimOptions.claim).deletingPathExtension().lastPathComponent
                path = output ?? "\(stem)-\(kind).pdf"
            } else {
                path = ((output ?? ".") as NSString).appendingPathComponent(stem + ".pdf")
            }
            try Files.writeAtomically(pdf, to: path, inputs: claimOptions.readFiles)
            pipeline.printWarnings(run, letter: letter)
            Output.write("wrote \(path)")
        }
    }
}

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print letters as plain text (wrapped at 78 columns).")
    @OptionGroup var claimOptions: ClaimOptions
    @OptionGroup var letterOptions: LetterOptions
    @Option(help: "Wrap width in columns.")
    var width: Int = 78

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        // The text has no layout, but a wrong preset name is still an error here.
        _ = try letterOptions.layoutOption.preset(profile: pipeline.profile)
        pipeline.printNotes()
        let runs = try pipeline.runs(byEmail: letterOptions.by == .email)
        let templates = try TemplateLocator.load(override: letterOptions.templates, needed: try pipeline.templateNames(runs, letterOptions))
        for (index, run) in runs.enumerated() {
            let letter = try pipeline.compose(run, letterOptions, templates: templates)
            if index > 0 { Output.write(String(repeating: "=", count: max(30, width))) }
            Output.write(PlainTextWriter(width: width).write(letter), terminator: "")
            pipeline.printWarnings(run, letter: letter)
        }
    }
}

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the debtor owes: principal, interest per period, fees, total and deadline.")
    @OptionGroup var claimOptions: ClaimOptions
    @Flag(help: "Print JSON (one object per line when the inputs hold several claims).")
    var json = false

    func run() throws {
        let pipeline = try Pipeline(options: claimOptions)
        pipeline.printNotes()
        let runs = try pipeline.runs()
        for run in runs {
            let report = AssessmentReport(run.assessment)
            if json {
                Output.write(runs.count == 1 ? try report.json() : try report.jsonLine(debtor: run.claim.debtor.id))
            } else {
                if runs.count > 1 { Output.write("\(run.claim.debtor.name) (\(run.origin))") }
                Output.write(AssessmentTable(report: report).text, terminator: "")
            }
            pipeline.printWarnings(run)
        }
    }
}

/// `overdue claims`: what Overdue understood from its inputs.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims",
        abstract: "Show the claims read from claim JSON, CSV or UBL inputs (canonical claim JSON with --json).")
    @Argument(help: "Claim JSON, JSON Lines, CSV export, UBL invoice(s) or a folder of them.") var inputs: [String]
    @Option(help: "Profile with creditor details and default terms (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Flag(help: "Print canonical claim JSON, one claim per line.") var json = false
    @Flag(help: "Print which column of each export became which field, then the claims.") var explain = false
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        let profileValue = try Pipeline.loadProfile(profile)
        if explain {
            for line in try ClaimSource.explain(inputs, profile: profileValue, export: exportOptions.request) { Output.write(line) }
        }
        let source = try ClaimSource.load(inputs, profile: profileValue, export: exportOptions.request)
        for note in source.notes { Output.error("note: \(note)") }
        for item in source.items {
            if json {
                Output.write(try ClaimWriter.json(item.claim))
            } else {
                let c = item.claim
                let open = c.invoices.reduce(Decimal(0)) { $0 + $1.amount - $1.payments.reduce(0) { $0 + $1.amount } }
                Output.write("\(c.debtor.id ?? "-")  \(c.debtor.name), \(c.debtor.country): \(c.invoices.count) invoice\(c.invoices.count == 1 ? "" : "s"), "
                    + "\(Money.plain(open)) \(c.currency) open (creditor \(c.creditor.name)) [\(item.origin)]")
            }
        }
    }
}
