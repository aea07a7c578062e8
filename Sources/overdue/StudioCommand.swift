import ArgumentParser
import Foundation
import Studio

/// `overdue studio`: the plan, the templates and the journal in the browser, on 127.0.0.1.
struct StudioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "studio",
        abstract: "Review the plan, edit the templates and read the journal in the browser (local only; Ctrl-C stops it).")

    @Argument(help: "The month's export of open invoices: CSV, UBL invoices or claim JSON.") var inputs: [String]
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder.") var journal: String?
    @Option(help: "Profile with creditor details, default terms and the dunning policy (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "The folder the template editor saves to, and the plan and run read overrides from. Default: templates/ beside the journal.") var templates: String?
    @Option(name: .customLong("as-of"), help: "The day to plan for (YYYY-MM-DD). Default: today.") var asOf: String?
    @Option(help: "The port on 127.0.0.1; the next free one if it is taken.") var port: Int = 8080
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        let make = {
            var configuration = StudioConfiguration(inputs: inputs, journal: journal, profile: profile, templates: templates, asOf: asOf,
                                                    rates: try ratesOption.table())
            configuration.export = exportOptions.request
            return configuration
        }
        let configuration = try make()
        let workspace: StudioWorkspace
        do { workspace = try StudioWorkspace(configuration: configuration) } catch let error as StudioError { throw CLIFailure(error.message) }
        for note in workspace.notes { Output.error("note: \(note)") }
        let port = self.port
        let outcome = StudioOutcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await StudioServer.run(workspace, port: port) { address in
                    Output.write("Overdue Studio: \(address)  (letters go to \(configuration.outputFolder); Ctrl-C stops it)")
                }
            } catch {
                outcome.set(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            if let studio = error as? StudioError { throw CLIFailure(studio.message) }
            throw error
        }
        Output.error("studio stopped")
    }
}

/// The server task's error, handed to the command's thread.
final class StudioOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    var error: Error? { lock.withLock { stored } }
    func set(_ error: Error) { lock.withLock { stored = error } }
}
