import ArgumentParser
import Foundation

@main
struct Overdue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Turn unpaid invoices into the letters that get them paid.",
        subcommands: [Render.self, Preview.self, Assess.self, BatchCommand.self, PlanCommand.self, RunCommand.self, JournalCommand.self,
                      SentCommand.self, VoidCommand.self, HoldCommand.self, ReleaseCommand.self, AgreeCommand.self, HandoverCommand.self, ClaimsCommand.self, InterestCommand.self, FeeCommand.self, RatesCommand.self, TemplatesCommand.self, StudioCommand.self])

    /// Runs the command; prints `error: ...` and a hint for every known failure.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            Output.err(Data(TerminalText.escaped(failure.rendered).utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            if let failure = CLIFailure(error) {
                Output.err(Data(TerminalText.escaped(failure.rendered).utf8))
                Foundation.exit(failure.exitCode)
            }
            exit(withError: error)
        }
    }
}
