import OverdueKit
import ArgumentParser
import Foundation
import InvoiceReaders

/// `--layout`: the envelope and paper the letters are laid out for (else the profile's `layout:`).
struct LayoutOption: ParsableArguments {
    @Option(help: "The envelope and paper: \(LayoutPreset.names.joined(separator: ", ")). Default: the profile's layout, else din5008-b.")
    var layout: String?

    /// The option's preset, else the profile's, else DIN 5008 form B (`Letterhead`, the one rule).
    func preset(profile: Profile?) throws -> LayoutPreset { try Letterhead.preset(option: layout, profile: profile) }

    /// The profile's logo, read and checked once (shared by every letter of the run).
    static func logo(profile: Profile?) throws -> LetterLogo? { try Letterhead.logo(profile: profile) }
}
