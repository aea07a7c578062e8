import DunningRun
import Foundation
import Journal
import LateFees

/// What `overdue studio` was started with.
public struct StudioConfiguration: Sendable {
    /// The month's export of open invoices (CSV, UBL or claim JSON), as for `overdue plan`.
    public var inputs: [String]
    /// The letter journal the plan reads and the run, holds and releases write.
    public var journalPath: String
    /// The profile (creditor details, terms, dunning policy); nil: `./overdue.yaml` if present.
    public var profilePath: String?
    /// The template override folder: the editor saves here, the plan and the run read from here.
    public var overrideFolder: String
    /// Where "run" writes the letters and the manifest.
    public var outputFolder: String
    /// The day to plan for (YYYY-MM-DD); nil: today.
    public var asOf: String?
    /// The statutory rates.
    public var rates: RateTable
    /// `--format`, `--sheet`, `--customers`: how the exports among the inputs are read.
    public var export: ExportRequest?

    /// - Parameters:
    ///   - templates: the override folder; default `templates/` beside the journal.
    ///   - outputFolder: default `letters/` beside the journal.
    public init(inputs: [String], journal: String?, profile: String?, templates: String?, outputFolder: String? = nil,
                asOf: String?, rates: RateTable) {
        self.inputs = inputs
        journalPath = JournalLocation.path(option: journal, profile: profile)
        profilePath = profile
        let beside = (journalPath as NSString).deletingLastPathComponent
        func nextToJournal(_ name: String) -> String { beside.isEmpty ? name : (beside as NSString).appendingPathComponent(name) }
        overrideFolder = templates ?? nextToJournal("templates")
        self.outputFolder = outputFolder ?? nextToJournal("letters")
        self.asOf = asOf
        self.rates = rates
    }
}
